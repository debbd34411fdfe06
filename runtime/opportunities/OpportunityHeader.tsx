import type { ReactNode } from 'react';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetail } from '../api/opportunities';
import { formatWan } from './format';

/** Name, customer, amount in 万元, expected close, owner, industry — plus the stage bar below. */
export function OpportunityHeader({ opp, children }: { opp: OpportunityDetail; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="opportunity-name">
          {opp.name}
        </Typography.Title>
        {opp.frozen && (
          <Tag color="red" icon={<LockOutlined />} data-testid="frozen-badge">
            {t('opp.frozen.badge')}
          </Tag>
        )}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3, lg: 5 }}
        items={[
          {
            key: 'customer',
            label: t('opp.fields.customer'),
            children: opp.customerName ?? t('common.none'),
          },
          { key: 'amount', label: t('opp.fields.amount'), children: formatWan(t, opp.amount) },
          { key: 'close', label: t('opp.fields.expectedClose'), children: opp.expectedClose },
          { key: 'owner', label: t('opp.fields.owner'), children: opp.ownerName ?? t('common.none') },
          {
            key: 'industry',
            label: t('opp.fields.industry'),
            children: t(`industries.${opp.industry}`, { defaultValue: opp.industry }),
          },
        ]}
      />
      {children}
    </Flex>
  );
}
