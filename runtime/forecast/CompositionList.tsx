// The forecast in sentences (F4): "78% from 5 deals scored 75 or more (4 with a signed POC)".
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompositionPartView } from '../api/forecast';
import type { I18nText } from '../api/types';
import { useLocaleFormat } from '../i18n';
import { PART_COLORS } from './colors';
import { money, percent } from './format';

export function compositionSentence(
  t: (k: string, o?: Record<string, unknown>) => string,
  text: (label: I18nText) => string,
  p: CompositionPartView,
  health: { strongScore: number; weakScore: number },
): string {
  const args = {
    share: percent(p.share),
    count: p.deals,
    strong: health.strongScore,
    weak: health.weakScore,
  };
  if (p.key === 'strong' && p.topSignal)
    return t('forecast.sentence.strongTop', {
      ...args,
      n: p.topSignal.deals,
      signal: text(p.topSignal.label),
    });
  return t(`forecast.sentence.${p.key}`, args);
}

export function CompositionList({
  parts,
  health,
}: {
  parts: CompositionPartView[];
  health: { strongScore: number; weakScore: number };
}) {
  const { t } = useTranslation();
  const { text, lang } = useLocaleFormat();
  return (
    <List
      size="small"
      data-testid="composition-list"
      dataSource={parts.filter((p) => p.amount > 0)}
      renderItem={(p) => (
        <List.Item extra={<Typography.Text strong>{money(p.amount, lang)}</Typography.Text>}>
          <span>
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                borderRadius: 2,
                marginRight: 8,
                background: PART_COLORS[p.key],
              }}
            />
            {compositionSentence(t, text, p, health)}
          </span>
        </List.Item>
      )}
    />
  );
}
