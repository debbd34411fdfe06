import { useEffect, useState } from 'react';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TagsEditorProps {
  value: string[];
  onSave: (tags: string[]) => Promise<unknown>;
  saving?: boolean;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Requirement tags: type or pick, then save (the first tags stop the 120-minute clock). */
export function TagsEditor({ value, onSave, saving }: TagsEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string[]>(value);
  useEffect(() => setDraft(value), [value]);
  const suggestions = t('tags.suggestions', { returnObjects: true }) as unknown;
  const options = (Array.isArray(suggestions) ? (suggestions as string[]) : []).map((s) => ({
    value: s,
    label: s,
  }));
  const dirty = !same(draft, value);
  return (
    <Flex vertical gap={8}>
      <Select
        mode="tags"
        aria-label={t('tags.label')}
        placeholder={t('tags.placeholder')}
        value={draft}
        onChange={(v: string[]) =>
          setDraft([...new Set(v.map((s) => s.trim()).filter(Boolean))].slice(0, 50))
        }
        options={options}
        tokenSeparators={[',', '，', '、']}
        maxTagTextLength={40}
        style={{ width: '100%' }}
      />
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {value.length ? t('tags.count', { count: value.length }) : t('tags.hint')}
        </Typography.Text>
        <Flex gap={8}>
          {dirty && (
            <Button size="small" onClick={() => setDraft(value)}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            size="small"
            type="primary"
            disabled={!dirty}
            loading={saving}
            onClick={() => void onSave(draft).catch(() => undefined)}
          >
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}
