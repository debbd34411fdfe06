import { Button, Flex, Segmented, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined, ApartmentOutlined } from '@ant-design/icons';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { containerId } from '../dnd/ids';
import { DragHandle, DropZone, Sortable, type HandleProps } from '../dnd/Sortable';
import { useStudioT } from '../i18n';
import { defaultValue, operatorsFor, type BuilderField } from './operators';
import { ConditionRow, RawRow } from './ConditionRow';
import { newId, type GroupNode, type GroupOp, type TreeNode } from './tree';

export interface GroupProps {
  group: GroupNode;
  ruleUid: string;
  fields: readonly BuilderField[];
  readOnly?: boolean;
  /** set for nested groups (the root has no handle and cannot be removed) */
  handle?: HandleProps;
  onChange: (g: TreeNode) => void;
  onRemove?: () => void;
}

/** An AND / OR / NOT group: its children are sortable and accept conditions from anywhere. */
export function ConditionGroup({ group, ruleUid, fields, readOnly, handle, onChange, onRemove }: GroupProps) {
  const { t } = useStudioT();
  const setChild = (i: number, n: TreeNode) =>
    onChange({ ...group, children: group.children.map((c, j) => (j === i ? n : c)) });
  const removeChild = (i: number) =>
    onChange({ ...group, children: group.children.filter((_, j) => j !== i) });
  const addCondition = () => {
    const f = fields.find((x) => x.path === 'source.channel') ?? fields[0];
    const op = operatorsFor(f?.type ?? 'string')[0] ?? '==';
    const cond: TreeNode = {
      kind: 'cond',
      id: newId('c'),
      field: f?.path ?? '',
      op,
      value: defaultValue(f, op),
    };
    onChange({ ...group, children: [...group.children, cond] });
  };
  const addGroup = () =>
    onChange({
      ...group,
      children: [...group.children, { kind: 'group', id: newId('g'), op: 'or', children: [] }],
    });

  return (
    <div className="studio-group" data-op={group.op} data-testid={`group-${group.id}`}>
      <Flex wrap align="center" gap={6}>
        {handle && <DragHandle handle={handle} label={t('builder.dragGroup')} />}
        <Segmented<GroupOp>
          size="small"
          aria-label={t('builder.groupOp')}
          value={group.op}
          disabled={readOnly}
          options={(['and', 'or', 'not'] as const).map((o) => ({ value: o, label: t(`builder.${o}`) }))}
          onChange={(op) => onChange({ ...group, op, bare: false })}
        />
        {!readOnly && (
          <>
            <Button size="small" icon={<PlusOutlined />} onClick={addCondition}>
              {t('builder.addCondition')}
            </Button>
            <Button size="small" icon={<ApartmentOutlined />} onClick={addGroup}>
              {t('builder.addGroup')}
            </Button>
            {onRemove && (
              <Tooltip title={t('builder.removeGroup')}>
                <Button
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('builder.removeGroup')}
                  onClick={onRemove}
                />
              </Tooltip>
            )}
          </>
        )}
      </Flex>
      <SortableContext items={group.children.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        {group.children.map((child, i) => (
          <Sortable
            key={child.id}
            id={child.id}
            data={{ type: 'node', ruleUid, groupId: group.id }}
            readOnly={readOnly}
          >
            {(h) =>
              child.kind === 'group' ? (
                <ConditionGroup
                  group={child}
                  ruleUid={ruleUid}
                  fields={fields}
                  readOnly={readOnly}
                  handle={h}
                  onChange={(n) => setChild(i, n)}
                  onRemove={() => removeChild(i)}
                />
              ) : child.kind === 'cond' ? (
                <ConditionRow
                  node={child}
                  fields={fields}
                  handle={h}
                  readOnly={readOnly}
                  onChange={(n) => setChild(i, n)}
                  onRemove={() => removeChild(i)}
                />
              ) : (
                <RawRow
                  node={child}
                  fields={fields}
                  handle={h}
                  readOnly={readOnly}
                  onChange={(n) => setChild(i, n)}
                  onRemove={() => removeChild(i)}
                />
              )
            }
          </Sortable>
        ))}
      </SortableContext>
      {!readOnly && (
        <DropZone
          id={containerId(group.id)}
          data={{ type: 'container', ruleUid, groupId: group.id }}
          label={group.children.length ? t('builder.dropHere') : t('builder.emptyGroup')}
        />
      )}
    </div>
  );
}
