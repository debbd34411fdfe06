import { Card, Flex, Tag, Typography } from 'antd';
import { useDraggable } from '@dnd-kit/core';
import { DragHandle } from '../dnd/Sortable';
import { fieldDragId } from '../dnd/ids';
import { useStudioT } from '../i18n';
import type { BuilderField } from './operators';

function PaletteField({ field, disabled }: { field: BuilderField; disabled?: boolean }) {
  const { t, text } = useStudioT();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: fieldDragId(field.path),
    data: { type: 'field', path: field.path },
    disabled,
  });
  return (
    <Flex
      ref={setNodeRef}
      align="center"
      gap={6}
      data-testid={`palette-${field.path}`}
      style={{ padding: '2px 0', opacity: isDragging ? 0.4 : 1 }}
    >
      <DragHandle
        handle={disabled ? {} : { ...attributes, ...listeners }}
        label={t('palette.dragField', { name: text(field.label) })}
      />
      <span>{text(field.label)}</span>
      <Tag style={{ marginInlineStart: 'auto', fontSize: 11 }}>{t(`types.${field.type}`)}</Tag>
    </Flex>
  );
}

/** The field catalogue as draggables: drop one on a group to add a condition on it. */
export function FieldPalette({ fields, readOnly }: { fields: readonly BuilderField[]; readOnly?: boolean }) {
  const { t } = useStudioT();
  return (
    <Card size="small" title={t('palette.title')} style={{ position: 'sticky', top: 8 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 6 }}>
        {t('palette.hint')}
      </Typography.Paragraph>
      <div style={{ maxHeight: '70vh', overflow: 'auto' }}>
        {fields.map((f) => (
          <PaletteField key={f.path} field={f} disabled={readOnly} />
        ))}
      </div>
    </Card>
  );
}
