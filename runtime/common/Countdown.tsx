import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, StopOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClockState } from '../api/lifecycle-types';
import { countdownTone, formatSpan, type CountdownTone } from './countdown';
import { useNow } from './ticker';

export interface CountdownProps {
  startedAt: string;
  dueAt: string;
  state?: ClockState;
  /** A fixed "now" (ms) for stories and tests; without it the countdown ticks every second. */
  now?: number;
}

const COLORS: Record<CountdownTone, string> = {
  ok: 'green',
  warning: 'orange',
  breached: 'red',
  met: 'default',
  cancelled: 'default',
};

const ICONS: Record<CountdownTone, ReactNode> = {
  ok: <ClockCircleOutlined />,
  warning: <WarningOutlined />,
  breached: <WarningOutlined />,
  met: <CheckCircleOutlined />,
  cancelled: <StopOutlined />,
};

function Ticking(props: Omit<CountdownProps, 'now'>) {
  return <CountdownAt {...props} now={useNow()} />;
}

function CountdownAt({ startedAt, dueAt, state, now }: CountdownProps & { now: number }) {
  const { t } = useTranslation();
  const tone = countdownTone({ startedAt, dueAt, state }, now);
  const left = Date.parse(dueAt) - now;
  const span = formatSpan(left, (d) => t('countdown.days', { count: d }));
  const text =
    tone === 'met'
      ? t('countdown.met')
      : tone === 'cancelled'
        ? t('countdown.cancelled')
        : tone === 'breached'
          ? t('countdown.over', { time: left < 0 ? span : '00:00' })
          : t('countdown.left', { time: span });
  return (
    <Tag
      role="timer"
      color={COLORS[tone]}
      icon={ICONS[tone]}
      data-tone={tone}
      style={{ fontVariantNumeric: 'tabular-nums', marginInlineEnd: 0 }}
    >
      {text}
    </Tag>
  );
}

/**
 * A live SLA countdown: green, amber below 25% of the time left, red once breached. Each
 * countdown re-renders itself once a second from one shared ticker; the page around it does not.
 */
export function Countdown(props: CountdownProps) {
  const stopped = props.state === 'met' || props.state === 'cancelled';
  if (props.now !== undefined || stopped) return <CountdownAt {...props} now={props.now ?? 0} />;
  return <Ticking {...props} />;
}
