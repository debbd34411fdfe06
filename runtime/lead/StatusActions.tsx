import { useState } from 'react';
import { Button, Flex, Input, Modal } from 'antd';
import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from '../api/types';

type Target = 'qualified' | 'disqualified';

const ALLOWED: Record<Target, readonly LeadStatus[]> = {
  qualified: ['assigned', 'contacted'],
  disqualified: ['new', 'assigned', 'contacted', 'qualified', 'pooled'],
};

export interface StatusActionsProps {
  status: LeadStatus;
  onChange: (status: Target, reason?: string) => Promise<unknown>;
  busy?: boolean;
}

/** Qualify or disqualify the lead, with an optional reason. */
export function StatusActions({ status, onChange, busy }: StatusActionsProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Target | null>(null);
  const [reason, setReason] = useState('');
  const close = () => {
    setTarget(null);
    setReason('');
  };
  return (
    <Flex gap={8} wrap>
      {ALLOWED.qualified.includes(status) && (
        <Button icon={<CheckOutlined />} onClick={() => setTarget('qualified')}>
          {t('status.qualify')}
        </Button>
      )}
      {ALLOWED.disqualified.includes(status) && (
        <Button danger icon={<StopOutlined />} onClick={() => setTarget('disqualified')}>
          {t('status.disqualify')}
        </Button>
      )}
      <Modal
        open={target !== null}
        title={target ? t(`status.confirm.${target}`) : ''}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: target === 'disqualified', loading: busy }}
        onCancel={close}
        onOk={() =>
          target &&
          void onChange(target, reason.trim() || undefined)
            .then(close)
            .catch(() => undefined)
        }
        destroyOnHidden
      >
        <Input.TextArea
          autoFocus
          rows={3}
          maxLength={500}
          aria-label={t('status.reason')}
          placeholder={t('status.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Flex>
  );
}
