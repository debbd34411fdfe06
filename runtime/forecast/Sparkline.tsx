// A tiny score-history line (0–100) drawn as SVG: cheap enough for every row of a table.
import { useTranslation } from 'react-i18next';

export function Sparkline({
  points,
  width = 160,
  height = 36,
}: {
  points: number[];
  width?: number;
  height?: number;
}) {
  const { t } = useTranslation();
  if (points.length === 0) return null;
  const xs =
    points.length === 1 ? [width / 2] : points.map((_, i) => (i / (points.length - 1)) * (width - 4) + 2);
  const ys = points.map((p) => height - 2 - (Math.max(0, Math.min(100, p)) / 100) * (height - 4));
  const d = xs.map((x, i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${ys[i]!.toFixed(1)}`).join(' ');
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={t('signals.history')}
      data-testid="score-sparkline"
    >
      <title>{points.join(' → ')}</title>
      <line x1={0} x2={width} y1={height - 2} y2={height - 2} stroke="#f0f0f0" />
      <path d={d} fill="none" stroke="#1668dc" strokeWidth={2} />
      <circle cx={xs[xs.length - 1]} cy={ys[ys.length - 1]} r={3} fill="#1668dc" />
    </svg>
  );
}
