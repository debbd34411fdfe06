import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileAccepted, removeItem, type FileValue } from '../../../engine/forms';
import type { WidgetProps } from './types';

const DEFAULT_MAX_MB = 20;
const sizeText = (bytes: number | undefined) =>
  bytes === undefined
    ? ''
    : bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.ceil(bytes / 1024)} KB`;
let seq = 0;
const newId = () => `file-${Date.now().toString(36)}-${(seq++).toString(36)}`;

/** file: records the chosen files' metadata (name, size, type); type and size are checked before adding. */
export function FileWidget({ field, value, onChange, readOnly, id }: WidgetProps<FileValue[]>) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [rejected, setRejected] = useState<string[]>([]);
  const files = Array.isArray(value) ? value : [];
  const accept = field.validation?.accept;
  const maxMb = field.validation?.maxSizeMb ?? DEFAULT_MAX_MB;

  const add = (list: FileList | null) => {
    if (!list) return;
    const ok: FileValue[] = [];
    const bad: string[] = [];
    for (const f of Array.from(list)) {
      const meta = { name: f.name, contentType: f.type || undefined };
      if (!fileAccepted(meta, accept)) bad.push(t('forms.file.rejectedType', { name: f.name }));
      else if (f.size > maxMb * 1024 * 1024)
        bad.push(t('forms.file.rejectedSize', { name: f.name, mb: maxMb }));
      else ok.push({ id: newId(), name: f.name, size: f.size, ...(f.type ? { contentType: f.type } : {}) });
    }
    setRejected(bad);
    if (ok.length) onChange([...files, ...ok]);
    if (input.current) input.current.value = '';
  };

  return (
    <div>
      {!readOnly && (
        <>
          <input
            ref={input}
            id={id}
            type="file"
            multiple
            hidden
            accept={accept?.join(',')}
            onChange={(e) => add(e.target.files)}
            data-testid={`${field.key}-input`}
          />
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {t('forms.file.choose')}
          </Button>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {accept?.length
              ? t('forms.file.hint', { types: accept.join(', '), mb: maxMb })
              : t('forms.file.hintAny', { mb: maxMb })}
          </Typography.Text>
        </>
      )}
      <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
        {files.map((f, i) => (
          <li key={f.id} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <PaperClipOutlined />
            <span>{f.name}</span>
            <Typography.Text type="secondary">{sizeText(f.size)}</Typography.Text>
            {!readOnly && (
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('forms.file.remove', { name: f.name })}
                onClick={() => onChange(removeItem(files, i))}
              />
            )}
          </li>
        ))}
      </ul>
      {rejected.map((r) => (
        <Typography.Text key={r} type="danger" style={{ display: 'block' }} role="alert">
          {r}
        </Typography.Text>
      ))}
    </div>
  );
}
