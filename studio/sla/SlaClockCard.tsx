import { Alert, Button, Card, Flex, Form, Segmented, Select, Switch, Tag } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { LEAD_EVENT_TYPES } from '../../runtime/api/events';
import type { BuilderField } from '../conditions/operators';
import { ConditionEditor } from '../conditions/ConditionEditor';
import { DragHandle, type HandleProps } from '../dnd/Sortable';
import type { Issue } from '../editor/issues';
import { asList, asText, setMember } from '../forms/edit';
import { I18nInputs } from '../forms/I18nInputs';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';
import { DurationInput } from './DurationInput';
import { EscalationLadder } from './EscalationLadder';

export const CLOCK_IDS = [
  'assign',
  'first_touch',
  'tags',
  'a_proposal',
  'quote_feedback',
  'recycle',
] as const;
const EVENTS = LEAD_EVENT_TYPES.map((e) => ({ value: e, label: e }));

/** One SLA clock: which events start, stop and restart it, the allowed time, condition, ladder. */
export function SlaClockCard({
  clock: c,
  handle,
  fields,
  issues,
  readOnly,
  onChange,
  onRemove,
}: {
  clock: Json;
  handle: HandleProps;
  fields: readonly BuilderField[];
  issues: readonly Issue[];
  readOnly?: boolean;
  onChange: (c: Json) => void;
  onRemove: () => void;
}) {
  const { t, text } = useStudioT();
  const name = text(asText(c.label)) || String(c.id);
  const set = (k: string, v: unknown) => onChange(setMember(c, k, v));
  const enabled = c.enabled !== false;
  return (
    <Card
      size="small"
      style={{ marginBottom: 8, opacity: enabled ? 1 : 0.7 }}
      data-testid={`clock-${String(c.id)}`}
      title={
        <Flex align="center" gap={8}>
          <DragHandle handle={handle} label={t('sla.drag', { name })} />
          <span>{name}</span>
          <Tag>{String(c.within)}</Tag>
          {c.time === 'business' && <Tag color="gold">{t('sla.business')}</Tag>}
        </Flex>
      }
      extra={
        <Flex gap={6} align="center">
          <Switch
            size="small"
            aria-label={t('sla.enabledOf', { name })}
            checked={enabled}
            disabled={readOnly}
            onChange={(v) => set('enabled', v ? undefined : false)}
          />
          {!readOnly && (
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('sla.remove', { name })}
              onClick={onRemove}
            />
          )}
        </Flex>
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
      <Form layout="vertical" size="small" component="div">
        <Flex gap={8} wrap>
          <Form.Item label={t('sla.clockKind')} style={{ marginBottom: 8, minWidth: 160 }}>
            <Select
              aria-label={t('sla.clockKind')}
              value={String(c.id)}
              disabled={readOnly}
              options={CLOCK_IDS.map((k) => ({ value: k, label: t(`sla.clocks.${k}`) }))}
              onChange={(id) => set('id', id)}
            />
          </Form.Item>
          <Form.Item label={t('sla.within')} style={{ marginBottom: 8 }}>
            <DurationInput
              value={String(c.within ?? '')}
              label={t('sla.within')}
              readOnly={readOnly}
              onChange={(v) => set('within', v)}
            />
          </Form.Item>
          <Form.Item label={t('sla.time')} style={{ marginBottom: 8 }}>
            <Segmented
              aria-label={t('sla.time')}
              value={c.time === 'business' ? 'business' : 'wall'}
              disabled={readOnly}
              options={[
                { value: 'wall', label: t('sla.wall') },
                { value: 'business', label: t('sla.business') },
              ]}
              onChange={(v) => set('time', v)}
            />
          </Form.Item>
        </Flex>
        <I18nInputs
          label={t('sla.label')}
          value={asText(c.label)}
          readOnly={readOnly}
          onChange={(v) => set('label', v)}
        />
        <Flex gap={8} wrap>
          <Form.Item label={t('sla.start')} style={{ marginBottom: 8, minWidth: 160 }}>
            <Select
              showSearch
              aria-label={t('sla.start')}
              value={String(c.start ?? '')}
              disabled={readOnly}
              options={EVENTS}
              onChange={(v) => set('start', v)}
            />
          </Form.Item>
          <Form.Item label={t('sla.stop')} style={{ marginBottom: 8, minWidth: 220, flex: 1 }}>
            <Select
              mode="tags"
              aria-label={t('sla.stop')}
              value={asList(c.stop) as unknown as string[]}
              disabled={readOnly}
              options={EVENTS}
              status={asList(c.stop).length ? undefined : 'error'}
              onChange={(v: string[]) => set('stop', v)}
            />
          </Form.Item>
          <Form.Item label={t('sla.restartOn')} style={{ marginBottom: 8, minWidth: 180, flex: 1 }}>
            <Select
              mode="tags"
              aria-label={t('sla.restartOn')}
              value={asList(c.restartOn) as unknown as string[]}
              disabled={readOnly}
              options={EVENTS}
              onChange={(v: string[]) => set('restartOn', v.length ? v : undefined)}
            />
          </Form.Item>
        </Flex>
        <Form.Item label={t('sla.when')} style={{ marginBottom: 8 }}>
          <ConditionEditor
            value={c.when}
            fields={fields}
            readOnly={readOnly}
            onChange={(v) => set('when', v)}
          />
        </Form.Item>
        <Form.Item label={t('sla.escalation')} style={{ marginBottom: 0 }}>
          <EscalationLadder
            value={asList(c.escalation)}
            readOnly={readOnly}
            onChange={(v) => set('escalation', v)}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
