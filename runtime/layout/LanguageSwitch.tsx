import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../i18n';

/** 中文 / English toggle; the i18n instance remembers the choice. */
export function LanguageSwitch({ size }: { size?: 'small' | 'middle' | 'large' }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size={size}
      aria-label={t('common.language')}
      value={currentLanguage(i18n)}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">{t('common.zh')}</span> },
        { value: 'en', label: <span lang="en">{t('common.en')}</span> },
      ]}
    />
  );
}
