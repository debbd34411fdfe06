import { useState } from 'react';
import { Alert, Flex, Input, List, Typography } from 'antd';
import { useStudioT } from '../i18n';
import { safeJson, type Issue } from './issues';

export interface JsonPanelProps {
  value: unknown;
  onChange: (content: unknown) => void;
  issues: readonly Issue[];
  readOnly?: boolean;
}

/** The artefact as JSON, editable, with the live ajv + engine errors at their JSON-pointer paths. */
export function JsonPanel({ value, onChange, issues, readOnly }: JsonPanelProps) {
  const { t } = useStudioT();
  const [text, setText] = useState(() => safeJson(value));
  const [textOf, setTextOf] = useState(value);
  const [parseError, setParseError] = useState<string | null>(null);
  if (value !== textOf) {
    setTextOf(value);
    setText(safeJson(value));
    setParseError(null);
  }
  const edit = (next: string) => {
    setText(next);
    try {
      const parsed = JSON.parse(next) as unknown;
      setParseError(null);
      setTextOf(parsed);
      onChange(parsed);
    } catch (e) {
      setParseError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Flex vertical gap={8}>
      {parseError && <Alert type="error" showIcon title={t('json.parseError')} description={parseError} />}
      {issues.length === 0 && !parseError ? (
        <Alert type="success" showIcon title={t('json.valid')} />
      ) : (
        issues.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('json.issues', { count: issues.length })}
            description={
              <List
                size="small"
                data-testid="json-issues"
                dataSource={issues.slice(0, 100)}
                renderItem={(i) => (
                  <List.Item style={{ padding: '2px 0' }}>
                    <Typography.Text code>{i.path || '/'}</Typography.Text> {i.message}
                  </List.Item>
                )}
              />
            }
          />
        )
      )}
      <Input.TextArea
        aria-label={t('json.label')}
        value={text}
        readOnly={readOnly}
        spellCheck={false}
        autoSize={{ minRows: 16, maxRows: 40 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        onChange={(e) => edit(e.target.value)}
      />
    </Flex>
  );
}
