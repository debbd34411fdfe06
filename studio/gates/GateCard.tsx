import { Button, Card, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { BuilderField } from '../conditions/operators';
import { ConditionEditor } from '../conditions/ConditionEditor';
import { asList, asText, setMember } from '../forms/edit';
import { I18nInputs } from '../forms/I18nInputs';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';

export const REQUIREMENT_TYPES = [
  'three_elements',
  'form_completeness',
  'condition',
  'milestone',
  'precheck_resolved',
  'assessment_present',
] as const;

/** What a requirement of each type needs to be valid. */
export function newRequirement(type: string, milestones: { sales: string[]; delivery: string[] }): Json {
  switch (type) {
    case 'form_completeness':
      return { type, purpose: 'requirements', min: 80 };
    case 'condition':
      return { type, label: { zh: '条件', en: 'Condition' }, when: { and: [] } };
    case 'milestone':
      return {
        type,
        track: 'delivery',
        milestone: milestones.delivery[0] ?? milestones.sales[0] ?? 'milestone',
      };
    default:
      return { type };
  }
}

function Requirement({
  req: r,
  index,
  fields,
  milestones,
  readOnly,
  onChange,
  onRemove,
}: {
  req: Json;
  index: number;
  fields: readonly BuilderField[];
  milestones: { sales: string[]; delivery: string[] };
  readOnly?: boolean;
  onChange: (r: Json) => void;
  onRemove: () => void;
}) {
  const { t } = useStudioT();
  const set = (k: string, v: unknown) => onChange(setMember(r, k, v));
  const type = String(r.type);
  return (
    <div
      style={{ borderLeft: '3px solid #91caff', padding: '4px 0 4px 8px', margin: '4px 0' }}
      data-testid={`req-${index}`}
    >
      <Flex gap={6} align="center" wrap>
        <Select
          size="small"
          style={{ width: 180 }}
          aria-label={t('gates.reqType', { n: index + 1 })}
          value={type}
          disabled={readOnly}
          options={REQUIREMENT_TYPES.map((x) => ({ value: x, label: t(`gates.req.${x}`) }))}
          onChange={(v) => onChange(newRequirement(v, milestones))}
        />
        {type === 'three_elements' && (
          <Select
            size="small"
            mode="multiple"
            style={{ minWidth: 240 }}
            aria-label={t('gates.elements')}
            placeholder={t('gates.allElements')}
            value={(r.elements as string[] | undefined) ?? []}
            disabled={readOnly}
            options={['existing_systems', 'decision_flow', 'acceptance_criteria'].map((e) => ({
              value: e,
              label: t(`forms.element.${e}`),
            }))}
            onChange={(v: string[]) => set('elements', v.length ? v : undefined)}
          />
        )}
        {type === 'form_completeness' && (
          <>
            <Select
              size="small"
              style={{ width: 140 }}
              aria-label={t('gates.purpose')}
              value={String(r.purpose ?? 'requirements')}
              disabled={readOnly}
              options={['requirements', 'delivery_assessment'].map((p) => ({
                value: p,
                label: t(`forms.purposes.${p}`),
              }))}
              onChange={(v) => set('purpose', v)}
            />
            <InputNumber
              size="small"
              min={0}
              max={100}
              suffix="%"
              aria-label={t('gates.minCompleteness')}
              value={typeof r.min === 'number' ? r.min : 0}
              readOnly={readOnly}
              onChange={(v) => set('min', typeof v === 'number' ? v : 0)}
            />
          </>
        )}
        {type === 'milestone' && (
          <>
            <Select
              size="small"
              style={{ width: 110 }}
              aria-label={t('gates.track')}
              value={String(r.track ?? 'delivery')}
              disabled={readOnly}
              options={['sales', 'delivery'].map((x) => ({ value: x, label: t(`gates.tracks.${x}`) }))}
              onChange={(track) =>
                onChange({
                  ...r,
                  track,
                  milestone: milestones[track as 'sales' | 'delivery'][0] ?? r.milestone,
                })
              }
            />
            <Select
              size="small"
              style={{ width: 180 }}
              aria-label={t('gates.milestone')}
              value={String(r.milestone ?? '')}
              disabled={readOnly}
              options={milestones[r.track === 'sales' ? 'sales' : 'delivery'].map((m) => ({
                value: m,
                label: m,
              }))}
              onChange={(v) => set('milestone', v)}
            />
          </>
        )}
        {type === 'precheck_resolved' && (
          <Switch
            size="small"
            checkedChildren={t('gates.rejectInfeasible')}
            unCheckedChildren={t('gates.rejectInfeasible')}
            aria-label={t('gates.rejectInfeasible')}
            checked={r.rejectInfeasible === true}
            disabled={readOnly}
            onChange={(v) => set('rejectInfeasible', v || undefined)}
          />
        )}
        {!readOnly && (
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('gates.removeReq', { n: index + 1 })}
            onClick={onRemove}
          />
        )}
      </Flex>
      {type === 'condition' && (
        <>
          <Input
            size="small"
            style={{ maxWidth: 320, marginTop: 4 }}
            aria-label={t('gates.conditionLabel')}
            value={asText(r.label).zh}
            readOnly={readOnly}
            onChange={(e) =>
              set('label', {
                ...asText(r.label),
                zh: e.target.value,
                en: asText(r.label).en || e.target.value,
              })
            }
          />
          <ConditionEditor
            value={r.when}
            fields={fields}
            readOnly={readOnly}
            optional={false}
            onChange={(v) => set('when', v ?? { and: [] })}
          />
        </>
      )}
    </div>
  );
}

