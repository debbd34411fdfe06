import { Button, Card, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useDraggable } from '@dnd-kit/core';
import { DragHandle } from '../dnd/Sortable';
import { useStudioT } from '../i18n';
import { typeDragId } from './dnd';
import { FIELD_TYPES, type FieldType } from './model';

function PaletteType({ type, readOnly, onAdd }: { type: FieldType; readOnly?: boolean; onAdd: () => void }) {
  const { t } = useStudioT();
  const name = t(`forms.type.${type}`);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: typeDragId(type),
    data: { type: 'fieldType', fieldType: type },
    disabled: readOnly,
  });
  return (
    <Flex
      ref={setNodeRef}
      align="center"
      gap={6}
      data-testid={`ftype-${type}`}
      style={{ padding: '2px 0', opacity: isDragging ? 0.4 : 1 }}
    >
      <DragHandle
        handle={readOnly ? {} : { ...attributes, ...listeners }}
        label={t('forms.dragType', { name })}
      />
      <span style={{ flex: 1 }}>{name}</span>
      {!readOnly && (
        <Button
          size="small"
          type="text"
          icon={<PlusOutlined />}
          aria-label={t('forms.addType', { name })}
          title={t('forms.addType', { name })}
          onClick={onAdd}
        />
      )}
    </Flex>
  );
}

/** The field types as draggables; drop one on a section (or press its + to append it to the selected section). */
export function FieldTypePalette({
  readOnly,
  onAdd,
}: {
  readOnly?: boolean;
  onAdd: (type: FieldType) => void;
}) {
  const { t } = useStudioT();
  return (
    <Card size="small" title={t('forms.palette')} style={{ position: 'sticky', top: 8 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 6 }}>
        {t('forms.paletteHint')}
      </Typography.Paragraph>
      {FIELD_TYPES.map((type) => (
        <PaletteType key={type} type={type} readOnly={readOnly} onAdd={() => onAdd(type)} />
      ))}
    </Card>
  );
}
