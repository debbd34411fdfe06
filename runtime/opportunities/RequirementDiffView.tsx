import { useState } from 'react';
import { Card, Empty, Flex, Progress, Switch, Table, Tag, Typography } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage, useLocaleFormat } from '../i18n';
import type { DiffField, RequirementDiff } from '../api/opportunities';
import { formatRate, labelText, valueText } from './format';

export interface RequirementDiffViewProps {
  diff: RequirementDiff | null | undefined;
  /** The artefact's threshold when the diff does not carry one (15% by default). */
  threshold?: number;
  /** Per field, option value → label (from the requirement template), for select values. */
  optionLabels?: Map<string, Map<string, string>>;
  compact?: boolean;
  /** Start with the agreeing fields hidden (the report shows only what disagrees). */
  onlyDifferent?: boolean;
}

function detailText(
  t: TFunction,
  d: DiffField['detail'],
  lang: 'zh-CN' | 'en',
  options?: Map<string, string>,
): string {
  const named = (xs: string[]) => xs.map((x) => options?.get(x) ?? x).join('、');
  if (!d) return '';
  if (typeof d === 'string') return d;
  if (!('kind' in d)) return labelText(d, lang);
  const pct = (n: number) => formatRate(n);
  switch (d.kind) {
    case 'missing':
      return t(`opp.diff.details.missing_${d.side}`);
    case 'set':
      return [
        d.onlySales.length ? t('opp.diff.details.onlySales', { items: named(d.onlySales) }) : '',
        d.onlyDelivery.length ? t('opp.diff.details.onlyDelivery', { items: named(d.onlyDelivery) }) : '',
        t('opp.diff.details.overlap', { overlap: pct(d.overlap), min: pct(d.min) }),
      ]
        .filter(Boolean)
        .join('；');
    case 'number':
      return t('opp.diff.details.number', { delta: d.delta, relative: pct(Math.abs(d.relative)) });
    case 'date':
      return t('opp.diff.details.date', { days: d.days, maxDays: d.maxDays });
    case 'text':
      return t('opp.diff.details.text', { similarity: pct(d.similarity), min: pct(d.min) });
    default:
      return '';
  }
}

/** C5: sales vs delivery, field by field: equal or not, the weight, and the rate against the threshold. */
export function RequirementDiffView({
  diff,
  threshold,
  optionLabels,
  compact,
  onlyDifferent,
}: RequirementDiffViewProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { dateTime } = useLocaleFormat();
  const [onlyDiff, setOnlyDiff] = useState(onlyDifferent === true);
  if (!diff) return <Empty description={t('opp.diff.none')} data-testid="diff-empty" />;
  const limit = diff.threshold ?? threshold ?? 0.15;
  const over = diff.rate > limit;
  const rows = onlyDiff ? diff.fields.filter((f) => !f.equal) : diff.fields;
  const differing = diff.fields.filter((f) => !f.equal).length;
  return (
    <Flex vertical gap={12} data-testid="requirement-diff">
      <Card size="small">
        <Flex gap={24} wrap align="center">
          <Progress
            type="dashboard"
            size={96}
            percent={Math.round(diff.rate * 1000) / 10}
            status={over ? 'exception' : 'success'}
            format={() => formatRate(diff.rate)}
            aria-label={t('opp.diff.rate')}
          />
          <div>
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="diff-rate">
              {t('opp.diff.rateVsThreshold', { rate: formatRate(diff.rate), threshold: formatRate(limit) })}
            </Typography.Title>
            <Tag color={over ? 'red' : 'green'} style={{ marginTop: 8 }}>
              {over ? t('opp.diff.over') : t('opp.diff.under')}
            </Tag>
            <Typography.Text type="secondary">
              {t('opp.diff.summary', { differing, total: diff.fields.length })}
              {diff.comparedAt ? ` · ${dateTime(diff.comparedAt)}` : ''}
            </Typography.Text>
          </div>
          {!compact && (
            <Flex gap={8} align="center" style={{ marginInlineStart: 'auto' }}>
              <Switch checked={onlyDiff} onChange={setOnlyDiff} id="diff-only" />
              <label htmlFor="diff-only">{t('opp.diff.onlyDifferent')}</label>
            </Flex>
          )}
        </Flex>
      </Card>
      <Table<DiffField>
        size="small"
        rowKey="field"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={rows}
        rowClassName={(f) => (f.equal ? 'diff-equal' : 'diff-different')}
        onRow={(f) => ({ 'data-field': f.field, 'data-equal': f.equal ? 'true' : 'false' }) as never}
        columns={[
          {
            key: 'field',
            title: t('opp.diff.field'),
            width: 150,
            render: (_, f) => <Typography.Text strong>{labelText(f.label, lang, f.field)}</Typography.Text>,
          },
          {
            key: 'sales',
            title: t('opp.diff.sales'),
            render: (_, f) => (
              <span style={f.equal ? undefined : { background: 'rgba(250,173,20,0.15)' }}>
                {valueText(t, f.sales, optionLabels?.get(f.field))}
              </span>
            ),
          },
          {
            key: 'delivery',
            title: t('opp.diff.delivery'),
            render: (_, f) => (
              <span style={f.equal ? undefined : { background: 'rgba(255,77,79,0.12)' }}>
                {valueText(t, f.delivery, optionLabels?.get(f.field))}
              </span>
            ),
          },
          {
            key: 'equal',
            title: t('opp.diff.verdict'),
            width: 100,
            render: (_, f) =>
              f.equal ? (
                <Tag color="green" icon={<CheckCircleOutlined />}>
                  {t('opp.diff.equal')}
                </Tag>
              ) : (
                <Tag color="red" icon={<ExclamationCircleOutlined />}>
                  {t('opp.diff.different')}
                </Tag>
              ),
          },
          { key: 'weight', title: t('opp.diff.weight'), width: 70, align: 'right', dataIndex: 'weight' },
          ...(compact
            ? []
            : [
                {
                  key: 'detail',
                  title: t('opp.diff.detail'),
                  render: (_: unknown, f: DiffField) => (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {detailText(t, f.detail, lang, optionLabels?.get(f.field))}
                    </Typography.Text>
                  ),
                },
              ]),
        ]}
      />
    </Flex>
  );
}
