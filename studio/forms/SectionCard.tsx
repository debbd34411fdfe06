import { memo } from 'react';
import { Button, Card, Flex, Input, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { DragHandle, DropZone, Sortable, type HandleProps } from '../dnd/Sortable';
import type { Issue } from '../editor/issues';
import { useStudioT } from '../i18n';
import { sectionDropId } from './dnd';
import type { FieldModel, SectionModel } from './model';

interface Props {
  section: SectionModel;
  index: number;
  handle: HandleProps;
  selected: string | null;
  issues: readonly Issue[];
  readOnly?: boolean;
  onSelect: (fieldUid: string) => void;
  onRename: (index: number, title: { zh: string; en: string }) => void;
  onRemove: (index: number) => void;
  onRemoveField: (fieldUid: string) => void;
}

function FieldRow({
  field,
  handle,
  selected,
  hasIssues,
  readOnly,
  onSelect,
  onRemove,
}: {
  field: FieldModel;
  handle: HandleProps;
  selected: boolean;
  hasIssues: boolean;
  readOnly?: boolean;
  onSelect: () => void;
  onRemove: () => void;
}) {
  const { t, text } = useStudioT();
  const d = field.data;
  const label = text(d.label as { zh: string; en: string }) || String(d.key);
  return (
    <Flex
      align="center"
      gap={6}
      data-testid={`field-${String(d.key)}`}
      aria-current={selected || undefined}
      style={{
        padding: '4px 6px',
        margin: '3px 0',
        borderRadius: 6,
        border: `1px solid ${selected ? '#1677ff' : '#f0f0f0'}`,
        background: selected ? '#e6f4ff' : '#fff',
      }}
    >
      <DragHandle handle={handle} label={t('forms.dragField', { name: label })} />
      <button
        type="button"
        onClick={onSelect}
        style={{
          flex: 1,
          textAlign: 'start',
          border: 0,
          background: 'transparent',
          cursor: 'pointer',
          padding: 0,
        }}
      >
        {hasIssues && <ExclamationCircleFilled style={{ color: '#ff4d4f', marginInlineEnd: 4 }} />}
        {label}
        {d.required === true && <span style={{ color: '#ff4d4f' }}> *</span>}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
          {String(d.key)}
        </Typography.Text>
      </button>
      {typeof d.element === 'string' && <Tag color="purple">{t(`forms.element.${d.element}`)}</Tag>}
      <Tag>{t(`forms.type.${String(d.type)}`)}</Tag>
      {!readOnly && (
        <Tooltip title={t('forms.removeField')}>
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('forms.removeField')}
            onClick={onRemove}
          />
        </Tooltip>
      )}
    </Flex>
  );
}

/** One section of the canvas: title (zh/en), its sortable fields, a drop zone for new ones. */
export const SectionCard = memo(function SectionCard({
  section,
  index,
  handle,
  selected,
  issues,
  readOnly,
  onSelect,
  onRename,
  onRemove,
  onRemoveField,
}: Props) {
  const { t } = useStudioT();
  const title = (section.data.title ?? { zh: '', en: '' }) as { zh: string; en: string };
  const badFields = new Set(
    issues
      .map((i) => /^\/sections\/\d+\/fields\/(\d+)/.exec(i.path)?.[1])
      .filter((x): x is string => x !== undefined)
      .map(Number),
  );
  return (
    <Card
      size="small"
      style={{ marginBottom: 10 }}
      data-testid={`section-${String(section.data.id)}`}
      title={
        <Flex align="center" gap={6}>
          <DragHandle handle={handle} label={t('forms.dragSection', { name: title.zh })} />
          <Input
            size="small"
            aria-label={t('forms.sectionZh')}
            value={title.zh}
            readOnly={readOnly}
            status={title.zh ? undefined : 'error'}
            style={{ maxWidth: 200 }}
            onChange={(e) => onRename(index, { ...title, zh: e.target.value })}
          />
          <Input
            size="small"
            aria-label={t('forms.sectionEn')}
            value={title.en}
            readOnly={readOnly}
            status={title.en ? undefined : 'error'}
            style={{ maxWidth: 200 }}
            onChange={(e) => onRename(index, { ...title, en: e.target.value })}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('forms.fieldCount', { count: section.fields.length })}
          </Typography.Text>
        </Flex>
      }
      extra={
        !readOnly && (
          <Tooltip title={t('forms.removeSection')}>
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('forms.removeSection')}
              onClick={() => onRemove(index)}
            />
          </Tooltip>
        )
      }
    >
      <SortableContext items={section.fields.map((f) => f.uid)} strategy={verticalListSortingStrategy}>
        {section.fields.map((f, i) => (
          <Sortable
            key={f.uid}
            id={f.uid}
            data={{ type: 'formField', sectionUid: section.uid }}
            readOnly={readOnly}
          >
            {(h) => (
              <FieldRow
                field={f}
                handle={h}
                selected={selected === f.uid}
                hasIssues={badFields.has(i)}
                readOnly={readOnly}
                onSelect={() => onSelect(f.uid)}
                onRemove={() => onRemoveField(f.uid)}
              />
            )}
          </Sortable>
        ))}
      </SortableContext>
      {!readOnly && (
        <DropZone
          id={sectionDropId(section.uid)}
          data={{ type: 'formContainer', sectionUid: section.uid }}
          label={section.fields.length ? t('forms.dropHere') : t('forms.emptySection')}
        />
      )}
    </Card>
  );
});
