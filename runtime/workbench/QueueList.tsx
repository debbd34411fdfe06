import { Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../common/Countdown';
import { GradeTag } from '../leads/GradeTag';
import { useLocaleText } from './useLocaleText';
import type { QueueItem } from './api';

export interface QueueListProps {
  items: QueueItem[];
  loading?: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  now?: number;
}

const URGENCY_COLOUR = { overdue: 'red', due: 'orange', waiting: 'default' } as const;

/** My queue (W1): most urgent first, each lead with its grade, why, and live clock countdowns. */
export function QueueList({ items, loading, selectedId, onSelect, now }: QueueListProps) {
  const { t } = useTranslation();
  const text = useLocaleText();
  if (loading) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (items.length === 0) return <Empty description={t('workbench.queue.empty')} />;
  return (
    <div role="listbox" aria-label={t('workbench.queue.title')}>
      <List
        dataSource={items}
        renderItem={(item) => {
          const selected = item.id === selectedId;
          return (
            <List.Item
              key={item.id}
              role="option"
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              data-lead-id={item.id}
              className="workbench-queue-item"
              onClick={() => onSelect(item.id)}
              onKeyDown={(e) => e.key === 'Enter' && onSelect(item.id)}
              style={{
                cursor: 'pointer',
                padding: '10px 12px',
                borderInlineStart: `3px solid ${selected ? '#1677ff' : 'transparent'}`,
                background: selected ? 'rgba(22,119,255,0.06)' : undefined,
              }}
            >
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Flex align="center" gap={8}>
                    <GradeTag grade={item.grade} />
                    <Typography.Text strong>{item.name}</Typography.Text>
                    {item.companyName && (
                      <Typography.Text type="secondary">{item.companyName}</Typography.Text>
                    )}
                  </Flex>
                  <Tag color={URGENCY_COLOUR[item.urgency]}>
                    {t(`workbench.queue.urgency.${item.urgency}`)}
                  </Tag>
                </Flex>
                {item.grade.hits.length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('workbench.queue.why')}
                    {item.grade.hits
                      .slice(0, 3)
                      .map((h) => `${text(h.label)} +${h.points}`)
                      .join('、')}
                  </Typography.Text>
                )}
                {item.clocks.length > 0 && (
                  <Flex gap={6} wrap>
                    {item.clocks.map((c) => (
                      <Countdown
                        key={c.id}
                        startedAt={c.startedAt}
                        dueAt={c.dueAt}
                        state="running"
                        {...(now ? { now } : {})}
                      />
                    ))}
                  </Flex>
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
    </div>
  );
}
