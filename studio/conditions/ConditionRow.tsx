import { useState } from 'react';
import { Button, Flex, Input, Select, Tooltip, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { DragHandle, type HandleProps } from '../dnd/Sortable';
import { useStudioT } from '../i18n';
import { defaultValue, operatorsFor, valueFits, type BuilderField } from './operators';
import type { CondNode, CondOp, RawNode } from './tree';
import { ValueInput } from './ValueInput';

interface RowProps<N> {
  node: N;
  fields: readonly BuilderField[];
  handle: HandleProps;
  readOnly?: boolean;
  onChange: (n: N | CondNode | RawNode) => void;
  onRemove: () => void;
}

/** One condition: field picker → operators of the field's type → value widget. */
export function ConditionRow({ node, fields, handle, readOnly, onChange, onRemove }: RowProps<CondNode>) {
  const { t, text } = useStudioT();
  const field = fields.find((f) => f.path === node.field);
  const ops = operatorsFor(field?.type ?? 'string');
  const name = field ? text(field.label) : node.field;

  const pickField = (path: string) => {
    const f = fields.find((x) => x.path === path);
    const allowed = operatorsFor(f?.type ?? 'string');
    const op: CondOp = allowed.includes(node.op) ? node.op : allowed[0]!;
    const value = valueFits(f, op, node.value) ? node.value : defaultValue(f, op);
    onChange({ ...node, field: path, op, value });
  };
  const pickOp = (op: CondOp) =>
    onChange({ ...node, op, value: valueFits(field, op, node.value) ? node.value : defaultValue(field, op) });

  return (
    <Flex wrap align="center" gap={6} data-testid={`cond-${node.field}`} style={{ padding: '3px 0' }}>
      <DragHandle handle={handle} label={t('builder.dragCondition', { name })} />
      <Select
        aria-label={t('builder.field')}
        value={node.field}
        disabled={readOnly}
        status={field ? undefined : 'error'}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 170 }}
        options={fields.map((f) => ({ value: f.path, label: text(f.label) }))}
        onChange={pickField}
      />
      <Select<CondOp>
        aria-label={t('builder.operator')}
        value={node.op}
        disabled={readOnly}
        style={{ minWidth: 110 }}
        options={ops.map((o) => ({ value: o, label: t(`ops.${opKey(o, field?.type)}`) }))}
        onChange={pickOp}
      />
      <ValueInput
        field={field}
        op={node.op}
        value={node.value}
        disabled={readOnly}
        label={t('builder.valueOf', { name })}
        onChange={(value) => onChange({ ...node, value })}
      />
      {field?.type === 'money' && typeof node.value === 'number' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          = {node.value.toLocaleString()} CNY
        </Typography.Text>
      )}
      {!readOnly && (
        <Tooltip title={t('builder.remove')}>
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('builder.remove')}
            onClick={onRemove}
          />
        </Tooltip>
      )}
    </Flex>
  );
}

/** Operator label keys: `has` reads "contains" on text fields, "includes tag" on tags. */
export function opKey(op: CondOp, type?: string): string {
  if (op === 'has') return type === 'tags' ? 'hasTag' : 'contains';
  return (
    { '==': 'eq', '===': 'eq', '!=': 'ne', '!==': 'ne', '>': 'gt', '>=': 'ge', '<': 'lt', '<=': 'le' }[
      op as string
    ] ?? op
  );
}

/** A part of a rule the builder cannot express: its JSON Logic, editable as text. */
export function RawRow({ node, handle, readOnly, onChange, onRemove }: RowProps<RawNode>) {
  const { t } = useStudioT();
  const [draft, setDraft] = useState(() => JSON.stringify(node.logic, null, 1));
  const [bad, setBad] = useState(false);
  return (
    <Flex align="start" gap={6} style={{ padding: '3px 0' }} data-testid="raw-logic">
      <DragHandle handle={handle} label={t('builder.dragRaw')} />
      <div style={{ flex: 1 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('builder.raw')}
        </Typography.Text>
        <Input.TextArea
          aria-label={t('builder.raw')}
          value={draft}
          readOnly={readOnly}
          status={bad ? 'error' : undefined}
          autoSize={{ minRows: 1, maxRows: 8 }}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          onChange={(e) => {
            setDraft(e.target.value);
            try {
              onChange({ ...node, logic: JSON.parse(e.target.value) as unknown });
              setBad(false);
            } catch {
              setBad(true);
            }
          }}
        />
      </div>
      {!readOnly && (
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('builder.remove')}
          onClick={onRemove}
        />
      )}
    </Flex>
  );
}
