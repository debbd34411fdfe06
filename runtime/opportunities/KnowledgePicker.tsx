import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { useKnowledgeSearch } from '../api/opportunities';
import { labelText } from './format';

export interface KnowledgePickerProps {
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}

/** C3: search the product knowledge base and link entries (API docs, compatibility matrix, limits). */
export function KnowledgePicker({ value, onChange, id }: KnowledgePickerProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [q, setQ] = useState('');
  const search = useKnowledgeSearch(q);
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={search.isFetching}
      placeholder={t('opp.knowledge.search')}
      notFoundContent={search.isError ? t('opp.knowledge.error') : t('opp.knowledge.empty')}
      options={(search.data ?? []).map((k) => ({
        value: k.id,
        label:
          labelText(k.title, lang, k.key ?? k.id) +
          (k.kind ? ` · ${t(`opp.knowledge.kinds.${k.kind}`, { defaultValue: k.kind })}` : ''),
      }))}
      style={{ width: '100%' }}
    />
  );
}
