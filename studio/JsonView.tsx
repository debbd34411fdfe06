import { Typography } from 'antd';

/** Read-only, formatted JSON (the published content of an artefact). */
export function JsonView({ value, label }: { value: unknown; label?: string }) {
  return (
    <Typography.Paragraph style={{ marginBottom: 0 }}>
      <pre
        aria-label={label}
        tabIndex={0}
        style={{ maxHeight: 560, overflow: 'auto', fontSize: 12, lineHeight: 1.5, margin: 0 }}
      >
        {JSON.stringify(value, null, 2)}
      </pre>
    </Typography.Paragraph>
  );
}
