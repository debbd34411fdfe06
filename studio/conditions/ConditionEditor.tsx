import { useRef, useState } from 'react';
import { Button, Flex } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { DndContext, type DragEndEvent, type DragOverEvent } from '@dnd-kit/core';
import { scopedCollision } from '../dnd/collision';
import { dragRef } from '../dnd/ids';
import { useStudioSensors } from '../dnd/sensors';
import { dragEnd, dragOver } from '../grading/dnd';
import type { GradingModel } from '../grading/model';
import { useStudioT } from '../i18n';
import { ConditionGroup } from './ConditionGroup';
import type { BuilderField } from './operators';
import { logicToTree, newId, treeToLogic, type GroupNode } from './tree';

const ref = dragRef;

const asModel = (tree: GroupNode): GradingModel => ({
  base: {},
  thresholds: { A: 0, B: 0, C: 0 },
  rules: [
    { uid: 'single', base: {}, id: 'single', label: { zh: '', en: '' }, category: '', points: 0, tree },
  ],
});

/**
 * An optional JSON Logic condition (visible-when, required-when, a trigger or a signal's
 * detection) edited with the condition builder, in its own drag-and-drop context.
 * `undefined` = no condition; "add" starts an empty AND group.
 */
export function ConditionEditor({
  value,
  fields,
  readOnly,
  optional = true,
  onChange,
}: {
  value: unknown;
  fields: readonly BuilderField[];
  readOnly?: boolean;
  /** whether the condition may be removed (visible-when) or is mandatory (a trigger's when) */
  optional?: boolean;
  onChange: (logic: unknown) => void;
}) {
  const { t } = useStudioT();
  const [tree, setTree] = useState<GroupNode | null>(() => (value === undefined ? null : logicToTree(value)));
  const [synced, setSynced] = useState(value);
  const base = useRef<GroupNode | null>(null);
  if (value !== synced) {
    setSynced(value);
    setTree(value === undefined ? null : logicToTree(value));
  }
  const sensors = useStudioSensors();
  const commit = (g: GroupNode | null) => {
    setTree(g);
    const logic = g ? treeToLogic(g) : undefined;
    setSynced(logic);
    onChange(logic);
  };

  if (!tree)
    return readOnly ? null : (
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => commit({ kind: 'group', id: newId('g'), op: 'and', children: [] })}
      >
        {t('forms.addCondition')}
      </Button>
    );

  const onDragOver = (e: DragOverEvent) => {
    const over = ref(e.over);
    if (over) setTree((g) => (g ? dragOver(asModel(g), ref(e.active)!, over).rules[0]!.tree : g));
  };
  const onDragEnd = (e: DragEndEvent) => {
    const out = dragEnd(asModel(tree), ref(e.active)!, ref(e.over), fields).rules[0]!.tree;
    base.current = null;
    commit(out);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={scopedCollision}
      onDragStart={() => (base.current = tree)}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => base.current && setTree(base.current)}
    >
      <Flex align="start" gap={4}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <ConditionGroup
            group={tree}
            ruleUid="single"
            fields={fields}
            readOnly={readOnly}
            onChange={(g) => commit(g as GroupNode)}
          />
        </div>
        {optional && !readOnly && (
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            aria-label={t('forms.removeCondition')}
            title={t('forms.removeCondition')}
            onClick={() => commit(null)}
          />
        )}
      </Flex>
    </DndContext>
  );
}
