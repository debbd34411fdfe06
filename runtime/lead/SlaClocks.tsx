import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaClock } from '../api/lifecycle-types';
import { Countdown } from '../common/Countdown';
import { useLocaleFormat } from '../i18n';
import { clockKindLabel } from './timelineLabels';

export interface SlaClocksProps {
  clocks: SlaClock[];
  /** Fixed time for stories and tests. */
  now?: number;
}

const ORDER: Record<string, number> = { running: 0, breached: 1, met: 2, cancelled: 3 };

/** The lead's 5-30-120 clocks with live countdowns; open ones first. */
export function SlaClocks({ clocks, now }: SlaClocksProps) {
  const { t } = useTranslation();
  const { text, dateTime } = useLocaleFormat();
  if (!clocks.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clocks.empty')} />;
  const sorted = [...clocks].sort(
    (a, b) => (ORDER[a.state] ?? 9) - (ORDER[b.state] ?? 9) || a.dueAt.localeCompare(b.dueAt),
  );
  return (
    <Flex vertical gap={8} data-testid="sla-clocks">
      {sorted.map((c) => (
        <Flex key={c.id} justify="space-between" align="center" gap={8} wrap data-kind={c.kind}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong>{c.label ? text(c.label) : clockKindLabel(t, c.kind)}</Typography.Text>
            <div style={{ fontSize: 12, opacity: 0.65 }}>
              {t('clocks.due', { time: dateTime(c.dueAt) })}
              {c.time === 'business' ? ` · ${t('clocks.business')}` : ''}
            </div>
          </div>
          <Countdown startedAt={c.startedAt} dueAt={c.dueAt} state={c.state} now={now} />
        </Flex>
      ))}
    </Flex>
  );
}
