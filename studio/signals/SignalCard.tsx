import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Segmented,
  Select,
  Slider,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { BuilderField } from '../conditions/operators';
import { ConditionEditor } from '../conditions/ConditionEditor';
import { DragHandle, type HandleProps } from '../dnd/Sortable';
import type { Issue } from '../editor/issues';
import { asObj, asText, numOrUndef, setMember } from '../forms/edit';
import { I18nInputs } from '../forms/I18nInputs';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';

export const SIGNAL_CATEGORIES = [
  'technical_validation',
  'commercial_progress',
  'organisational_buy_in',
  'relationship',
  'financial',
  'competitive',
] as const;
const EVIDENCE_KINDS = ['note', 'link', 'file'] as const;

/** One signal: label, category, weight slider, detection (manual or a condition over the deal), evidence. */
export function SignalCard({
  signal: s,
  handle,
  fields,
  issues,
  readOnly,
  onChange,
  onRemove,
}: {
  signal: Json;
  handle: HandleProps;
  fields: readonly BuilderField[];
  issues: readonly Issue[];
  readOnly?: boolean;
  onChange: (s: Json) => void;
  onRemove: () => void;
}) {
  const { t, text } = useStudioT();
  const name = text(asText(s.label)) || String(s.id);
  const detection = asObj(s.detection);
  const evidence = asObj(s.evidence);
  const weight = numOrUndef(s.weight) ?? 0;
  const set = (k: string, v: unknown) => onChange(setMember(s, k, v));
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      data-testid={`signal-${String(s.id)}`}
      title={
        <Flex align="center" gap={8}>
          <DragHandle handle={handle} label={t('signals.drag', { name })} />
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{name}</span>
          <Tag color="blue">{t(`signals.categories.${String(s.category)}`)}</Tag>
          {typeof s.historicalWinRate === 'number' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('signals.winRate', { rate: (s.historicalWinRate * 100).toFixed(1) })}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        !readOnly && (
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('signals.remove', { name })}
            onClick={onRemove}
          />
        )
      }
    >
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={issues.map((e) => (
            <div key={e.path + e.message}>
              <code>{e.path}</code> {e.message}
            </div>
          ))}
        />
      )}
      <Flex align="center" gap={12}>
        <Typography.Text style={{ minWidth: 56 }}>{t('signals.weight')}</Typography.Text>
        <Slider
          style={{ flex: 1 }}
          min={0}
          max={100}
          value={weight}
          disabled={readOnly}
          aria-label={t('signals.weightOf', { name })}
          onChange={(w: number) => set('weight', w)}
        />
        <InputNumber
          size="small"
          min={0}
          max={100}
          value={weight}
          readOnly={readOnly}
          aria-label={t('signals.weightInput', { name })}
          onChange={(w) => set('weight', typeof w === 'number' ? w : 0)}
        />
      </Flex>
      <Form layout="vertical" size="small" component="div">
        <Flex gap={8} wrap>
          <Form.Item label={t('signals.id')} style={{ marginBottom: 8 }}>
            <Input
              aria-label={t('signals.id')}
              value={String(s.id ?? '')}
              readOnly={readOnly}
              status={/^[a-z][a-z0-9_]{0,63}$/.test(String(s.id ?? '')) ? undefined : 'error'}
              onChange={(e) => set('id', e.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('signals.category')} style={{ marginBottom: 8, minWidth: 180 }}>
            <Select
              aria-label={t('signals.category')}
              value={String(s.category)}
              disabled={readOnly}
              options={SIGNAL_CATEGORIES.map((c) => ({ value: c, label: t(`signals.categories.${c}`) }))}
              onChange={(v) => set('category', v)}
            />
          </Form.Item>
          <Form.Item
            label={t('signals.expiresAfter')}
            style={{ marginBottom: 8 }}
            help={t('signals.expiresHelp')}
          >
            <Input
              aria-label={t('signals.expiresAfter')}
              value={typeof s.expiresAfter === 'string' ? s.expiresAfter : ''}
              readOnly={readOnly}
              placeholder="P90D"
              style={{ width: 100 }}
              onChange={(e) => set('expiresAfter', e.target.value)}
            />
          </Form.Item>
        </Flex>
        <I18nInputs
          label={t('signals.label')}
          value={asText(s.label)}
          readOnly={readOnly}
          onChange={(v) => set('label', v)}
        />
        <Form.Item label={t('signals.detection')} style={{ marginBottom: 8 }}>
          <Flex vertical gap={6}>
            <Segmented
              aria-label={t('signals.detection')}
              value={detection.mode === 'auto' ? 'auto' : 'manual'}
              disabled={readOnly}
              options={[
                { value: 'manual', label: t('signals.manual') },
                { value: 'auto', label: t('signals.auto') },
              ]}
              onChange={(mode) =>
                set(
                  'detection',
                  mode === 'auto' ? { mode, when: detection.when ?? { and: [] } } : { mode: 'manual' },
                )
              }
            />
            {detection.mode === 'auto' && (
              <ConditionEditor
                value={detection.when}
                fields={fields}
                readOnly={readOnly}
                optional={false}
                onChange={(when) => set('detection', { ...detection, when: when ?? { and: [] } })}
              />
            )}
          </Flex>
        </Form.Item>
        <Flex gap={12} wrap align="center">
          <Form.Item label={t('signals.evidenceRequired')} style={{ marginBottom: 8 }}>
            <Switch
              aria-label={t('signals.evidenceRequired')}
              checked={evidence.required === true}
              disabled={readOnly}
              onChange={(required) => set('evidence', { ...evidence, required })}
            />
          </Form.Item>
          <Form.Item label={t('signals.evidenceKinds')} style={{ marginBottom: 8, minWidth: 200 }}>
            <Select
              mode="multiple"
              aria-label={t('signals.evidenceKinds')}
              value={(evidence.kinds as string[] | undefined) ?? []}
              disabled={readOnly}
              options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`signals.evidence.${k}`) }))}
              onChange={(kinds: string[]) =>
                set(
                  'evidence',
                  setMember(
                    { required: evidence.required === true, ...evidence },
                    'kinds',
                    kinds.length ? kinds : undefined,
                  ),
                )
              }
            />
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}
