import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Spin, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPerson, approvalLevels, asFlow, type DecisionFlowValue } from '../../../engine/forms';
import { DecisionFlowList } from './DecisionFlowList';
import { roleOptions } from './flowLabels';
import type { WidgetProps } from './types';

const DecisionFlowGraph = lazy(() => import('./DecisionFlowGraph'));

/** Graphs need a real browser (layout, pointer events); jsdom test runs get the list only. */
const canGraph = () => typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);

/**
 * decision_flow (C1): who decides and in what order. A list editor (name, title, role, influence,
 * stance, "approves after") that works with the keyboard, and a graph view of the approval order.
 */
export function DecisionFlowWidget({
  field,
  value,
  onChange,
  readOnly,
  lang,
  id,
}: WidgetProps<DecisionFlowValue>) {
  const { t } = useTranslation();
  const flow = asFlow(value);
  const roles = useMemo(() => roleOptions(field, lang, t), [field, lang, t]);
  const roleLabel = useCallback((r: string) => roles.find((o) => o.value === r)?.label ?? r, [roles]);
  const [view, setView] = useState<'graph' | 'list'>(canGraph() ? 'graph' : 'list');
  const levels = approvalLevels(flow);
  const nameOf = (pid: string) => flow.nodes.find((n) => n.id === pid)?.name || pid;
  const add = () =>
    onChange(
      addPerson(flow, {
        name: '',
        role: (roles[0]?.value ?? 'other') as DecisionFlowValue['nodes'][number]['role'],
      }),
    );

  return (
    <div
      id={readOnly || flow.nodes.length === 0 ? id : undefined}
      role="group"
      style={{ display: 'grid', gap: 8 }}
    >
      {flow.nodes.length === 0 ? (
        <Typography.Text type="secondary">{t('forms.flow.empty')}</Typography.Text>
      ) : (
        <>
          {canGraph() && (
            <Segmented
              size="small"
              value={view}
              onChange={(v) => setView(v as 'graph' | 'list')}
              options={[
                { value: 'graph', label: t('forms.flow.graph') },
                { value: 'list', label: t('forms.flow.list') },
              ]}
            />
          )}
          {view === 'graph' && canGraph() && (
            <Suspense fallback={<Spin />}>
              <DecisionFlowGraph flow={flow} onChange={onChange} roleLabel={roleLabel} readOnly={readOnly} />
              {!readOnly && <Typography.Text type="secondary">{t('forms.flow.graphHint')}</Typography.Text>}
            </Suspense>
          )}
          <ol
            aria-label={t('forms.flow.approvesAfter')}
            style={{ margin: 0, paddingInlineStart: 20 }}
            data-testid={`${field.key}-order`}
          >
            {levels.map((ids, i) => (
              <li key={i}>
                {t('forms.flow.level', { n: i + 1 })}：{ids.map(nameOf).join('、')}
              </li>
            ))}
          </ol>
          <DecisionFlowList flow={flow} onChange={onChange} roles={roles} readOnly={readOnly} idPrefix={id} />
        </>
      )}
      {!readOnly && (
        <div>
          <Button type="dashed" icon={<PlusOutlined />} onClick={add} disabled={flow.nodes.length >= 50}>
            {t('forms.flow.addPerson')}
          </Button>
        </div>
      )}
    </div>
  );
}
