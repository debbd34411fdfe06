import { useCallback, useMemo, useState } from 'react';
import { Button, Card, Col, Flex, Form, Row, Select, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DndContext, type DragEndEvent, type DragOverEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { scopedCollision } from '../dnd/collision';
import { dragRef } from '../dnd/ids';
import { useStudioSensors } from '../dnd/sensors';
import { Sortable, StudioStyles } from '../dnd/Sortable';
import { issuesByIndex, NO_ISSUES } from '../editor/issues';
import type { KindEditorProps } from '../editor/types';
import { useSyncedModel } from '../editor/useSyncedModel';
import { useStudioT } from '../i18n';
import { addToSection, dragEnd, dragOver, sectionDragId } from './dnd';
import { asList, asText, setMember } from './edit';
import { FieldProperties } from './FieldProperties';
import { FieldTypePalette } from './FieldTypePalette';
import { FormPreview } from './FormPreview';
import { I18nInputs } from './I18nInputs';
import {
  conditionFields,
  fromContent,
  locateField,
  newSection,
  removeField,
  toContent,
  updateField,
  type FieldType,
  type FormModel,
  type Json,
} from './model';
import { SectionCard } from './SectionCard';
import { TriggersEditor } from './TriggersEditor';

const PURPOSES = ['requirements', 'delivery_assessment', 'qualification', 'visit_report', 'custom'];

const ref = dragRef;

/** S1 form-template editor: field-type palette, sections canvas, properties, triggers, live preview. */
export function FormTemplateEditor({ value, onChange, issues, readOnly }: KindEditorProps) {
  const { t } = useStudioT();
  const [selected, setSelected] = useState<string | null>(null);
  const { model, setModel, modelRef, commit, content } = useSyncedModel<FormModel>(
    value,
    onChange,
    fromContent,
    toContent,
    () => setSelected(null),
  );
  const [dragBase, setDragBase] = useState<FormModel | null>(null);
  const [tab, setTab] = useState('properties');
  const setBase = (k: string, v: unknown) =>
    commit({ ...modelRef.current, base: setMember(modelRef.current.base, k, v) });

  const sensors = useStudioSensors();
  const bySection = useMemo(() => issuesByIndex(issues, '/sections'), [issues]);
  const at = selected ? locateField(model, selected) : null;
  const selectedField = at ? model.sections[at.s]!.fields[at.f]! : null;
  const fieldIssues = at
    ? issues.filter(
        (i) =>
          i.path.startsWith(`/sections/${at.s}/fields/${at.f}/`) ||
          i.path === `/sections/${at.s}/fields/${at.f}`,
      )
    : NO_ISSUES;
  const condFields = useMemo(
    () => conditionFields(model, selectedField ? String(selectedField.data.key) : undefined),
    [model, selectedField],
  );
  const allFields = useMemo(() => conditionFields(model), [model]);

  const select = (uid: string | undefined) => {
    if (!uid) return;
    setSelected(uid);
    setTab('properties');
  };
  const addType = (type: FieldType) => {
    const m = modelRef.current;
    const sectionUid = (at ? m.sections[at.s]?.uid : undefined) ?? m.sections.at(-1)?.uid;
    if (!sectionUid) return;
    const out = addToSection(m, sectionUid, type);
    commit(out.model);
    select(out.created);
  };
  const onDragOver = (e: DragOverEvent) => {
    const over = ref(e.over);
    if (over) setModel((m) => dragOver(m, ref(e.active)!, over));
  };
  const onDragEnd = (e: DragEndEvent) => {
    setDragBase(null);
    const out = dragEnd(modelRef.current, ref(e.active)!, ref(e.over));
    if (out.model !== dragBase) commit(out.model);
    select(out.created);
  };
  const renameSection = useCallback(
    (i: number, title: { zh: string; en: string }) => {
      const m = modelRef.current;
      commit({
        ...m,
        sections: m.sections.map((s, j) => (j === i ? { ...s, data: { ...s.data, title } } : s)),
      });
    },
    [commit, modelRef],
  );
  const removeSection = useCallback(
    (i: number) => {
      const m = modelRef.current;
      commit({ ...m, sections: m.sections.filter((_, j) => j !== i) });
    },
    [commit, modelRef],
  );
  const removeOne = useCallback(
    (uid: string) => commit(removeField(modelRef.current, uid)),
    [commit, modelRef],
  );

  const title = asText(model.base.title);
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
          <Col xs={24} md={6} xl={4}>
            <FieldTypePalette readOnly={readOnly} onAdd={addType} />
          </Col>
          <Col xs={24} md={18} xl={10}>
            <Card size="small" style={{ marginBottom: 10 }}>
              <Form layout="vertical" size="small" component="div">
                <Flex gap={8} wrap>
                  <div style={{ flex: 2, minWidth: 220 }}>
                    <I18nInputs
                      label={t('forms.title')}
                      value={title}
                      readOnly={readOnly}
                      onChange={(v) => setBase('title', v)}
                    />
                  </div>
                  <Form.Item label={t('forms.purpose')} style={{ flex: 1, minWidth: 140 }}>
                    <Select
                      aria-label={t('forms.purpose')}
                      value={String(model.base.purpose ?? 'custom')}
                      disabled={readOnly}
                      options={PURPOSES.map((p) => ({ value: p, label: t(`forms.purposes.${p}`) }))}
                      onChange={(v) => setBase('purpose', v)}
                    />
                  </Form.Item>
                </Flex>
              </Form>
            </Card>
            <SortableContext
              items={model.sections.map((s) => sectionDragId(s.uid))}
              strategy={verticalListSortingStrategy}
            >
              {model.sections.map((s, i) => (
                <Sortable
                  key={s.uid}
                  id={sectionDragId(s.uid)}
                  data={{ type: 'section' }}
                  readOnly={readOnly}
                >
                  {(h) => (
                    <SectionCard
                      section={s}
                      index={i}
                      handle={h}
                      selected={selected}
                      issues={bySection.get(i) ?? NO_ISSUES}
                      readOnly={readOnly}
                      onSelect={select}
                      onRename={renameSection}
                      onRemove={removeSection}
                      onRemoveField={removeOne}
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
                    sections: [...modelRef.current.sections, newSection(modelRef.current)],
                  })
                }
              >
                {t('forms.addSection')}
              </Button>
            )}
          </Col>
          <Col xs={24} xl={10}>
            <Tabs
              activeKey={tab}
              onChange={setTab}
              items={[
                {
                  key: 'properties',
                  label: t('forms.properties'),
                  children: (
                    <FieldProperties
                      key={selected ?? 'none'}
                      field={selectedField?.data ?? null}
                      fields={condFields}
                      issues={fieldIssues}
                      readOnly={readOnly}
                      onChange={(d: Json) => selected && commit(updateField(modelRef.current, selected, d))}
                    />
                  ),
                },
                {
                  key: 'triggers',
                  label: t('forms.triggers'),
                  children: (
                    <TriggersEditor
                      value={asList(model.base.triggers)}
                      fields={allFields}
                      readOnly={readOnly}
                      onChange={(v) =>
                        commit({ ...modelRef.current, base: { ...modelRef.current.base, triggers: v } })
                      }
                    />
                  ),
                },
                {
                  key: 'preview',
                  label: t('forms.preview'),
                  children: <FormPreview content={content} issues={issues} />,
                },
              ]}
            />
          </Col>
        </Row>
      </DndContext>
    </div>
  );
}
