import type { TFunction } from 'i18next';
import type { FormField } from '../../../schemas';
import { DECISION_ROLES, type DecisionFlowNode } from '../../../engine/forms';
import { pickText, type Language } from '../../i18n';

/** The roles a decision-flow field offers (its options, else all), with labels. */
export function roleOptions(field: FormField, lang: Language, t: TFunction) {
  const fromTemplate = (field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }));
  const list = fromTemplate.length
    ? fromTemplate
    : DECISION_ROLES.map((r) => ({ value: r, label: t(`forms.flow.roles.${r}`) }));
  return list.some((o) => o.value === 'other')
    ? list
    : [...list, { value: 'other', label: t('forms.flow.roles.other') }];
}

export const INFLUENCE_COLOURS: Record<NonNullable<DecisionFlowNode['influence']>, string> = {
  high: '#cf1322',
  medium: '#d48806',
  low: '#8c8c8c',
};
