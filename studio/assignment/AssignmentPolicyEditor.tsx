import { useMemo } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Segmented,
  Select,
  Switch,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { fieldsOf } from '../../schemas';
import type { BuilderField } from '../conditions/operators';
import { StudioStyles } from '../dnd/Sortable';
import { moveItem, SortableList } from '../dnd/SortableList';
import { issuesByIndex, NO_ISSUES } from '../editor/issues';
import type { KindEditorProps } from '../editor/types';
import { asList, asObj, numOrUndef } from '../forms/edit';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';
import { RouteCard } from './RouteCard';

const LEAD_FIELDS: readonly BuilderField[] = fieldsOf('lead').filter((f) => !f.path.startsWith('grade.'));
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** S1 assignment-policy editor (directors): strategy, capacity, sortable routes (the fallback chain), dedupe, hours. */
export function AssignmentPolicyEditor({ value, onChange, issues, readOnly }: KindEditorProps) {
  const { t } = useStudioT();
  const c = asObj(value);
  const routes = asList(c.routes);
  const dedupe = asObj(c.dedupe);
  const hours = asObj(c.workingHours);
  const byRoute = useMemo(() => issuesByIndex(issues, '/routes'), [issues]);
  const other = issues.filter((i) => !i.path.startsWith('/routes/'));
  const setRoutes = (next: Json[]) => onChange({ ...c, routes: next });
  const setHours = (k: string, v: unknown) =>
    onChange({
      ...c,
      workingHours: {
        enabled: false,
        timezone: 'Asia/Shanghai',
        start: '09:00',
        end: '18:00',
        ...hours,
        [k]: v,
      },
    });
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
        <Col xs={24} xl={9}>
          <Card size="small" title={t('assignment.general')} style={{ marginBottom: 10 }}>
            <Form layout="vertical" size="small" component="div">
              <Form.Item label={t('assignment.strategy')} style={{ marginBottom: 8 }}>
                <Segmented
                  aria-label={t('assignment.strategy')}
                  value={String(c.strategy ?? 'round_robin')}
                  disabled={readOnly}
                  options={['round_robin', 'weighted', 'least_loaded'].map((s) => ({
                    value: s,
                    label: t(`assignment.strategies.${s}`),
                  }))}
                  onChange={(strategy) => onChange({ ...c, strategy })}
                />
              </Form.Item>
              <Flex gap={12} wrap>
                <Form.Item label={t('assignment.onDutyOnly')} style={{ marginBottom: 8 }}>
                  <Switch
                    aria-label={t('assignment.onDutyOnly')}
                    checked={c.onDutyOnly === true}
                    disabled={readOnly}
                    onChange={(v) => onChange({ ...c, onDutyOnly: v })}
                  />
                </Form.Item>
                <Form.Item label={t('assignment.maxOpenLeads')} style={{ marginBottom: 8 }}>
                  <InputNumber
                    aria-label={t('assignment.maxOpenLeads')}
                    min={1}
                    max={100000}
                    value={numOrUndef(asObj(c.capacity).maxOpenLeads) ?? null}
                    readOnly={readOnly}
                    onChange={(v) =>
                      onChange({ ...c, capacity: { maxOpenLeads: Math.round(Number(v ?? 1)) } })
                    }
                  />
                </Form.Item>
              </Flex>
              <Form.Item label={t('assignment.fallback')} style={{ marginBottom: 8 }}>
                <Select
                  aria-label={t('assignment.fallback')}
                  value={String(c.fallback ?? 'any_rep')}
                  disabled={readOnly}
                  options={['any_rep', 'pool'].map((f) => ({
                    value: f,
                    label: t(`assignment.fallbacks.${f}`),
                  }))}
                  onChange={(fallback) => onChange({ ...c, fallback })}
                />
              </Form.Item>
            </Form>
          </Card>
          <Card size="small" title={t('assignment.dedupe')} style={{ marginBottom: 10 }}>
            <Form layout="vertical" size="small" component="div">
              <Form.Item label={t('assignment.dedupeKeys')} style={{ marginBottom: 8 }}>
                <Select
                  mode="multiple"
                  aria-label={t('assignment.dedupeKeys')}
                  value={(dedupe.keys as string[] | undefined) ?? []}
                  disabled={readOnly}
                  status={asList(dedupe.keys).length ? undefined : 'error'}
                  options={['phone', 'email', 'wecomId', 'companyName'].map((k) => ({
                    value: k,
                    label: t(`assignment.keys.${k}`),
                  }))}
                  onChange={(keys: string[]) =>
                    onChange({ ...c, dedupe: { onAmbiguous: 'flag', ...dedupe, keys } })
                  }
                />
              </Form.Item>
              <Form.Item label={t('assignment.onAmbiguous')} style={{ marginBottom: 8 }}>
                <Select
                  aria-label={t('assignment.onAmbiguous')}
                  value={String(dedupe.onAmbiguous ?? 'flag')}
                  disabled={readOnly}
                  options={['flag', 'first_match'].map((k) => ({
                    value: k,
                    label: t(`assignment.ambiguous.${k}`),
                  }))}
                  onChange={(onAmbiguous) =>
                    onChange({ ...c, dedupe: { keys: ['phone'], ...dedupe, onAmbiguous } })
                  }
                />
              </Form.Item>
            </Form>
          </Card>
          <Card size="small" title={t('assignment.workingHours')}>
            <Form layout="vertical" size="small" component="div">
              <Flex gap={8} wrap>
                <Form.Item label={t('assignment.enabled')} style={{ marginBottom: 8 }}>
                  <Switch
                    aria-label={t('assignment.hoursEnabled')}
                    checked={hours.enabled === true}
                    disabled={readOnly}
                    onChange={(v) => setHours('enabled', v)}
                  />
                </Form.Item>
                <Form.Item label={t('assignment.timezone')} style={{ marginBottom: 8 }}>
                  <Input
                    aria-label={t('assignment.timezone')}
                    value={String(hours.timezone ?? 'Asia/Shanghai')}
                    readOnly={readOnly}
                    onChange={(e) => setHours('timezone', e.target.value)}
                  />
                </Form.Item>
                {(['start', 'end'] as const).map((k) => (
                  <Form.Item key={k} label={t(`assignment.${k}`)} style={{ marginBottom: 8 }}>
                    <Input
                      aria-label={t(`assignment.${k}`)}
                      style={{ width: 80 }}
                      value={String(hours[k] ?? '')}
                      readOnly={readOnly}
                      status={TIME.test(String(hours[k] ?? '')) ? undefined : 'error'}
                      onChange={(e) => setHours(k, e.target.value)}
                    />
                  </Form.Item>
                ))}
              </Flex>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Typography.Paragraph type="secondary">{t('assignment.routesHint')}</Typography.Paragraph>
          <SortableList
            items={routes}
            keys={routes.map((r, i) => `${String(r.id)}-${i}`)}
            readOnly={readOnly}
            onMove={(a, b) => setRoutes(moveItem(routes, a, b))}
          >
            {(r, i, handle) => (
              <RouteCard
                route={r}
                index={i}
                handle={handle}
                fields={LEAD_FIELDS}
                issues={byRoute.get(i) ?? NO_ISSUES}
                readOnly={readOnly}
                onChange={(x) => setRoutes(routes.map((y, j) => (j === i ? x : y)))}
                onRemove={() => setRoutes(routes.filter((_, j) => j !== i))}
              />
            )}
          </SortableList>
          {!readOnly && (
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => {
                const ids = new Set(routes.map((r) => r.id));
                let n = routes.length + 1;
                while (ids.has(`route_${n}`)) n++;
                setRoutes([
                  ...routes,
                  {
                    id: `route_${n}`,
                    label: { zh: `路由 ${n}`, en: `Route ${n}` },
                    when: { '==': [{ var: 'source.channel' }, 'website_form'] },
                    match: { skills: [], industries: [], regions: [], teams: [] },
                  },
                ]);
              }}
            >
              {t('assignment.add')}
            </Button>
          )}
        </Col>
      </Row>
    </div>
  );
}
