// Small formatters shared by the opportunity views: 万元 amounts, labels, rates, diff values.
import type { TFunction } from 'i18next';
import { pickText, type Language } from '../i18n';
import type { I18nText } from '../api/types';
import type { Label, StageInfo } from '../api/opportunities';
import { DEFAULT_STAGE_IDS } from '../api/opportunities';

/** A label sent as bilingual text or plain string, in the UI language. */
export function labelText(l: Label | null | undefined, lang: Language, fallback = ''): string {
  if (l === null || l === undefined) return fallback;
  if (typeof l === 'string') return l;
  return pickText(l, lang) || fallback;
}

/** Yuan → 万元 with at most two decimals ("128.5"). */
export function toWan(yuan: number): string {
  const wan = yuan / 10_000;
  return wan.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

export function formatWan(t: TFunction, yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) return t('common.none');
  return t('opp.amountWan', { amount: toWan(yuan) });
}

export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(rate * 100).toLocaleString('en', { maximumFractionDigits: 1 })}%`;
}

/** The stages to show: the artefact's when the server sends them, else the default ids. */
export function stagesOf(stages: StageInfo[] | undefined): StageInfo[] {
  if (stages?.length) return [...stages].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return DEFAULT_STAGE_IDS.map((id, i) => ({
    id,
    order: i + 1,
    outcome: id === 'won' ? 'won' : id === 'lost' ? 'lost' : 'open',
  }));
}

export function stageLabel(t: TFunction, lang: Language, id: string, stages?: StageInfo[]): string {
  const s = stages?.find((x) => x.id === id);
  return labelText(s?.label, lang, t(`opp.stages.${id}`, { defaultValue: id }));
}

const ROW_NAME_KEYS = ['name', 'system', 'title', 'label', 'text', 'criterion', 'description'];

function rowText(v: unknown): string {
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ROW_NAME_KEYS) if (typeof o[k] === 'string' && o[k]) return String(o[k]);
    return JSON.stringify(v);
  }
  return String(v);
}

/** A form value as readable text: sets joined with 、, table rows by name, graphs by people. */
export function valueText(t: TFunction, v: unknown, options?: Map<string, string>): string {
  if (v === null || v === undefined || v === '') return t('common.none');
  if (typeof v === 'boolean') return v ? t('opp.yes') : t('opp.no');
  if (typeof v === 'number') return v.toLocaleString('zh-CN');
  if (typeof v === 'string') return options?.get(v) ?? v;
  if (Array.isArray(v)) {
    if (!v.length) return t('common.none');
    return v.map((x) => (typeof x === 'string' ? (options?.get(x) ?? x) : rowText(x))).join('、');
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.nodes)) {
      return (o.nodes as Record<string, unknown>[])
        .map((n) => [n.name, n.title ?? n.role].filter(Boolean).join('·'))
        .join(' → ');
    }
    return rowText(v);
  }
  return String(v);
}

/** field key → (option value → label) of a form template, for showing select values by label. */
export function optionLabelsOf(
  template:
    | { sections: { fields: { key: string; options?: { value: string; label: I18nText }[] }[] }[] }
    | null
    | undefined,
  lang: Language,
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const s of template?.sections ?? [])
    for (const f of s.fields)
      if (f.options?.length)
        out.set(f.key, new Map(f.options.map((o) => [o.value, pickText(o.label, lang)])));
  return out;
}
