// Number formats of the forecast pages: money in 万元 (zh) or ¥k/M (en), percentages, bands.
import type { Language } from '../i18n';

export function money(yuan: number, lang: Language): string {
  if (lang === 'zh-CN') {
    const wan = yuan / 10_000;
    return `${wan.toLocaleString('zh-CN', { maximumFractionDigits: wan >= 100 ? 0 : 1 })}万`;
  }
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'CNY',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(yuan);
}

export const percent = (x: number | null | undefined, digits = 0): string =>
  x === null || x === undefined || Number.isNaN(x) ? '—' : `${(x * 100).toFixed(digits)}%`;

export const bandText = (band: [number, number]): string =>
  `${band[0]}–${band[1] >= 100 ? 100 : band[1] - 1}`;
