// The studio's own labels, in an i18next `studio` namespace added to whichever i18next instance
// the app (or a story) provides, the first time a studio component renders.
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import zhBase from './zh-CN.json' with { type: 'json' };
import enBase from './en.json' with { type: 'json' };
import zhScorecard from './areas/scorecard.zh-CN.json' with { type: 'json' };
import enScorecard from './areas/scorecard.en.json' with { type: 'json' };
import zhBacktest from './areas/backtest.zh-CN.json' with { type: 'json' };
import enBacktest from './areas/backtest.en.json' with { type: 'json' };

// The base catalogue plus one file per area (areas/<area>.<lang>.json) with its own top-level keys.
const zhCN = { ...zhBase, ...zhScorecard, ...zhBacktest };
const en = { ...enBase, ...enScorecard, ...enBacktest };

export const STUDIO_NS = 'studio';
export const studioCatalogues = { 'zh-CN': zhCN, en } as const;

export function ensureStudioBundles(i18n: I18n): void {
  for (const [lng, bundle] of Object.entries(studioCatalogues)) {
    if (!i18n.hasResourceBundle(lng, STUDIO_NS)) i18n.addResourceBundle(lng, STUDIO_NS, bundle, true, true);
  }
}

/** `t` over the studio namespace (labels from studio/i18n), plus the current language. */
export function useStudioT() {
  const { i18n } = useTranslation();
  ensureStudioBundles(i18n);
  const { t } = useTranslation(STUDIO_NS);
  const lang: 'zh-CN' | 'en' = i18n.language === 'en' ? 'en' : 'zh-CN';
  const text = (v: { zh: string; en: string } | null | undefined) =>
    v ? (lang === 'en' ? v.en || v.zh : v.zh || v.en) : '';
  return { t, lang, text };
}