/** A gate: which transition it guards (from → to) and its requirements. */
export function GateCard({
  gate: g,
  stages,
  fields,
  milestones,
  issues,
  readOnly,
  onChange,
  onRemove,
}: {
  gate: Json;
  stages: { value: string; label: string }[];
  fields: readonly BuilderField[];
  milestones: { sales: string[]; delivery: string[] };
  issues: readonly { path: string; message: string }[];
  readOnly?: boolean;
  onChange: (g: Json) => void;
  onRemove: () => void;
}) {
  const { t, text } = useStudioT();
  const reqs = asList(g.requirements);
  const set = (k: string, v: unknown) => onChange(setMember(g, k, v));
  const setReqs = (next: Json[]) => set('requirements', next);
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      data-testid={`gate-${String(g.id)}`}
      title={text(asText(g.label)) || String(g.id)}
      extra={
        !readOnly && (
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('gates.removeGate')}
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
        <Flex gap={8} wrap>
          <Form.Item label={t('gates.id')} style={{ marginBottom: 8 }}>
            <Input
              aria-label={t('gates.id')}
              value={String(g.id ?? '')}
              readOnly={readOnly}
              onChange={(e) => set('id', e.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('gates.from')} style={{ marginBottom: 8, minWidth: 200 }}>
            <Select
              mode="multiple"
              aria-label={t('gates.from')}
              placeholder={t('gates.anyStage')}
              value={(g.from as string[] | undefined) ?? []}
              disabled={readOnly}
              options={stages}
              onChange={(v: string[]) => set('from', v.length ? v : undefined)}
            />
          </Form.Item>
          <Form.Item label={t('gates.to')} style={{ marginBottom: 8, minWidth: 160 }}>
            <Select
              aria-label={t('gates.to')}
              value={String(g.to ?? '')}
              disabled={readOnly}
              options={stages}
              onChange={(v) => set('to', v)}
            />
          </Form.Item>
        </Flex>
        <I18nInputs
          label={t('gates.label')}
          value={asText(g.label)}
          readOnly={readOnly}
          onChange={(v) => set('label', v)}
        />
        <Form.Item label={t('gates.requirements')} style={{ marginBottom: 0 }}>
          {reqs.map((r, i) => (
            <Requirement
              key={i}
              req={r}
              index={i}
              fields={fields}
              milestones={milestones}
              readOnly={readOnly}
              onChange={(x) => setReqs(reqs.map((y, j) => (j === i ? x : y)))}
              onRemove={() => setReqs(reqs.filter((_, j) => j !== i))}
            />
          ))}
          {!readOnly && (
            <Button
              size="small"
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => setReqs([...reqs, { type: 'three_elements' }])}
            >
              {t('gates.addReq')}
            </Button>
          )}
        </Form.Item>
      </Form>
    </Card>
  );
}
