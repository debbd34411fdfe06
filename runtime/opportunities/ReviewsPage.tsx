import { Alert, App, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { useDecideReview, useMyReviews } from '../api/opportunities';
import { ReviewPanel } from './ReviewPanel';

/** `/reviews`: the freeze reviews the user takes part in (C5); approvers decide here. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const reviews = useMyReviews();
  const decide = useDecideReview();
  const sorted = [...(reviews.data ?? [])].sort(
    (a, b) => Number(b.status === 'open') - Number(a.status === 'open'),
  );
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('opp.reviews.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('opp.reviews.intro')}</Typography.Paragraph>
      {reviews.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : reviews.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('opp.reviews.loadError')}
          description={reviews.error.message}
          action={<Button onClick={() => void reviews.refetch()}>{t('common.retry')}</Button>}
        />
      ) : sorted.length === 0 ? (
        <Empty description={t('opp.reviews.empty')} />
      ) : (
        <Flex vertical gap={12} data-testid="review-list">
          {sorted.map((r) => (
            <Card
              key={r.id}
              size="small"
              title={
                <Link to={`/opportunities/${r.opportunityId}?tab=diff`}>
                  {r.opportunityName ?? r.opportunityId}
                </Link>
              }
            >
              <ReviewPanel
                review={r}
                canDecide={can(session, 'reviews:decide')}
                role={session.user.role}
                deciding={decide.isPending && decide.variables?.id === r.id}
                onDecide={(decision, note) =>
                  decide
                    .mutateAsync({ id: r.id, decision, note, opportunityId: r.opportunityId })
                    .then(() => message.success(t(`opp.review.done.${decision}`)))
                }
              />
            </Card>
          ))}
        </Flex>
      )}
    </>
  );
}
