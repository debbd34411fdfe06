import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import zhBase from './zh-CN.json' with { type: 'json' };
import enBase from './en.json' with { type: 'json' };
import zhForms from './areas/forms.zh-CN.json' with { type: 'json' };
import enForms from './areas/forms.en.json' with { type: 'json' };
import zhWorkbench from './areas/workbench.zh-CN.json' with { type: 'json' };
import enWorkbench from './areas/workbench.en.json' with { type: 'json' };
import zhOpportunities from './areas/opportunities.zh-CN.json' with { type: 'json' };
import enOpportunities from './areas/opportunities.en.json' with { type: 'json' };
import zhForecast from './areas/forecast.zh-CN.json' with { type: 'json' };
import enForecast from './areas/forecast.en.json' with { type: 'json' };
import type { I18nText } from '../api/types';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'dabei.language';

// One catalogue per language: the base file plus one file per area (areas/<area>.<lang>.json),
// each area owning its own top-level keys.
const zhCN = { ...zhBase, ...zhForms, ...zhWorkbench, ...zhOpportunities, ...zhForecast };
const en = { ...enBase, ...enForms, ...enWorkbench, ...enOpportunities, ...enForecast };

export const catalogues = { 'zh-CN': zhCN, en } as const;

export function isLanguage(v: unknown): v is Language {
  return v === 'zh-CN' || v === 'en';
}

export function storedLanguage(): Language | null {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * A fresh i18next instance with both catalogues. With `persist`, the chosen language is
 * remembered in localStorage and mirrored on <html lang>.
 */
export function createI18n(opts: { language?: Language; persist?: boolean } = {}): I18n {
  const instance = i18next.createInstance();
  const lng = opts.language ?? (opts.persist ? storedLanguage() : null) ?? DEFAULT_LANGUAGE;
  void instance.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  if (opts.persist) {
    const remember = (l: string) => {
      try {
        globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, l);
      } catch {
        /* storage may be disabled (private mode): the choice then lasts for the page only */
      }
      if (typeof document !== 'undefined') document.documentElement.lang = l;
    };
    remember(lng);
    instance.on('languageChanged', remember);
  }
  return instance;
}

export function currentLanguage(i18n: I18n): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Picks the side of a bilingual label that matches the UI language. */
export function pickText(text: I18nText | null | undefined, lang: Language): string {
  if (!text) return '';
  return lang === 'en' ? text.en || text.zh : text.zh || text.en;
}

/** Hook form of `pickText` plus a locale-aware date formatter. */
export function useLocaleFormat() {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    lang,
    text: (t: I18nText | null | undefined) => pickText(t, lang),
    dateTime: (iso: string | null | undefined) => {
      if (!iso) return '';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
  };
}
