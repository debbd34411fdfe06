import { useMemo } from 'react';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { fieldsOf } from '../../schemas';
import type { BuilderField } from '../conditions/operators';
import { StudioStyles } from '../dnd/Sortable';
import { moveItem, SortableList } from '../dnd/SortableList';
import { issuesByIndex, NO_ISSUES } from '../editor/issues';
import type { KindEditorProps } from '../editor/types';
import { asList, asObj, setMember } from '../forms/edit';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';
import { CLOCK_IDS, SlaClockCard } from './SlaClockCard';

const LEAD_FIELDS: readonly BuilderField[] = fieldsOf('lead');
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** S1 SLA-policy editor: business calendar, sortable clocks with durations, conditions and escalation ladders. */
export function SlaPolicyEditor({ value, onChange, issues, readOnly }: KindEditorProps) {
  const { t } = useStudioT();
  const c = asObj(value);
  const clocks = asList(c.clocks);
  const cal = asObj(c.calendar);
  const hours = asObj(cal.hours);
  const byClock = useMemo(() => issuesByIndex(issues, '/clocks'), [issues]);
  const other = issues.filter((i) => !i.path.startsWith('/clocks/'));
  const setClocks = (next: Json[]) => onChange({ ...c, clocks: next });
  const setHours = (k: 'start' | 'end', v: string) =>
    onChange({
      ...c,
      calendar: {
        timezone: 'Asia/Shanghai',
        country: 'CN',
        ...cal,
        hours: { start: '09:00', end: '18:00', ...hours, [k]: v },
      },
    });
  const unused = CLOCK_IDS.find((id) => !clocks.some((x) => x.id === id));
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
      <Card size="small" title={t('sla.calendar')} style={{ marginBottom: 10 }}>
        <Form layout="vertical" size="small" component="div">
          <Flex gap={8} wrap>
            <Form.Item label={t('sla.timezone')} style={{ marginBottom: 0 }}>
              <Input
                aria-label={t('sla.timezone')}
                value={String(cal.timezone ?? 'Asia/Shanghai')}
                readOnly={readOnly}
                onChange={(e) =>
                  onChange({
                    ...c,
                    calendar: setMember({ country: 'CN', ...cal }, 'timezone', e.target.value),
                  })
                }
              />
            </Form.Item>
            {(['start', 'end'] as const).map((k) => (
              <Form.Item key={k} label={t(`sla.hours.${k}`)} style={{ marginBottom: 0 }}>
                <Input
                  aria-label={t(`sla.hours.${k}`)}
                  value={String(hours[k] ?? (k === 'start' ? '09:00' : '18:00'))}
                  readOnly={readOnly}
                  status={TIME.test(String(hours[k] ?? '09:00')) ? undefined : 'error'}
                  style={{ width: 90 }}
                  onChange={(e) => setHours(k, e.target.value)}
                />
              </Form.Item>
            ))}
          </Flex>
        </Form>
      </Card>
      <SortableList
        items={clocks}
        keys={clocks.map((x, i) => `${String(x.id)}-${i}`)}
        readOnly={readOnly}
        onMove={(a, b) => setClocks(moveItem(clocks, a, b))}
      >
        {(clock, i, handle) => (
          <SlaClockCard
            clock={clock}
            handle={handle}
            fields={LEAD_FIELDS}
            issues={byClock.get(i) ?? NO_ISSUES}
            readOnly={readOnly}
            onChange={(x) => setClocks(clocks.map((y, j) => (j === i ? x : y)))}
            onRemove={() => setClocks(clocks.filter((_, j) => j !== i))}
          />
        )}
      </SortableList>
      {!readOnly && unused && (
        <Button
          type="dashed"
          block
          icon={<PlusOutlined />}
          onClick={() =>
            setClocks([
              ...clocks,
              {
                id: unused,
                label: {
                  zh: t(`sla.clocks.${unused}`, { lng: 'zh-CN' }),
                  en: t(`sla.clocks.${unused}`, { lng: 'en' }),
                },
                start: 'lead.assigned',
                stop: ['touch.logged'],
                within: 'PT30M',
                time: 'wall',
                escalation: [{ at: '100%', action: 'notify_supervisor' }],
              },
            ])
          }
        >
          {t('sla.add')}
        </Button>
      )}
    </div>
  );
}
