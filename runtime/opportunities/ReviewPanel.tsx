import { useState } from 'react';
import { Alert, Button, Descriptions, Empty, Flex, Input, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../i18n';
import type { Review } from '../api/opportunities';
import { formatRate } from './format';
import { REVIEW_COLORS } from './labels';

export interface ReviewPanelProps {
  review: Review | null | undefined;
  /** The user holds reviews:decide; the review's approverRoles narrow it further when given. */
  canDecide?: boolean;
  role?: string;
  deciding?: boolean;
  onDecide?: (decision: 'approve' | 'reject', note: string) => Promise<unknown>;
}

function reviewerName(t: TFunction, r: NonNullable<Review['reviewers']>[number]): string {
  if (typeof r === 'string') return r;
  const role = r.role ? t(`roles.${r.role}`) : '';
  return r.name ? (role ? `${r.name}（${role}）` : r.name) : role || (r.id ?? '');
}

/** C5: the freeze review — who reviews, the rate, and approve/reject for those allowed. */
export function ReviewPanel({ review, canDecide: mayDecide, role, deciding, onDecide }: ReviewPanelProps) {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!review) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opp.review.none')} />;
  const open = review.status === 'open';
  const canDecide =
    mayDecide === true &&
    (!review.approverRoles?.length ||
      role === undefined ||
      role === 'admin' ||
      review.approverRoles.includes(role));
  const decide = async (d: 'approve' | 'reject') => {
    if (d === 'reject' && !note.trim()) return setError(t('opp.review.noteRequired'));
    setError(null);
    try {
      await onDecide?.(d, note.trim());
      setNote('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Flex vertical gap={12} data-testid="review-panel" data-status={review.status}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'status',
            label: t('opp.review.status'),
            children: (
              <Tag color={REVIEW_COLORS[review.status]}>
                {t(`opp.review.states.${review.status}`, { defaultValue: review.status })}
              </Tag>
            ),
          },
          ...(review.rate !== undefined
            ? [{ key: 'rate', label: t('opp.review.rate'), children: formatRate(review.rate) }]
            : []),
          ...(review.reviewers?.length
            ? [
                {
                  key: 'who',
                  label: t('opp.review.reviewers'),
                  children: review.reviewers.map((r) => reviewerName(t, r)).join('、'),
                },
              ]
            : []),
          ...(review.dueAt && open
            ? [{ key: 'due', label: t('opp.review.due'), children: dateTime(review.dueAt) }]
            : []),
          ...(!open && review.decidedAt
            ? [
                {
                  key: 'decided',
                  label: t('opp.review.decided'),
                  children: `${dateTime(review.decidedAt)}${review.decidedByName ? ` · ${review.decidedByName}` : ''}`,
                },
              ]
            : []),
          ...(review.note ? [{ key: 'note', label: t('opp.review.note'), children: review.note }] : []),
        ]}
      />
      {open && canDecide && onDecide && (
        <Flex vertical gap={8}>
          {error && <Alert type="error" showIcon role="alert" title={error} />}
          <label htmlFor={`review-note-${review.id}`}>
            <Typography.Text>{t('opp.review.noteLabel')}</Typography.Text>
          </label>
          <Input.TextArea
            id={`review-note-${review.id}`}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('opp.review.notePlaceholder')}
          />
          <Flex gap={8}>
            <Button type="primary" loading={deciding} onClick={() => void decide('approve')}>
              {t('opp.review.approve')}
            </Button>
            <Button danger loading={deciding} onClick={() => void decide('reject')}>
              {t('opp.review.reject')}
            </Button>
          </Flex>
        </Flex>
      )}
      {open && !canDecide && (
        <Typography.Text type="secondary">
          {t('opp.review.waiting', {
            roles: (review.approverRoles ?? ['manager']).map((r) => t(`roles.${r}`)).join('、'),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}
