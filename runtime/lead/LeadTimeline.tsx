import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';
import { describeEvent } from './timelineLabels';

export interface LeadTimelineProps {
  events: TimelineEvent[];
  loading?: boolean;
}

/** What happened to the lead, newest first, with who did it. */
export function LeadTimeline({ events, loading }: LeadTimelineProps) {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  if (loading) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />;
  const newestFirst = [...events].reverse();
  return (
    <Timeline
      data-testid="lead-timeline"
      items={newestFirst.map((e) => {
        const { title, detail, color } = describeEvent(t, e);
        return {
          key: e.id,
          color,
          content: (
            <div data-type={e.type}>
              <Typography.Text strong>{title}</Typography.Text>
              {detail && (
                <div>
                  <Typography.Text type="secondary">{detail}</Typography.Text>
                </div>
              )}
              <div style={{ fontSize: 12, opacity: 0.65 }}>
                {dateTime(e.at)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </div>
            </div>
          ),
        };
      })}
    />
  );
}
