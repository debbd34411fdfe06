import { forwardRef, useMemo, useState } from 'react';
import { Alert, App, Button, Flex, Input, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';
import { useApplySuggestions, useExtractChat, useFormTemplate, type ChatSuggestion } from './api';
import { SuggestionList, type Decision } from './SuggestionList';
import { fieldKey, formValueOf, templateFieldKeys } from './suggestionFormat';

export interface ChatPastePanelProps {
  leadId: string | null;
  /** The lead's requirement form (a published form-template id), when there is one. */
  templateId: string | null;
  userId: string;
  now?: () => Date;
}

/**
 * Chat auto-fill (C7): paste a WeChat/WeCom conversation, get suggestions per field, accept or
 * reject each; accepted ones are written into the lead's requirement form with their source line.
 */
export const ChatPastePanel = forwardRef<TextAreaRef, ChatPastePanelProps>(function ChatPastePanel(
  { leadId, templateId, userId, now = () => new Date() },
  ref,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const extract = useExtractChat();
  const template = useFormTemplate(templateId);
  const apply = useApplySuggestions(templateId ?? undefined, leadId ?? undefined);
  const keys = useMemo(
    () => templateFieldKeys(templateId ? template.data?.content : null),
    [templateId, template.data],
  );
  const suggestions: ChatSuggestion[] = extract.data?.suggestions ?? [];
  const accepted = suggestions.filter((_, i) => decisions[i] === 'accepted');

  const run = () => {
    if (!text.trim()) return;
    setDecisions({});
    extract.mutate(text);
  };

  const write = async () => {
    const data: Record<string, unknown> = {};
    const provenance: Record<string, unknown> = {};
    for (const s of accepted) {
      const value = formValueOf(s);
      const prev = data[s.field];
      // Two accepted texts for one field are kept together; lists are joined.
      data[s.field] =
        typeof prev === 'string' && typeof value === 'string'
          ? `${prev}\n${value}`
          : Array.isArray(prev) && Array.isArray(value)
            ? [...prev, ...value]
            : value;
      provenance[s.field] = {
        source: 'chat',
        line: s.source.line,
        text: s.source.text,
        match: s.match,
        acceptedBy: userId,
        at: now().toISOString(),
      };
    }
    try {
      const r = await apply.mutateAsync({ data, provenance });
      message.success(t('workbench.chat.written', { count: accepted.length, completeness: r.completeness }));
      setDecisions((d) =>
        Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v === 'accepted' ? 'written' : v])),
      );
    } catch {
      /* shown below */
    }
  };

  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        ref={ref}
        aria-label={t('workbench.chat.paste')}
        placeholder={t('workbench.chat.placeholder')}
        autoSize={{ minRows: 4, maxRows: 10 }}
        maxLength={20000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
        }}
      />
      <Flex gap={8} justify="space-between" align="center" wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('workbench.chat.hint')}
        </Typography.Text>
        <Button type="primary" onClick={run} loading={extract.isPending} disabled={!text.trim()}>
          {t('workbench.chat.extract')}
        </Button>
      </Flex>
      {extract.isError && (
        <Alert type="error" showIcon title={t('workbench.chat.error')} description={extract.error.message} />
      )}
      {extract.isSuccess && (
        <>
          <SuggestionList
            suggestions={suggestions}
            decisions={decisions}
            onDecide={(i, d) =>
              setDecisions((prev) => {
                const next = { ...prev };
                if (d) next[i] = d;
                else delete next[i];
                return next;
              })
            }
            writable={(field) => keys.has(field)}
          />
          {!templateId && <Alert type="info" showIcon title={t('workbench.chat.noForm')} />}
          {apply.isError && (
            <Alert
              type="error"
              showIcon
              title={t('workbench.chat.writeError')}
              description={apply.error.message}
            />
          )}
          <Flex justify="flex-end" gap={8} align="center">
            {accepted.length > 0 && (
              <Typography.Text type="secondary">
                {accepted.map((s) => t(fieldKey(s.field))).join('、')}
              </Typography.Text>
            )}
            <Button
              type="primary"
              disabled={accepted.length === 0 || !leadId || !templateId}
              loading={apply.isPending}
              onClick={() => void write()}
            >
              {t('workbench.chat.write', { count: accepted.length })}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
});
