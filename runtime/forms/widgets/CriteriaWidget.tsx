import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { moveItem, removeItem, replaceItem, type AcceptanceCriterion } from '../../../engine/forms';
import type { WidgetProps } from './types';

const PARTS = ['metric', 'target', 'verifiedBy'] as const;

/** acceptance_criteria: an ordered list (add, remove, move up/down) of criterion + metric/target/sign-off. */
export function CriteriaWidget({ field, value, onChange, readOnly, id }: WidgetProps<AcceptanceCriterion[]>) {
  const { t } = useTranslation();
  const list = Array.isArray(value) ? value : [];
  const max = field.validation?.maxItems;
  const set = (i: number, k: keyof AcceptanceCriterion, v: string) => {
    const item: Record<string, string> = { ...list[i] } as Record<string, string>;
    if (v === '' && k !== 'criterion') delete item[k];
    else item[k] = v;
    onChange(replaceItem(list, i, item as unknown as AcceptanceCriterion));
  };
  return (
    <div id={id} role="group" style={{ display: 'grid', gap: 8 }}>
      {list.length === 0 && <Typography.Text type="secondary">{t('forms.criteria.empty')}</Typography.Text>}
      {list.map((c, i) => (
        <Card
          key={i}
          size="small"
          title={t('forms.criteria.item', { n: i + 1 })}
          extra={
            !readOnly && (
              <span>
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('forms.criteria.moveUp')}
                  disabled={i === 0}
                  onClick={() => onChange(moveItem(list, i, i - 1))}
                />
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('forms.criteria.moveDown')}
                  disabled={i === list.length - 1}
                  onClick={() => onChange(moveItem(list, i, i + 1))}
                />
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('forms.criteria.remove')}
                  onClick={() => onChange(removeItem(list, i))}
                />
              </span>
            )
          }
        >
          <Input.TextArea
            aria-label={`${t('forms.criteria.criterion')} ${i + 1}`}
            placeholder={t('forms.criteria.criterion')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={c.criterion ?? ''}
            disabled={readOnly}
            onChange={(e) => set(i, 'criterion', e.target.value)}
          />
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
              gap: 8,
              marginTop: 8,
            }}
          >
            {PARTS.map((k) => (
              <Input
                key={k}
                aria-label={`${t(`forms.criteria.${k}`)} ${i + 1}`}
                placeholder={t(`forms.criteria.${k}`)}
                value={c[k] ?? ''}
                disabled={readOnly}
                onChange={(e) => set(i, k, e.target.value)}
              />
            ))}
          </div>
        </Card>
      ))}
      {!readOnly && (
        <div>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={max !== undefined && list.length >= max}
            onClick={() => onChange([...list, { criterion: '' }])}
          >
            {t('forms.criteria.add')}
          </Button>
        </div>
      )}
    </div>
  );
}
