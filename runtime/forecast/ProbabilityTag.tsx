// A win probability that never hides its evidence: band, sample size and interval (F3).
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Band } from '../api/forecast';
import { bandText, percent } from './format';

export interface ProbabilityTagProps {
  value: number;
  band: Band;
  n: number;
  wins?: number;
  interval: [number, number];
  thin?: boolean;
  level?: number;
}

export function ProbabilityTag({ value, band, n, wins, interval, thin, level = 0.9 }: ProbabilityTagProps) {
  const { t } = useTranslation();
  const detail = [
    t('forecast.bandText', { lo: band[0], hi: band[1] >= 100 ? 100 : band[1] - 1 }),
    t('forecast.sample', { n, wins: wins ?? '—' }),
    t('forecast.interval', { level: percent(level), lo: percent(interval[0]), hi: percent(interval[1]) }),
    thin ? t('forecast.thin') : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip title={detail}>
      <Space size={4} wrap>
        <Typography.Text strong>{percent(value)}</Typography.Text>
        <Tag color={thin ? 'warning' : 'default'} variant="outlined">
          {bandText(band)} · n={n}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          [{percent(interval[0])}, {percent(interval[1])}]
        </Typography.Text>
      </Space>
    </Tooltip>
  );
}
