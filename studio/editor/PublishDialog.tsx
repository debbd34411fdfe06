import { useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import { useStudioT } from '../i18n';

/** Asks for the publish (or rollback) note, which the audit trail keeps; the note is required. */
export function PublishDialog({
  open,
  title,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  title: string;
  busy?: boolean;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}) {
  const { t } = useStudioT();
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const empty = note.trim() === '';
  return (
    <Modal
      open={open}
      title={title}
      okText={t('publish.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: empty }}
      onCancel={onCancel}
      onOk={() => {
        setTouched(true);
        if (!empty) onConfirm(note.trim());
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('publish.noteHelp')}</Typography.Paragraph>
      <Input.TextArea
        aria-label={t('publish.note')}
        placeholder={t('publish.notePlaceholder')}
        value={note}
        autoSize={{ minRows: 3 }}
        status={touched && empty ? 'error' : undefined}
        onChange={(e) => {
          setNote(e.target.value);
          setTouched(true);
        }}
      />
      {touched && empty && <Typography.Text type="danger">{t('publish.noteRequired')}</Typography.Text>}
    </Modal>
  );
}
