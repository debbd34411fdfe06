import { Button, Card, Flex, Form, Select } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { INDUSTRY_IDS } from '../../schemas';
import type { BuilderField } from '../conditions/operators';
import { ConditionEditor } from '../conditions/ConditionEditor';
import { DragHandle, type HandleProps } from '../dnd/Sortable';
import type { Issue } from '../editor/issues';
import { asObj, asText } from '../forms/edit';
import { I18nInputs } from '../forms/I18nInputs';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';

/** One route of the fallback chain: leads matching `when` go to reps with these attributes. */
export function RouteCard({
  route: r,
  index,
  handle,
  fields,
  issues,
  readOnly,
  onChange,
  onRemove,
}: {
  route: Json;
  index: number;
  handle: HandleProps;
  fields: readonly BuilderField[];
  issues: readonly Issue[];
  readOnly?: boolean;
  onChange: (r: Json) => void;
  onRemove: () => void;
}) {
  const { t, text } = useStudioT();
  const { t: tr } = useTranslation();
  const name = text(asText(r.label)) || String(r.id);
  const match = asObj(r.match);
  const setMatch = (k: string, v: string[]) => onChange({ ...r, match: { ...match, [k]: v } });
  const list = (k: string) => (match[k] as string[] | undefined) ?? [];
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      data-testid={`route-${String(r.id)}`}
      title={
        <Flex align="center" gap={8}>
          <DragHandle handle={handle} label={t('assignment.drag', { name })} />
          <span>
            {index + 1}. {name}
          </span>
        </Flex>
      }
      extra={
        !readOnly && (
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('assignment.remove', { name })}
            onClick={onRemove}
          />
        )
      }
    >
      {issues.map((e) => (
        <div key={e.path + e.message} style={{ color: '#ff4d4f', fontSize: 12 }}>
          <code>{e.path}</code> {e.message}
        </div>
      ))}
      <Form layout="vertical" size="small" component="div">
        <I18nInputs
          label={t('assignment.label')}
          value={asText(r.label)}
          readOnly={readOnly}
          onChange={(v) => onChange({ ...r, label: v })}
        />
        <Form.Item label={t('assignment.when')} style={{ marginBottom: 8 }}>
          <ConditionEditor
            value={r.when}
            fields={fields}
            readOnly={readOnly}
            optional={false}
            onChange={(v) => onChange({ ...r, when: v ?? { and: [] } })}
          />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item label={t('assignment.industries')} style={{ marginBottom: 8, minWidth: 240, flex: 1 }}>
            <Select
              mode="multiple"
              aria-label={t('assignment.industries')}
              value={list('industries')}
              disabled={readOnly}
              options={INDUSTRY_IDS.map((i) => ({ value: i, label: tr(`industries.${i}`) }))}
              onChange={(v: string[]) => setMatch('industries', v)}
            />
          </Form.Item>
          {(['skills', 'regions', 'teams'] as const).map((k) => (
            <Form.Item
              key={k}
              label={t(`assignment.${k}`)}
              style={{ marginBottom: 8, minWidth: 140, flex: 1 }}
            >
              <Select
                mode="tags"
                aria-label={t(`assignment.${k}`)}
                placeholder={t('assignment.anyone')}
                value={list(k)}
                disabled={readOnly}
                onChange={(v: string[]) => setMatch(k, v)}
              />
            </Form.Item>
          ))}
        </Flex>
      </Form>
    </Card>
  );
}
