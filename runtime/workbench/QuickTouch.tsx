import { useState } from 'react';
import { Alert, Button, Flex, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Touch, TouchChannel, TouchInput } from '../api/lifecycle-types';
import { TouchKeywords } from '../lead/TouchKeywords';

export const QUICK_CHANNELS: TouchChannel[] = ['call', 'wechat', 'visit'];

export interface QuickTouchProps {
  channel: TouchChannel;
  onSubmit: (input: TouchInput) => Promise<Touch>;
  submitting?: boolean;
}

/** Log a call / WeChat / visit in one step; the key phrases of the note are shown at once. */
export function QuickTouch({ channel: initial, onSubmit, submitting }: QuickTouchProps) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<TouchChannel>(initial);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<Touch | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    try {
      setResult(await onSubmit({ channel, ...(note.trim() ? { note: note.trim() } : {}) }));
      setNote('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        value={channel}
        onChange={(e) => setChannel(e.target.value as TouchChannel)}
        options={QUICK_CHANNELS.map((c) => ({ value: c, label: t(`touch.channels.${c}`) }))}
        aria-label={t('touch.channel')}
      />
      <Input.TextArea
        autoFocus
        rows={4}
        maxLength={4000}
        value={note}
        aria-label={t('touch.note')}
        placeholder={t('touch.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
        }}
      />
      {error && <Alert type="error" showIcon title={error} />}
      <Flex justify="flex-end">
        <Button type="primary" loading={submitting} onClick={() => void submit()}>
          {t('touch.submit')}
        </Button>
      </Flex>
      {result && (
        <Alert
          type="success"
          showIcon
          title={t('touch.logged', { channel: t(`touch.channels.${result.channel}`) })}
          description={<TouchKeywords keywords={result.keywords} compact />}
        />
      )}
    </Flex>
  );
}
