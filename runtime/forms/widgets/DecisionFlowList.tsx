import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  INFLUENCE_LEVELS,
  connect,
  removePerson,
  updatePerson,
  type DecisionFlowNode,
  type DecisionFlowValue,
} from '../../../engine/forms';

const STANCES = ['champion', 'supporter', 'neutral', 'opponent', 'unknown'] as const;

/** Sets who `id` approves after: replaces the edges into `id` (edges that would loop are skipped). */
export function setPredecessors(flow: DecisionFlowValue, id: string, from: string[]): DecisionFlowValue {
  let next: DecisionFlowValue = { nodes: flow.nodes, edges: flow.edges.filter((e) => e.to !== id) };
  for (const f of from) next = connect(next, f, id);
  return next;
}

/** The keyboard-friendly editor of the decision flow: one row per person. */
export function DecisionFlowList({
  flow,
  onChange,
  roles,
  readOnly,
  idPrefix,
}: {
  flow: DecisionFlowValue;
  onChange: (flow: DecisionFlowValue) => void;
  roles: { value: string; label: string }[];
  readOnly?: boolean;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const set = (id: string, patch: Partial<DecisionFlowNode>) => onChange(updatePerson(flow, id, patch));
  return (
    <ol
      style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}
      data-testid={`${idPrefix}-people`}
    >
      {flow.nodes.map((n, i) => {
        const label = n.name || t('forms.flow.newPerson');
        return (
          <li
            key={n.id}
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
              gap: 6,
              alignItems: 'center',
              padding: 8,
              border: '1px solid #f0f0f0',
              borderRadius: 8,
            }}
          >
            <Input
              id={i === 0 ? idPrefix : undefined}
              aria-label={`${t('forms.flow.name')} ${i + 1}`}
              placeholder={t('forms.flow.name')}
              value={n.name}
              disabled={readOnly}
              onChange={(e) => set(n.id, { name: e.target.value })}
            />
            <Input
              aria-label={`${t('forms.flow.title')} ${i + 1}`}
              placeholder={t('forms.flow.title')}
              value={n.title ?? ''}
              disabled={readOnly}
              onChange={(e) => set(n.id, { title: e.target.value || undefined })}
            />
            <Select
              aria-label={`${t('forms.flow.role')} ${i + 1}`}
              value={n.role}
              options={roles}
              disabled={readOnly}
              onChange={(role) => set(n.id, { role: role as DecisionFlowNode['role'] })}
            />
            <Select
              aria-label={`${t('forms.flow.influence')} ${i + 1}`}
              placeholder={t('forms.flow.influence')}
              value={n.influence}
              allowClear
              disabled={readOnly}
              options={INFLUENCE_LEVELS.map((l) => ({
                value: l,
                label: t(`forms.flow.influenceLevels.${l}`),
              }))}
              onChange={(influence) => set(n.id, { influence })}
            />
            <Select
              aria-label={`${t('forms.flow.stance')} ${i + 1}`}
              placeholder={t('forms.flow.stance')}
              value={n.stance}
              allowClear
              disabled={readOnly}
              options={STANCES.map((s) => ({ value: s, label: t(`forms.flow.stances.${s}`) }))}
              onChange={(stance) => set(n.id, { stance })}
            />
            <Select
              mode="multiple"
              aria-label={`${t('forms.flow.approvesAfter')} ${i + 1}`}
              placeholder={t('forms.flow.approvesAfter')}
              value={flow.edges.filter((e) => e.to === n.id).map((e) => e.from)}
              disabled={readOnly}
              options={flow.nodes
                .filter((o) => o.id !== n.id)
                .map((o) => ({ value: o.id, label: o.name || o.id }))}
              onChange={(from: string[]) => onChange(setPredecessors(flow, n.id, from))}
            />
            {!readOnly && (
              <Button
                danger
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('forms.flow.remove', { name: label })}
                onClick={() => onChange(removePerson(flow, n.id))}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
