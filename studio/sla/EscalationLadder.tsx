import { Button, Flex, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DragHandle } from '../dnd/Sortable';
import { moveItem, SortableList } from '../dnd/SortableList';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';

const ACTIONS = ['remind_owner', 'notify_supervisor', 'reassign', 'return_to_pool'] as const;
const CHANNELS = ['in_app', 'wecom', 'dingtalk', 'email'] as const;
const AT =
  /^(([1-9][0-9]?|100)%|P(?=\d|T\d)(\d{1,6}W)?(\d{1,6}D)?(T(?=\d)(\d{1,6}H)?(\d{1,6}M)?(\d{1,7}S)?)?)$/;

/** A clock's escalation ladder: steps at a share of the allowed time ("50%") or after the breach ("PT30M"). */
export function EscalationLadder({
  value,
  readOnly,
  onChange,
}: {
  value: Json[];
  readOnly?: boolean;
  onChange: (v: Json[]) => void;
}) {
  const { t } = useStudioT();
  const set = (i: number, s: Json) => onChange(value.map((x, j) => (j === i ? s : x)));
  return (
    <div>
      <SortableList
        items={value}
        keys={value.map((s, i) => `${String(s.at)}-${i}`)}
        readOnly={readOnly}
        onMove={(a, b) => onChange(moveItem(value, a, b))}
      >
        {(s, i, handle) => (
          <Flex gap={6} align="center" wrap style={{ padding: '3px 0' }} data-testid={`step-${i}`}>
            <DragHandle handle={handle} label={t('sla.dragStep', { n: i + 1 })} />
            <Input
              size="small"
              aria-label={t('sla.stepAt', { n: i + 1 })}
              title={t('sla.atHelp')}
              value={String(s.at ?? '')}
              readOnly={readOnly}
              status={AT.test(String(s.at ?? '')) ? undefined : 'error'}
              style={{ width: 80 }}
              onChange={(e) => set(i, { ...s, at: e.target.value })}
            />
            <Select
              size="small"
              aria-label={t('sla.stepAction', { n: i + 1 })}
              value={String(s.action)}
              disabled={readOnly}
              style={{ width: 150 }}
              options={ACTIONS.map((a) => ({ value: a, label: t(`sla.actions.${a}`) }))}
              onChange={(action) => set(i, { ...s, action })}
            />
            <Select
              size="small"
              mode="multiple"
              aria-label={t('sla.stepChannels', { n: i + 1 })}
              placeholder={t('sla.channels.in_app')}
              value={(s.channels as string[] | undefined) ?? []}
              disabled={readOnly}
              style={{ minWidth: 160 }}
              options={CHANNELS.map((c) => ({ value: c, label: t(`sla.channels.${c}`) }))}
              onChange={(channels: string[]) => {
                const { channels: _drop, ...rest } = s;
                void _drop;
                set(i, channels.length ? { ...rest, channels } : rest);
              }}
            />
            {!readOnly && (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('sla.removeStep', { n: i + 1 })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              />
            )}
          </Flex>
        )}
      </SortableList>
      {!readOnly && value.length < 10 && (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => onChange([...value, { at: '100%', action: 'notify_supervisor' }])}
        >
          {t('sla.addStep')}
        </Button>
      )}
    </div>
  );
}
