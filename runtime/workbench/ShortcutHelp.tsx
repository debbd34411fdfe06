import { Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';

export const SHORTCUTS = [
  ['j', 'next'],
  ['k', 'prev'],
  ['c', 'call'],
  ['w', 'wechat'],
  ['v', 'visit'],
  ['t', 'tags'],
  ['q', 'quote'],
  ['f', 'form'],
  ['s', 'signals'],
  ['p', 'paste'],
  ['?', 'help'],
] as const;

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('workbench.shortcuts.title')}>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={SHORTCUTS.map(([key, action]) => ({ key, action: t(`workbench.shortcuts.${action}`) }))}
        columns={[
          {
            dataIndex: 'key',
            title: t('workbench.shortcuts.key'),
            render: (k: string) => <kbd>{k}</kbd>,
            width: 80,
          },
          { dataIndex: 'action', title: t('workbench.shortcuts.action') },
        ]}
      />
    </Modal>
  );
}
