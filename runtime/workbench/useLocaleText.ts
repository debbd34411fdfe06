import { useTranslation } from 'react-i18next';
import type { I18nText } from '../api';

/** Picks the zh or en text of a bilingual label for the current language. */
export function useLocaleText() {
  const { i18n } = useTranslation();
  const en = i18n.language?.startsWith('en');
  return (label: I18nText | string | null | undefined) =>
    !label ? '' : typeof label === 'string' ? label : (en ? label.en : label.zh) || label.zh || label.en;
}
