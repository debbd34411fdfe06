import { memo, useState } from 'react';
import { Alert, Button, Card, Flex, Input, InputNumber, Select, Tag, Tooltip } from 'antd';
import { DeleteOutlined, DownOutlined, RightOutlined } from '@ant-design/icons';
import { logicText } from '../../engine/diff';
import { treeToLogic } from '../conditions/tree';
import { ConditionGroup } from '../conditions/ConditionGroup';
import type { BuilderField } from '../conditions/operators';
import type { GroupNode } from '../conditions/tree';
import { DragHandle, type HandleProps } from '../dnd/Sortable';
import type { Issue } from '../editor/issues';
import { useStudioT } from '../i18n';
import { RULE_CATEGORIES, type RuleModel } from './model';

export interface RuleCardProps {
  rule: RuleModel;
  index: number;
  fields: readonly BuilderField[];
  issues: readonly Issue[];
  readOnly?: boolean;
  /** large rule sets start collapsed to a one-line summary */
  defaultExpanded?: boolean;
  handle: HandleProps;
  onChange: (index: number, rule: RuleModel) => void;
  onRemove: (index: number) => void;
}

const Dim = ({ children }: { children: string }) => (
  <span style={{ color: '#8c8c8c', fontSize: 12 }}>{children}</span>
);

/** One scoring rule: id, bilingual label, category, points and its condition. */
export const RuleCard = memo(function RuleCard(props: RuleCardProps) {
  const { rule, index, fields, issues, readOnly, handle, onChange, onRemove } = props;
  const { t, text } = useStudioT();
  const [open, setOpen] = useState(props.defaultExpanded ?? true);
  const set = (patch: Partial<RuleModel>) => onChange(index, { ...rule, ...patch });
  return (
    <Card
      size="small"
      data-testid={`rule-${rule.id}`}
      style={{ marginBottom: 8, borderColor: issues.length ? '#ff4d4f' : undefined }}
      title={
        <Flex align="center" gap={8}>
          <DragHandle handle={handle} label={t('grading.dragRule', { name: text(rule.label) || rule.id })} />
          <Button
            type="text"
            size="small"
            aria-expanded={open}
            aria-label={t(open ? 'grading.collapse' : 'grading.expand')}
            icon={open ? <DownOutlined /> : <RightOutlined />}
            onClick={() => setOpen(!open)}
          />
          <span>{text(rule.label) || rule.id}</span>
          <Tag color={rule.points >= 0 ? 'green' : 'red'}>
            {rule.points >= 0 ? '+' : ''}
            {rule.points}
          </Tag>
        </Flex>
      }
      extra={
        !readOnly && (
          <Tooltip title={t('grading.removeRule')}>
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('grading.removeRule')}
              onClick={() => onRemove(index)}
            />
          </Tooltip>
        )
      }
    >
      {!open && <code style={{ fontSize: 12, color: '#595959' }}>{logicText(treeToLogic(rule.tree))}</code>}
      {open && (
        <>
          <Flex wrap gap={8} style={{ marginBottom: 8 }}>
            <Input
              prefix={<Dim>{t('grading.id')}</Dim>}
              aria-label={t('grading.id')}
              value={rule.id}
              readOnly={readOnly}
              style={{ width: 210 }}
              onChange={(e) => set({ id: e.target.value })}
            />
            <Input
              prefix={<Dim>中</Dim>}
              aria-label={t('grading.labelZh')}
              value={rule.label.zh}
              readOnly={readOnly}
              style={{ width: 230 }}
              onChange={(e) => set({ label: { ...rule.label, zh: e.target.value } })}
            />
            <Input
              prefix={<Dim>EN</Dim>}
              aria-label={t('grading.labelEn')}
              value={rule.label.en}
              readOnly={readOnly}
              style={{ width: 250 }}
              onChange={(e) => set({ label: { ...rule.label, en: e.target.value } })}
            />
            <Select
              aria-label={t('grading.category')}
              value={rule.category}
              disabled={readOnly}
              style={{ width: 130 }}
              options={RULE_CATEGORIES.map((c) => ({ value: c, label: t(`grading.categories.${c}`) }))}
              onChange={(category: string) => set({ category })}
            />
            <InputNumber
              prefix={<Dim>{t('grading.points')}</Dim>}
              aria-label={t('grading.points')}
              value={rule.points}
              readOnly={readOnly}
              min={-100}
              max={100}
              precision={0}
              style={{ width: 150 }}
              onChange={(v) => set({ points: Number(v ?? 0) })}
            />
          </Flex>
          <ConditionGroup
            group={rule.tree}
            ruleUid={rule.uid}
            fields={fields}
            readOnly={readOnly}
            onChange={(tree) => set({ tree: tree as GroupNode })}
          />
        </>
      )}
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={issues.map((i) => (
            <div key={i.path + i.message}>
              <code>{i.path}</code> {i.message}
            </div>
          ))}
        />
      )}
    </Card>
  );
});
