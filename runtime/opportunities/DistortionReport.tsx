import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import type { DistortionCase, DistortionReport as Report } from '../api/opportunities';
import { formatRate, labelText } from './format';
import { RequirementDiffView } from './RequirementDiffView';
import { REVIEW_COLORS } from './labels';

/** The outcome of a case: the review's decision (approved/rejected/open) and its note. */
function Outcome({ c }: { c: DistortionCase }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const o = c.outcome;
  if (typeof o === 'string' || (o && 'zh' in o)) return <span>{labelText(o as never, lang)}</span>;
  const status =
    c.review?.status ??
    (o?.decision === 'approve' ? 'approved' : o?.decision === 'reject' ? 'rejected' : o?.review);
  const note = c.review?.note ?? o?.note;
  return (
    <span data-testid="case-outcome">
      <Tag color={REVIEW_COLORS[status ?? ''] ?? 'default'}>
        {t(`opp.review.states.${status ?? 'none'}`, { defaultValue: status ?? t('opp.review.states.none') })}
      </Tag>
      {note}
    </span>
  );
}

/** C6: the month's top requirement-distortion cases, both versions side by side, and the outcome. */
export function DistortionReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (!report.cases.length) return <Empty description={t('opp.report.empty')} />;
  const cases = [...report.cases].sort((a, b) => b.rate - a.rate);
  return (
    <Flex vertical gap={16} data-testid="distortion-report">
      <Typography.Text>
        {t('opp.report.summary', {
          n: report.total ?? cases.length,
          average: formatRate(report.average ?? cases.reduce((s, c) => s + c.rate, 0) / cases.length),
        })}
      </Typography.Text>
      {cases.map((c, i) => (
        <Card
          key={`${c.opportunityId}-${i}`}
          size="small"
          className="distortion-case"
          data-case={c.opportunityId}
          title={
            <Flex gap={8} wrap align="center">
              <Tag color="red">#{i + 1}</Tag>
              <Link to={`/opportunities/${c.opportunityId}?tab=diff`}>
                {c.opportunityName ?? c.opportunityId}
              </Link>
              {c.customerName && <Typography.Text type="secondary">{c.customerName}</Typography.Text>}
              {c.industry && <Tag>{t(`industries.${c.industry}`, { defaultValue: c.industry })}</Tag>}
            </Flex>
          }
          extra={<Typography.Text strong>{formatRate(c.rate)}</Typography.Text>}
        >
          <Flex vertical gap={8}>
            <div>
              <Typography.Text type="secondary">{t('opp.report.outcome')}：</Typography.Text>
              <Outcome c={c} />
              {c.ownerName && (
                <Typography.Text type="secondary">
                  {' · '}
                  {t('opp.fields.owner')}：{c.ownerName}
                </Typography.Text>
              )}
            </div>
            <RequirementDiffView
              diff={{ rate: c.rate, threshold: c.threshold, fields: c.fields, comparedAt: c.comparedAt }}
              compact
              onlyDifferent
            />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
