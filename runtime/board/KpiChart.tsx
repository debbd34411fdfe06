// A stacked bar per rep: the points each KPI component contributed. This module is loaded on demand
// (KpiPage lazy-imports it), and imports only ECharts' core, the bar chart and three components.
import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEcharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { RepKpi } from '../api/lifecycle-types';
import { pickText, useLocaleFormat } from '../i18n';

registerEcharts([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

function canDraw(): boolean {
  try {
    return !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}

const PALETTE = ['#1668dc', '#13a8a8', '#d48806', '#722ed1', '#8c8c8c'];

export default function KpiChart({ items }: { items: RepKpi[] }) {
  const el = useRef<HTMLDivElement>(null);
  const { lang } = useLocaleFormat();
  useEffect(() => {
    // Without a 2D canvas (jsdom, very old browsers) there is no chart: the table shows every number.
    if (!el.current || !canDraw()) return;
    const chart = init(el.current);
    const comps = items[0]?.components ?? [];
    // Best first, top to bottom, like the table.
    const rows = [...items].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    chart.setOption({
      color: PALETTE,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.repName) },
      series: comps.map((c) => ({
        type: 'bar',
        stack: 'score',
        name: pickText(c.label, lang),
        data: rows.map((r) => r.components.find((x) => x.id === c.id)?.contribution ?? 0),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [items, lang]);
  return (
    <div
      ref={el}
      style={{ width: '100%', height: Math.max(160, items.length * 44 + 60) }}
      data-testid="kpi-chart"
    />
  );
}
