import { Alert, Button, Card, Flex, Form, InputNumber, Progress, Select, Slider, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DragHandle } from '../dnd/Sortable';
import { moveItem, SortableList } from '../dnd/SortableList';
import { StudioStyles } from '../dnd/Sortable';
import type { KindEditorProps } from '../editor/types';
import { asList, asObj, asText, numOrUndef, setMember } from '../forms/edit';
import { I18nInputs } from '../forms/I18nInputs';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';
import { KPI_CLOCKS, KPI_IDS, METRIC_KINDS, newComponent, normalise, weightTotal } from './model';

/** S1 KPI-scheme editor: components with weight sliders whose total must be 100%, shown live. */
export function KpiSchemeEditor({ value, onChange, issues, readOnly }: KindEditorProps) {
  const { t, text } = useStudioT();
  const c = asObj(value);
  const comps = asList(c.components);
  const total = weightTotal(comps);
  const ok = total === 100;
  const setComps = (next: Json[]) => onChange({ ...c, components: next });
  const setComp = (i: number, x: Json) => setComps(comps.map((y, j) => (j === i ? x : y)));
  const add = newComponent(comps);
  const byIndex = (i: number) =>
    issues.filter((x) => x.path.startsWith(`/components/${i}/`) || x.path === `/components/${i}`);

  return (
    <div className="studio-editor">
      <StudioStyles />
      <Card size="small" style={{ marginBottom: 10 }}>
        <Flex align="center" gap={24} wrap>
          <Form.Item label={t('kpi.period')} style={{ marginBottom: 0 }}>
            <Select
              aria-label={t('kpi.period')}
              value={String(c.period ?? 'month')}
              disabled={readOnly}
              style={{ width: 120 }}
              options={['week', 'month', 'quarter'].map((p) => ({ value: p, label: t(`kpi.periods.${p}`) }))}
              onChange={(period) => onChange({ ...c, period })}
            />
          </Form.Item>
          <Flex align="center" gap={8} data-testid="kpi-total" role="status" aria-live="polite">
            <Progress
              type="circle"
              size={48}
              percent={Math.min(100, total)}
              status={ok ? 'success' : 'exception'}
              format={() => `${total}`}
            />
            <Typography.Text strong type={ok ? 'success' : 'danger'}>
              {t('kpi.total', { total })}
            </Typography.Text>
          </Flex>
          {!ok && !readOnly && comps.length > 0 && (
            <Button onClick={() => setComps(normalise(comps))}>{t('kpi.normalise')}</Button>
          )}
        </Flex>
        {!ok && (
          <Alert style={{ marginTop: 8 }} type="error" showIcon title={t('kpi.notHundred', { total })} />
        )}
      </Card>
      <SortableList
        items={comps}
        keys={comps.map((x, i) => `${String(x.id)}-${i}`)}
        readOnly={readOnly}
        onMove={(from, to) => setComps(moveItem(comps, from, to))}
      >
        {(comp, i, handle) => {
          const metric = asObj(comp.metric);
          const kind = String(metric.kind ?? 'clock_met_rate');
          const weight = numOrUndef(comp.weight) ?? 0;
          const name = text(asText(comp.label)) || String(comp.id);
          const errs = byIndex(i);
          return (
            <Card
              size="small"
              style={{ marginBottom: 8 }}
              data-testid={`kpi-${String(comp.id)}`}
              title={
                <Flex align="center" gap={8}>
                  <DragHandle handle={handle} label={t('kpi.drag', { name })} />
                  <Select
                    size="small"
                    aria-label={t('kpi.component')}
                    value={String(comp.id)}
                    disabled={readOnly}
                    style={{ width: 180 }}
                    options={KPI_IDS.map((k) => ({ value: k, label: t(`kpi.ids.${k}`) }))}
                    onChange={(id) => setComp(i, { ...comp, id })}
                  />
                </Flex>
              }
              extra={
                !readOnly && (
                  <Button
                    size="small"
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('kpi.remove', { name })}
                    onClick={() => setComps(comps.filter((_, j) => j !== i))}
                  />
                )
              }
            >
              {errs.length > 0 && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 8 }}
                  title={errs.map((e) => (
                    <div key={e.path + e.message}>
                      <code>{e.path}</code> {e.message}
                    </div>
                  ))}
                />
              )}
              <Flex align="center" gap={12}>
                <Typography.Text style={{ minWidth: 56 }}>{t('kpi.weight')}</Typography.Text>
                <Slider
                  style={{ flex: 1 }}
                  min={0}
                  max={100}
                  value={weight}
                  disabled={readOnly}
                  aria-label={t('kpi.weightOf', { name })}
                  onChange={(w: number) => setComp(i, { ...comp, weight: w })}
                />
                <InputNumber
                  size="small"
                  min={0}
                  max={100}
                  value={weight}
                  readOnly={readOnly}
                  suffix="%"
                  aria-label={t('kpi.weightInput', { name })}
                  onChange={(w) => setComp(i, { ...comp, weight: typeof w === 'number' ? w : 0 })}
                />
              </Flex>
              <Form layout="vertical" size="small" component="div">
                <I18nInputs
                  label={t('kpi.label')}
                  value={asText(comp.label)}
                  readOnly={readOnly}
                  onChange={(v) => setComp(i, { ...comp, label: v })}
                />
                <Flex gap={8} wrap>
                  <Form.Item label={t('kpi.metric')} style={{ marginBottom: 8, minWidth: 200 }}>
                    <Select
                      aria-label={t('kpi.metric')}
                      value={kind}
                      disabled={readOnly}
                      options={METRIC_KINDS.map((k) => ({ value: k, label: t(`kpi.metrics.${k}`) }))}
                      onChange={(k) =>
                        setComp(i, {
                          ...comp,
                          metric:
                            k === 'clock_met_rate'
                              ? { kind: k, clocks: ['first_touch'] }
                              : k === 'form_completeness_avg'
                                ? { kind: k, formPurpose: 'requirements' }
                                : { kind: k },
                        })
                      }
                    />
                  </Form.Item>
                  {kind === 'clock_met_rate' && (
                    <Form.Item label={t('kpi.clocks')} style={{ marginBottom: 8, minWidth: 220 }}>
                      <Select
                        mode="multiple"
                        aria-label={t('kpi.clocks')}
                        value={(metric.clocks as string[] | undefined) ?? []}
                        disabled={readOnly}
                        options={KPI_CLOCKS.map((k) => ({ value: k, label: t(`kpi.clockNames.${k}`) }))}
                        onChange={(clocks: string[]) =>
                          setComp(i, {
                            ...comp,
                            metric: setMember(metric, 'clocks', clocks.length ? clocks : undefined),
                          })
                        }
                      />
                    </Form.Item>
                  )}
                  {kind === 'form_completeness_avg' && (
                    <Form.Item label={t('kpi.formPurpose')} style={{ marginBottom: 8, minWidth: 160 }}>
                      <Select
                        aria-label={t('kpi.formPurpose')}
                        value={String(metric.formPurpose ?? 'requirements')}
                        disabled={readOnly}
                        options={['requirements', 'delivery_assessment'].map((p) => ({
                          value: p,
                          label: t(`forms.purposes.${p}`),
                        }))}
                        onChange={(formPurpose) =>
                          setComp(i, { ...comp, metric: { ...metric, formPurpose } })
                        }
                      />
                    </Form.Item>
                  )}
                  <Form.Item
                    label={t('kpi.target')}
                    style={{ marginBottom: 8 }}
                    help={t(`kpi.targetHelp.${kind}`)}
                  >
                    <InputNumber
                      aria-label={t('kpi.target')}
                      min={0}
                      value={numOrUndef(comp.target) ?? null}
                      readOnly={readOnly}
                      onChange={(v) => setComp(i, { ...comp, target: typeof v === 'number' ? v : 0 })}
                    />
                  </Form.Item>
                  <Form.Item label={t('kpi.floor')} style={{ marginBottom: 8 }}>
                    <InputNumber
                      aria-label={t('kpi.floor')}
                      min={0}
                      value={numOrUndef(comp.floor) ?? null}
                      readOnly={readOnly}
                      onChange={(v) =>
                        setComp(i, setMember(comp, 'floor', typeof v === 'number' ? v : undefined))
                      }
                    />
                  </Form.Item>
                </Flex>
              </Form>
            </Card>
          );
        }}
      </SortableList>
      {!readOnly && add && (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={() => setComps([...comps, add])}>
          {t('kpi.add')}
        </Button>
      )}
    </div>
  );
}
