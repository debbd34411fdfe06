import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TouchKeywords as Keywords } from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';

/** Key phrases and pain points found in a call note or transcript (L10). */
export function TouchKeywords({ keywords, compact }: { keywords: Keywords; compact?: boolean }) {
  const { t } = useTranslation();
  const { text } = useLocaleFormat();
  const { phrases, painPoints } = keywords;
  if (!phrases.length && !painPoints.length)
    return compact ? null : <Typography.Text type="secondary">{t('touch.noKeywords')}</Typography.Text>;
  return (
    <Flex vertical gap={6} data-testid="touch-keywords">
      {painPoints.length > 0 && (
        <Flex wrap gap={4} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('touch.painPoints')}
          </Typography.Text>
          {painPoints.map((p) => (
            <Tag key={`${p.category}:${p.keyword}`} color="volcano" style={{ marginInlineEnd: 0 }}>
              {text(p.categoryLabel)} · {p.keyword}
              {p.count > 1 ? ` ×${p.count}` : ''}
            </Tag>
          ))}
        </Flex>
      )}
      {phrases.length > 0 && (
        <Flex wrap gap={4} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('touch.phrases')}
          </Typography.Text>
          {phrases.map((p) => (
            <Tag key={p} color="blue" style={{ marginInlineEnd: 0 }}>
              {p}
            </Tag>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
