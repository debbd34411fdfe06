import { Alert, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Switch, Tag } from 'antd';
import { ROLES } from '../../schemas';
import { StudioStyles } from '../dnd/Sortable';
import type { KindEditorProps } from '../editor/types';
import { asObj, numOrUndef, setMember } from '../forms/edit';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';
import { DurationInput } from '../sla/DurationInput';

const METRICS = ['pendingLeads', 'staleCustomers', 'unreadRate', 'overdue'] as const;

/** S1 board-policy editor (L8): amber / red thresholds per metric, the morning agenda, refresh. */
export function BoardPolicyEditor({ value, onChange, issues, readOnly }: KindEditorProps) {
  const { t } = useStudioT();
  const c = asObj(value);
  const metrics = asObj(c.metrics);
  const agenda = asObj(c.agenda);
  const setMetric = (m: string, k: string, v: unknown) =>
    onChange({ ...c, metrics: { ...metrics, [m]: setMember(asObj(metrics[m]), k, v) } });
  const setAgenda = (k: string, v: unknown) => onChange({ ...c, agenda: setMember(agenda, k, v) });
  const roles = ROLES.map((r) => ({ value: r, label: t(`forms.role.${r}`) }));
  const include = (agenda.include as string[] | undefined) ?? [];
  return (
    <div className="studio-editor">
      <StudioStyles />
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={issues.map((e) => (
            <div key={e.path + e.message}>
              <code>{e.path || '/'}</code> {e.message}
            </div>
          ))}
        />
      )}
      <Card size="small" title={t('board.metrics')} style={{ marginBottom: 10 }}>
        <Form layout="vertical" size="small" component="div">
          {METRICS.map((m) => {
            const x = asObj(metrics[m]);
            const rate = m === 'unreadRate';
            const num = (k: 'amber' | 'red') => (
              <Form.Item
                key={k}
                label={<Tag color={k === 'red' ? 'red' : 'gold'}>{t(`board.${k}`)}</Tag>}
                style={{ marginBottom: 8 }}
              >
                <InputNumber
                  aria-label={t('board.thresholdOf', { metric: t(`board.m.${m}`), light: t(`board.${k}`) })}
                  min={0}
                  max={rate ? 100 : 100000}
                  suffix={rate ? '%' : undefined}
                  value={rate ? Math.round((numOrUndef(x[k]) ?? 0) * 100) : (numOrUndef(x[k]) ?? 0)}
                  readOnly={readOnly}
                  status={(numOrUndef(x.amber) ?? 0) > (numOrUndef(x.red) ?? 0) ? 'warning' : undefined}
                  onChange={(v) => setMetric(m, k, rate ? Number(v ?? 0) / 100 : Math.round(Number(v ?? 0)))}
                />
              </Form.Item>
            );
            return (
              <Flex key={m} gap={12} wrap align="end" data-testid={`metric-${m}`}>
                <div style={{ width: 180, paddingBottom: 12 }}>{t(`board.m.${m}`)}</div>
                {num('amber')}
                {num('red')}
                {m === 'staleCustomers' && (
                  <Form.Item label={t('board.hours')} style={{ marginBottom: 8 }}>
                    <InputNumber
                      aria-label={t('board.hours')}
                      min={1}
                      max={8760}
                      value={numOrUndef(x.hours) ?? 24}
                      readOnly={readOnly}
                      onChange={(v) => setMetric(m, 'hours', Math.round(Number(v ?? 24)))}
                    />
                  </Form.Item>
                )}
                {rate && (
                  <>
                    <Form.Item label={t('board.minSent')} style={{ marginBottom: 8 }}>
                      <InputNumber
                        aria-label={t('board.minSent')}
                        min={0}
                        max={10000}
                        value={numOrUndef(x.minSent) ?? null}
                        readOnly={readOnly}
                        onChange={(v) =>
                          setMetric(m, 'minSent', typeof v === 'number' ? Math.round(v) : undefined)
                        }
                      />
                    </Form.Item>
                    <Form.Item label={t('board.unreadAfter')} style={{ marginBottom: 8 }}>
                      <DurationInput
                        value={String(x.unreadAfter ?? 'P1D')}
                        label={t('board.unreadAfter')}
                        readOnly={readOnly}
                        onChange={(v) => setMetric(m, 'unreadAfter', v)}
                      />
                    </Form.Item>
                  </>
                )}
              </Flex>
            );
          })}
        </Form>
      </Card>
      <Card size="small" title={t('board.agenda')}>
        <Form layout="vertical" size="small" component="div">
          <Flex gap={12} wrap align="end">
            <Form.Item label={t('board.enabled')} style={{ marginBottom: 8 }}>
              <Switch
                aria-label={t('board.agendaEnabled')}
                checked={agenda.enabled === true}
                disabled={readOnly}
                onChange={(v) => setAgenda('enabled', v)}
              />
            </Form.Item>
            <Form.Item label={t('board.meetingTime')} style={{ marginBottom: 8 }}>
              <Input
                aria-label={t('board.meetingTime')}
                style={{ width: 90 }}
                value={String(agenda.meetingTime ?? '09:00')}
                readOnly={readOnly}
                status={
                  /^([01]\d|2[0-3]):[0-5]\d$/.test(String(agenda.meetingTime ?? '')) ? undefined : 'error'
                }
                onChange={(e) => setAgenda('meetingTime', e.target.value)}
              />
            </Form.Item>
            <Form.Item label={t('board.timezone')} style={{ marginBottom: 8 }}>
              <Input
                aria-label={t('board.timezone')}
                value={String(agenda.timezone ?? 'Asia/Shanghai')}
                readOnly={readOnly}
                onChange={(e) => setAgenda('timezone', e.target.value)}
              />
            </Form.Item>
            <Form.Item label={t('board.workdaysOnly')} style={{ marginBottom: 8 }}>
              <Switch
                aria-label={t('board.workdaysOnly')}
                checked={agenda.workdaysOnly === true}
                disabled={readOnly}
                onChange={(v) => setAgenda('workdaysOnly', v)}
              />
            </Form.Item>
            <Form.Item label={t('board.include')} style={{ marginBottom: 8 }}>
              <Checkbox.Group
                aria-label={t('board.include')}
                disabled={readOnly}
                value={include}
                options={['red', 'amber'].map((l) => ({ value: l, label: t(`board.${l}`) }))}
                onChange={(v) => v.length && setAgenda('include', v as string[])}
              />
            </Form.Item>
            <Form.Item label={t('board.chairRole')} style={{ marginBottom: 8, minWidth: 140 }}>
              <Select
                aria-label={t('board.chairRole')}
                allowClear
                value={typeof agenda.chairRole === 'string' ? agenda.chairRole : undefined}
                disabled={readOnly}
                options={roles}
                onChange={(v) => setAgenda('chairRole', v)}
              />
            </Form.Item>
            <Form.Item label={t('board.refreshSeconds')} style={{ marginBottom: 8 }}>
              <InputNumber
                aria-label={t('board.refreshSeconds')}
                min={5}
                max={3600}
                value={numOrUndef(c.refreshSeconds) ?? null}
                readOnly={readOnly}
                onChange={(v) =>
                  onChange(
                    setMember(c as Json, 'refreshSeconds', typeof v === 'number' ? Math.round(v) : undefined),
                  )
                }
              />
            </Form.Item>
          </Flex>
        </Form>
      </Card>
    </div>
  );
}
