// What the forecast rests on (F4): a donut of won, strong/medium/weak evidence and new business,
// with the sentence list beside it (CompositionList) so the numbers read without the chart.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompositionPartView } from '../api/forecast';
import { useLocaleFormat } from '../i18n';
import { PART_COLORS } from './colors';
import { money, percent } from './format';
import { useEchart } from './useEchart';

export default function CompositionChart({ parts }: { parts: CompositionPartView[] }) {
  const { t } = useTranslation();
  const { lang } = useLocaleFormat();
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; value: number; percent: number }) =>
          `${p.name}<br/>${money(p.value, lang)} (${percent(p.percent / 100)})`,
      },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '72%'],
          avoidLabelOverlap: true,
          label: { formatter: '{d}%' },
          data: parts
            .filter((p) => p.amount > 0)
            .map((p) => ({
              name: t(`forecast.parts.${p.key}`),
              value: Math.round(p.amount),
              itemStyle: { color: PART_COLORS[p.key] },
            })),
        },
      ],
    }),
    [parts, lang, t],
  );
  const el = useEchart(option);
  return (
    <div
      ref={el}
      style={{ width: '100%', height: 280 }}
      role="img"
      aria-label={t('forecast.compositionChart')}
      data-testid="composition-chart"
    />
  );
}
