import { Button, Empty, Flex, List, Tag, Tooltip, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ChatSuggestion } from './api';
import { fieldKey, formatSuggestionValue } from './suggestionFormat';

/** `written`: accepted and already saved into the form. */
export type Decision = 'accepted' | 'rejected' | 'written';

export interface SuggestionListProps {
  suggestions: ChatSuggestion[];
  decisions: Record<number, Decision>;
  onDecide: (index: number, decision: Decision | null) => void;
  /** Fields the requirement form has; others are shown but cannot be written. */
  writable: (field: string) => boolean;
}

/** Chat suggestions per field (C7), each with its source line, to accept or reject. */
export function SuggestionList({ suggestions, decisions, onDecide, writable }: SuggestionListProps) {
  const { t, i18n } = useTranslation();
  if (suggestions.length === 0) return <Empty description={t('workbench.chat.none')} />;
  return (
    <List
      size="small"
      aria-label={t('workbench.chat.suggestions')}
      dataSource={suggestions.map((s, i) => ({ s, i }))}
      renderItem={({ s, i }) => {
        const decision = decisions[i];
        const canWrite = writable(s.field);
        return (
          <List.Item
            key={i}
            data-field={s.field}
            style={{ opacity: decision === 'rejected' ? 0.45 : 1 }}
            actions={[
              <Tooltip
                key="accept"
                title={canWrite ? t('workbench.chat.accept') : t('workbench.chat.notInForm')}
              >
                <Button
                  size="small"
                  type={decision === 'accepted' ? 'primary' : 'default'}
                  icon={<CheckOutlined />}
                  disabled={!canWrite || decision === 'written'}
                  aria-label={`${t('workbench.chat.accept')} ${t(fieldKey(s.field))}`}
                  aria-pressed={decision === 'accepted'}
                  onClick={() => onDecide(i, decision === 'accepted' ? null : 'accepted')}
                />
              </Tooltip>,
              <Tooltip key="reject" title={t('workbench.chat.reject')}>
                <Button
                  size="small"
                  danger={decision === 'rejected'}
                  disabled={decision === 'written'}
                  icon={<CloseOutlined />}
                  aria-label={`${t('workbench.chat.reject')} ${t(fieldKey(s.field))}`}
                  aria-pressed={decision === 'rejected'}
                  onClick={() => onDecide(i, decision === 'rejected' ? null : 'rejected')}
                />
              </Tooltip>,
            ]}
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={6} align="center" wrap>
                <Tag color="blue">{t(fieldKey(s.field))}</Tag>
                <Typography.Text strong>
                  {formatSuggestionValue(s, i18n.language, (v) =>
                    t(`workbench.codes.${v}`, { defaultValue: v }),
                  )}
                </Typography.Text>
              </Flex>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                ellipsis={{ tooltip: s.source.text }}
              >
                {t('workbench.chat.sourceLine', { line: s.source.line })}
                {s.source.text}
              </Typography.Text>
            </Flex>
          </List.Item>
        );
      }}
    />
  );
}
