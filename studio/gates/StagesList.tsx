import { Button, Flex, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DragHandle } from '../dnd/Sortable';
import { moveItem, SortableList } from '../dnd/SortableList';
import { asText } from '../forms/edit';
import type { Json } from '../forms/model';
import { useStudioT } from '../i18n';

/** Re-numbers `order` after a reorder so the stored order always follows the list. */
export const renumber = (list: Json[]): Json[] => list.map((x, i) => ({ ...x, order: (i + 1) * 10 }));

/** Sortable stages (or milestones): id, zh/en label and one extra select (outcome / owner role). */
export function StagesList({
  value,
  prefix,
  extra,
  readOnly,
  onChange,
}: {
  value: Json[];
  /** i18n prefix for labels, also the data-testid prefix */
  prefix: 'stage' | 'milestone';
  extra: { key: string; label: string; options: { value: string; label: string }[]; optional?: boolean };
  readOnly?: boolean;
  onChange: (v: Json[]) => void;
}) {
  const { t, text } = useStudioT();
  const set = (i: number, x: Json) => onChange(value.map((y, j) => (j === i ? x : y)));
  const add = () => {
    const ids = new Set(value.map((x) => x.id));
    let n = value.length + 1;
    while (ids.has(`${prefix}_${n}`)) n++;
    const base: Json = {
      id: `${prefix}_${n}`,
      label: { zh: `新${t(`gates.${prefix}`)} ${n}`, en: `New ${prefix} ${n}` },
    };
    if (!extra.optional) base[extra.key] = extra.options[0]!.value;
    onChange(renumber([...value, base]));
  };
  return (
    <div>
      <SortableList
        items={value}
        keys={value.map((x, i) => `${String(x.id)}-${i}`)}
        readOnly={readOnly}
        onMove={(a, b) => onChange(renumber(moveItem(value, a, b)))}
      >
        {(x, i, handle) => {
          const l = asText(x.label);
          const name = text(l) || String(x.id);
          return (
            <Flex
              gap={6}
              align="center"
              wrap
              style={{ padding: '3px 0' }}
              data-testid={`${prefix}-${String(x.id)}`}
            >
              <DragHandle handle={handle} label={t('gates.drag', { name })} />
              <Input
                size="small"
                style={{ width: 130 }}
                aria-label={t('gates.idOf', { name })}
                value={String(x.id ?? '')}
                readOnly={readOnly}
                status={/^[a-z][a-z0-9_]{0,63}$/.test(String(x.id ?? '')) ? undefined : 'error'}
                onChange={(e) => set(i, { ...x, id: e.target.value })}
              />
              <Input
                size="small"
                style={{ width: 140 }}
                aria-label={t('gates.zhOf', { name })}
                value={l.zh}
                readOnly={readOnly}
                status={l.zh ? undefined : 'error'}
                onChange={(e) => set(i, { ...x, label: { ...l, zh: e.target.value } })}
              />
              <Input
                size="small"
                style={{ width: 160 }}
                aria-label={t('gates.enOf', { name })}
                value={l.en}
                readOnly={readOnly}
                status={l.en ? undefined : 'error'}
                onChange={(e) => set(i, { ...x, label: { ...l, en: e.target.value } })}
              />
              <Select
                size="small"
                style={{ width: 140 }}
                aria-label={`${extra.label} ${name}`}
                allowClear={extra.optional}
                placeholder={extra.label}
                value={typeof x[extra.key] === 'string' ? (x[extra.key] as string) : undefined}
                disabled={readOnly}
                options={extra.options}
                onChange={(v) => {
                  const next = { ...x };
                  if (v === undefined) delete next[extra.key];
                  else next[extra.key] = v;
                  set(i, next);
                }}
              />
              {!readOnly && (
                <Button
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('gates.remove', { name })}
                  onClick={() => onChange(renumber(value.filter((_, j) => j !== i)))}
                />
              )}
            </Flex>
          );
        }}
      </SortableList>
      {!readOnly && (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={add}>
          {t(`gates.add.${prefix}`)}
        </Button>
      )}
    </div>
  );
}
