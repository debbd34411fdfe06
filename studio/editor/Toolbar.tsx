import { useRef } from 'react';
import { App, Button, Flex, Space, Tag, Tooltip } from 'antd';
import {
  CloudUploadOutlined,
  DownloadOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useStudioT } from '../i18n';
import { safeJson } from './issues';

export interface ToolbarProps {
  fileName: string;
  value: unknown;
  dirty: boolean;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  saving: boolean;
  canPublish: boolean;
  status: string;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onPublish: () => void;
  onImport: (content: unknown) => void;
}

/** Undo/redo, save draft, publish, JSON import/export and the edit status. */
export function Toolbar(p: ToolbarProps) {
  const { t } = useStudioT();
  const { message } = App.useApp();
  const file = useRef<HTMLInputElement>(null);

  const exportJson = () => {
    const blob = new Blob([safeJson(p.value)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${p.fileName}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const importJson = async (f: File | undefined) => {
    if (!f) return;
    try {
      p.onImport(JSON.parse(await f.text()) as unknown);
      void message.success(t('toolbar.imported'));
    } catch (e) {
      void message.error(t('toolbar.importFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <Flex wrap align="center" gap={8}>
      <Space.Compact>
        <Tooltip title={t('toolbar.undo')}>
          <Button
            icon={<UndoOutlined />}
            aria-label={t('toolbar.undo')}
            disabled={!p.canUndo || p.readOnly}
            onClick={p.onUndo}
          />
        </Tooltip>
        <Tooltip title={t('toolbar.redo')}>
          <Button
            icon={<RedoOutlined />}
            aria-label={t('toolbar.redo')}
            disabled={!p.canRedo || p.readOnly}
            onClick={p.onRedo}
          />
        </Tooltip>
      </Space.Compact>
      <Button icon={<SaveOutlined />} disabled={p.readOnly || !p.dirty} loading={p.saving} onClick={p.onSave}>
        {t('toolbar.save')}
      </Button>
      <Button
        type="primary"
        icon={<CloudUploadOutlined />}
        disabled={p.readOnly || !p.canPublish}
        onClick={p.onPublish}
      >
        {t('toolbar.publish')}
      </Button>
      <Button icon={<DownloadOutlined />} onClick={exportJson}>
        {t('toolbar.export')}
      </Button>
      {!p.readOnly && (
        <>
          <Button icon={<UploadOutlined />} onClick={() => file.current?.click()}>
            {t('toolbar.import')}
          </Button>
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            aria-label={t('toolbar.import')}
            style={{ display: 'none' }}
            onChange={(e) => {
              void importJson(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </>
      )}
      <Tag color={p.dirty ? 'orange' : 'default'} data-testid="edit-status">
        {p.status}
      </Tag>
    </Flex>
  );
}
