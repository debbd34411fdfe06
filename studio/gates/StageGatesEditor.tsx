import { useMemo } from 'react';
import { Alert, Button, Card, Col, Form, Row, Select, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { fieldsOf, ROLES } from '../../schemas';
import type { BuilderField } from '../conditions/operators';
import { StudioStyles } from '../dnd/Sortable';
import { issuesByIndex, NO_ISSUES } from '../editor/issues';
import type { KindEditorProps } from '../editor/types';
import { asList, asObj, asText } from '../forms/edit';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';
import { GateCard } from './GateCard';
import { GuardsPanel } from './GuardsPanel';
import { StagesList } from './StagesList';

const DEAL_FIELDS: readonly BuilderField[] = fieldsOf('opportunity');

/** S1 stage-gates editor (delivery leads): sortable stages, gates with requirements, dual tracks, alignment, circuit breaker. */
export function StageGatesEditor({ value, onChange, issues, readOnly }: KindEditorProps) {
  const { t, text } = useStudioT();
  const c = asObj(value);
  const stages = asList(c.stages);
  const gates = asList(c.gates);
  const tracks = asObj(c.tracks);
  const sales = asList(tracks.sales);
  const delivery = asList(tracks.delivery);
  const opt = (list: Json[]) =>
    list.map((x) => ({ value: String(x.id), label: text(asText(x.label)) || String(x.id) }));
  const stageOpts = opt(stages);
  const milestones = { sales: sales.map((m) => String(m.id)), delivery: delivery.map((m) => String(m.id)) };
  const byGate = useMemo(() => issuesByIndex(issues, '/gates'), [issues]);
  const other = issues.filter((i) => !i.path.startsWith('/gates/'));
  const roles = ROLES.map((r) => ({ value: r, label: t(`forms.role.${r}`) }));
  const setGates = (next: Json[]) => onChange({ ...c, gates: next });
  return (
    <div className="studio-editor">
      <StudioStyles />
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={other.map((e) => (
            <div key={e.path + e.message}>
              <code>{e.path || '/'}</code> {e.message}
            </div>
          ))}
        />
      )}
      <Row gutter={12}>
        <Col xs={24} xl={11}>
          <Card size="small" title={t('gates.stages')} style={{ marginBottom: 10 }}>
            <Form layout="inline" size="small" component="div" style={{ marginBottom: 8 }}>
              <Form.Item label={t('gates.initialStage')}>
                <Select
                  style={{ width: 160 }}
                  aria-label={t('gates.initialStage')}
                  value={String(c.initialStage ?? '')}
                  disabled={readOnly}
                  options={stageOpts}
                  onChange={(initialStage) => onChange({ ...c, initialStage })}
                />
              </Form.Item>
            </Form>
            <StagesList
              value={stages}
              prefix="stage"
              readOnly={readOnly}
              extra={{
                key: 'outcome',
                label: t('gates.outcome'),
                options: ['open', 'won', 'lost'].map((o) => ({ value: o, label: t(`gates.outcomes.${o}`) })),
              }}
              onChange={(v) => onChange({ ...c, stages: v })}
            />
          </Card>
          <Card size="small" title={t('gates.dualTracks')}>
            <Tabs
              size="small"
              items={(['sales', 'delivery'] as const).map((k) => ({
                key: k,
                label: t(`gates.tracks.${k}`),
                children: (
                  <StagesList
                    value={k === 'sales' ? sales : delivery}
                    prefix="milestone"
                    readOnly={readOnly}
                    extra={{ key: 'ownerRole', label: t('gates.ownerRole'), options: roles, optional: true }}
                    onChange={(v) => onChange({ ...c, tracks: { ...tracks, sales, delivery, [k]: v } })}
                  />
                ),
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Tabs
            items={[
              {
                key: 'gates',
                label: t('gates.gates'),
                children: (
                  <>
                    {gates.map((g, i) => (
                      <GateCard
                        key={i}
                        gate={g}
                        stages={stageOpts}
                        fields={DEAL_FIELDS}
                        milestones={milestones}
                        issues={byGate.get(i) ?? NO_ISSUES}
                        readOnly={readOnly}
                        onChange={(x) => setGates(gates.map((y, j) => (j === i ? x : y)))}
                        onRemove={() => setGates(gates.filter((_, j) => j !== i))}
                      />
                    ))}
                    {!readOnly && stageOpts.length > 0 && (
                      <Button
                        type="dashed"
                        block
                        icon={<PlusOutlined />}
                        onClick={() => {
                          const ids = new Set(gates.map((g) => g.id));
                          let n = gates.length + 1;
                          while (ids.has(`gate_${n}`)) n++;
                          setGates([
                            ...gates,
                            {
                              id: `gate_${n}`,
                              label: { zh: `关口 ${n}`, en: `Gate ${n}` },
                              to: stageOpts.at(-1)!.value,
                              requirements: [{ type: 'three_elements' }],
                            },
                          ]);
                        }}
                      >
                        {t('gates.addGate')}
                      </Button>
                    )}
                  </>
                ),
              },
              {
                key: 'guards',
                label: t('gates.guards'),
                children: (
                  <GuardsPanel
                    value={c}
                    stages={stageOpts}
                    sales={opt(sales)}
                    delivery={opt(delivery)}
                    readOnly={readOnly}
                    onChange={onChange}
                  />
                ),
              },
            ]}
          />
        </Col>
      </Row>
    </div>
  );
}
