import { BookOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KnowledgeLink } from '../../schemas';
import { pickText, type Language } from '../i18n';

/** Product-knowledge links beside a field (C3): the label (or key), linked when the template gives a URL. */
export function KnowledgeLinks({
  links,
  lang,
}: {
  links: readonly KnowledgeLink[] | undefined;
  lang: Language;
}) {
  const { t } = useTranslation();
  if (!links?.length) return null;
  return (
    <Space size={4} wrap style={{ fontSize: 12 }} aria-label={t('forms.knowledge')}>
      <BookOutlined aria-hidden />
      {links.map((l) => {
        const text = l.label ? pickText(l.label, lang) : l.key;
        return l.url ? (
          <Typography.Link key={l.key} href={l.url} target="_blank" rel="noreferrer" style={{ fontSize: 12 }}>
            {text}
          </Typography.Link>
        ) : (
          <Typography.Text key={l.key} type="secondary" style={{ fontSize: 12 }} title={l.key}>
            {text}
          </Typography.Text>
        );
      })}
    </Space>
  );
}
