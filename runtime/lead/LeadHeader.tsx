import type { ReactNode } from 'react';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { MailOutlined, PhoneOutlined, WechatOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LeadDetail } from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';
import { GradeTag } from '../leads/GradeTag';
import { STATUS_COLORS, channelLabel, statusLabel } from '../leads/labels';
import { describeAssignReason } from './assignReason';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Who the lead is, how it was graded and why, who owns it, and the status actions. */
export function LeadHeader({ lead, actions }: { lead: LeadDetail; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { text, dateTime } = useLocaleFormat();
  const c = lead.contact;
  const industry = lead.company.industry
    ? t(`industries.${lead.company.industry}`, { defaultValue: lead.company.industry })
    : null;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {lead.name}
            </Typography.Title>
            <GradeTag grade={lead.grade} />
            <Tag color={STATUS_COLORS[lead.status]} style={{ marginInlineEnd: 0 }} data-testid="lead-status">
              {statusLabel(t, lead.status)}
            </Tag>
          </Flex>
          <Typography.Text type="secondary">
            {[lead.company.name, industry, lead.company.province, c.title].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
        {actions}
      </Flex>
      {lead.grade && lead.grade.hits.length > 0 && (
        <Flex wrap gap={4} align="center" aria-label={t('lead.why')}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('lead.why')}
          </Typography.Text>
          {lead.grade.hits.map((h) => (
            <Tag key={h.ruleId} color={h.points < 0 ? 'default' : 'geekblue'} style={{ marginInlineEnd: 0 }}>
              {text(h.label)} {signed(h.points)}
            </Tag>
          ))}
        </Flex>
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'owner',
            label: t('leads.columns.owner'),
            children: (
              <span data-testid="lead-owner">
                {lead.ownerName ?? (
                  <Typography.Text type="secondary">{t('leads.unassigned')}</Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'channel',
            label: t('leads.columns.channel'),
            children: channelLabel(t, lead.source.channel),
          },
          { key: 'createdAt', label: t('leads.columns.createdAt'), children: dateTime(lead.createdAt) },
          ...(c.phone
            ? [
                {
                  key: 'phone',
                  label: t('lead.phone'),
                  children: (
                    <a href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>
                      <PhoneOutlined /> {c.phone}
                    </a>
                  ),
                },
              ]
            : []),
          ...(c.email
            ? [
                {
                  key: 'email',
                  label: t('lead.email'),
                  children: (
                    <a href={`mailto:${c.email}`}>
                      <MailOutlined /> {c.email}
                    </a>
                  ),
                },
              ]
            : []),
          ...(c.wecomId
            ? [
                {
                  key: 'wecom',
                  label: t('lead.wecom'),
                  children: (
                    <>
                      <WechatOutlined /> {c.wecomId}
                    </>
                  ),
                },
              ]
            : []),
          ...(lead.assignment?.reason
            ? [
                {
                  key: 'reason',
                  label: t('lead.assignReason'),
                  children: describeAssignReason(t, lead.assignment.reason),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
