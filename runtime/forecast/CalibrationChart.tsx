// Predicted probability vs actual win rate by band, one line per team (F5): the closer to the
// diagonal, the more the probabilities can be trusted.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationRowView } from '../api/forecast';
import { percent } from './format';
import { useEchart } from './useEchart';

export interface CalibrationSeries {
  name: string;
  rows: CalibrationRowView[];
}

export default function CalibrationChart({ series }: { series: CalibrationSeries[] }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      color: ['#1668dc', '#13a8a8', '#d48806', '#722ed1'],
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName: string; value: [number, number, number] }) =>
          `${p.seriesName}<br/>${t('calibration.predicted')} ${percent(p.value[0])} → ${t('calibration.actual')} ${percent(p.value[1])} (n=${p.value[2]})`,
      },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        max: 1,
        name: t('calibration.predicted'),
        nameLocation: 'middle',
        nameGap: 28,
        axisLabel: { formatter: (v: number) => percent(v) },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 1,
        name: t('calibration.actual'),
        axisLabel: { formatter: (v: number) => percent(v) },
      },
      series: [
        {
          type: 'line',
          name: t('calibration.perfect'),
          data: [
            [0, 0],
            [1, 1],
          ],
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#bfbfbf' },
          tooltip: { show: false },
        },
        ...series.map((s) => ({
          type: 'line',
          name: s.name,
          symbolSize: (v: [number, number, number]) => Math.max(6, Math.min(22, Math.sqrt(v[2]) * 3)),
          data: s.rows
            .filter((r) => r.meanPredicted !== null && r.actualRate !== null)
            .map((r) => [r.meanPredicted, r.actualRate, r.n]),
        })),
      ],
    }),
    [series, t],
  );
  const el = useEchart(option);
  return (
    <div
      ref={el}
      style={{ width: '100%', height: 320 }}
      role="img"
      aria-label={t('calibration.chart')}
      data-testid="calibration-chart"
    />
  );
}
