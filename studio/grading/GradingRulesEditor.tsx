import { useCallback, useMemo, useState } from 'react';
import { Button, Col, Empty, Row } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DndContext, type DragEndEvent, type DragOverEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { fieldsOf } from '../../schemas';
import { FieldPalette } from '../conditions/FieldPalette';
import type { BuilderField } from '../conditions/operators';
import { scopedCollision } from '../dnd/collision';
import { dragRef, ruleDragId } from '../dnd/ids';
import { useStudioSensors } from '../dnd/sensors';
import { Sortable, StudioStyles } from '../dnd/Sortable';
import { issuesByIndex, NO_ISSUES } from '../editor/issues';
import type { KindEditorProps } from '../editor/types';
import { useSyncedModel } from '../editor/useSyncedModel';
import { useStudioT } from '../i18n';
import { dragEnd, dragOver } from './dnd';
import { fromContent, newRule, toContent, type GradingModel, type RuleModel } from './model';
import { RuleCard } from './RuleCard';
import { Thresholds } from './Thresholds';

const LEAD_FIELDS: readonly BuilderField[] = fieldsOf('lead').filter((f) => !f.path.startsWith('grade.'));

/** Rule sets larger than this open collapsed (one line per rule; expand to edit). */
export const EXPANDED_UP_TO = 20;

const ref = dragRef;

/** S1 grading-rules editor: sortable rules, nested condition groups, field palette, thresholds. */
export function GradingRulesEditor({ value, onChange, issues, readOnly }: KindEditorProps) {
  const { t } = useStudioT();
  const { model, setModel, modelRef, commit } = useSyncedModel<GradingModel>(
    value,
    onChange,
    fromContent,
    toContent,
  );
  const [dragBase, setDragBase] = useState<GradingModel | null>(null);
  const changeRule = useCallback(
    (i: number, rule: RuleModel) => {
      const m = modelRef.current;
      commit({ ...m, rules: m.rules.map((r, j) => (j === i ? rule : r)) });
    },
    [commit, modelRef],
  );
  const removeRule = useCallback(
    (i: number) => {
      const m = modelRef.current;
      commit({ ...m, rules: m.rules.filter((_, j) => j !== i) });
    },
    [commit, modelRef],
  );

  const sensors = useStudioSensors();
  const byRule = useMemo(() => issuesByIndex(issues, '/rules'), [issues]);

  const onDragOver = (e: DragOverEvent) => {
    const over = ref(e.over);
    if (over) setModel((m) => dragOver(m, ref(e.active)!, over));
  };
  const onDragEnd = (e: DragEndEvent) => {
    setDragBase(null);
    const final = dragEnd(modelRef.current, ref(e.active)!, ref(e.over), LEAD_FIELDS);
    if (final !== dragBase) commit(final);
  };

  return (
    <div className="studio-editor">
      <StudioStyles />
      <DndContext
        sensors={sensors}
        collisionDetection={scopedCollision}
        onDragStart={() => setDragBase(modelRef.current)}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          if (dragBase) setModel(dragBase);
          setDragBase(null);
        }}
      >
        <Row gutter={12}>
          <Col xs={24} md={7} xl={6}>
            <FieldPalette fields={LEAD_FIELDS} readOnly={readOnly} />
          </Col>
          <Col xs={24} md={17} xl={18}>
            <Thresholds
              value={model.thresholds}
              readOnly={readOnly}
              onChange={(thresholds) => commit({ ...modelRef.current, thresholds })}
            />
            {model.rules.length === 0 && <Empty description={t('grading.noRules')} />}
            <SortableContext
              items={model.rules.map((r) => ruleDragId(r.uid))}
              strategy={verticalListSortingStrategy}
            >
              {model.rules.map((rule, i) => (
                <Sortable
                  key={rule.uid}
                  id={ruleDragId(rule.uid)}
                  data={{ type: 'rule', ruleUid: rule.uid }}
                  readOnly={readOnly}
                >
                  {(handle) => (
                    <RuleCard
                      rule={rule}
                      index={i}
                      fields={LEAD_FIELDS}
                      issues={byRule.get(i) ?? NO_ISSUES}
                      readOnly={readOnly}
                      defaultExpanded={model.rules.length <= EXPANDED_UP_TO}
                      handle={handle}
                      onChange={changeRule}
                      onRemove={removeRule}
                    />
                  )}
                </Sortable>
              ))}
            </SortableContext>
            {!readOnly && (
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() =>
                  commit({
                    ...modelRef.current,
                    rules: [...modelRef.current.rules, newRule(modelRef.current.rules)],
                  })
                }
              >
                {t('grading.addRule')}
              </Button>
            )}
          </Col>
        </Row>
      </DndContext>
    </div>
  );
}
