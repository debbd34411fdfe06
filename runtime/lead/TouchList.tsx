import { Divider, Empty, Skeleton, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touch } from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';
import { TouchKeywords } from './TouchKeywords';
import { touchChannelLabel } from './timelineLabels';

/** The lead's touches, newest first, with what the notes said. */
export function TouchList({ touches, loading }: { touches: Touch[]; loading?: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  if (loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (!touches.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('touch.empty')} />;
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="touch-list">
      {touches.map((touch, i) => (
        <Fragment key={touch.id}>
          {i > 0 && <Divider style={{ margin: '12px 0' }} />}
          <li style={{ minWidth: 0 }}>
            <Typography.Text strong>{touchChannelLabel(t, touch.channel)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {dateTime(touch.at)}
              {touch.userName ? ` · ${touch.userName}` : ''}
            </Typography.Text>
            {touch.note && (
              <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
                {touch.note}
              </Typography.Paragraph>
            )}
            {touch.transcript && (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2, expandable: true, symbol: t('touch.more') }}
                style={{ margin: '4px 0' }}
              >
                {touch.transcript}
              </Typography.Paragraph>
            )}
            <TouchKeywords keywords={touch.keywords} compact />
          </li>
        </Fragment>
      ))}
    </ol>
  );
}
