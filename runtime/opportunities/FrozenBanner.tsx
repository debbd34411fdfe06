import { Alert, Button } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RequirementDiff, Review } from '../api/opportunities';
import { formatRate } from './format';

export interface FrozenBannerProps {
  diff?: RequirementDiff | null;
  review?: Review | null;
  onShowDiff?: () => void;
}

/** C5: the opportunity is frozen by the information-decay circuit breaker until a review approves it. */
export function FrozenBanner({ diff, review, onShowDiff }: FrozenBannerProps) {
  const { t } = useTranslation();
  const threshold = diff?.threshold ?? review?.threshold;
  return (
    <Alert
      type="error"
      showIcon
      icon={<LockOutlined />}
      role="alert"
      data-testid="frozen-banner"
      title={t('opp.frozen.title')}
      description={
        <>
          {diff || review?.rate !== undefined
            ? t('opp.frozen.rate', {
                rate: formatRate(diff?.rate ?? review?.rate),
                threshold: formatRate(threshold ?? 0.15),
              })
            : t('opp.frozen.noRate')}{' '}
          {review?.status === 'open' ? t('opp.frozen.reviewOpen') : t('opp.frozen.onlyApproval')}
        </>
      }
      action={
        onShowDiff ? (
          <Button size="small" danger onClick={onShowDiff}>
            {t('opp.frozen.showDiff')}
          </Button>
        ) : undefined
      }
    />
  );
}
