import { Button, Drawer, Flex, Tooltip } from 'antd';
import {
  FileTextOutlined,
  FlagOutlined,
  MessageOutlined,
  PhoneOutlined,
  SendOutlined,
  TagsOutlined,
  EnvironmentOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLogTouch, useProposals, useSendProposal, useSetTags } from '../api/lead-activity';
import type { TouchChannel } from '../api/lifecycle-types';
import { FormSubmissionPage } from '../forms';
import { ProposalPanel } from '../lead/ProposalPanel';
import { TagsEditor } from '../lead/TagsEditor';
import type { QueueItem } from './api';
import { QuickTouch } from './QuickTouch';
import { SignalsChecklist } from './SignalsChecklist';

export type ActionKey = 'call' | 'wechat' | 'visit' | 'tags' | 'quote' | 'form' | 'signals';

export interface QuickActionsProps {
  lead: QueueItem;
  templateId: string | null;
  open: ActionKey | null;
  onOpen: (action: ActionKey | null) => void;
}

const TOUCH: Partial<Record<ActionKey, TouchChannel>> = { call: 'call', wechat: 'wechat', visit: 'visit' };

/** The frequent actions on the selected lead, one click (or one key) each (W1, W3). */
export function QuickActions({ lead, templateId, open, onOpen }: QuickActionsProps) {
  const { t } = useTranslation();
  const buttons: {
    key: ActionKey;
    icon: React.ReactNode;
    shortcut: string;
    hidden?: boolean;
    disabled?: boolean;
  }[] = [
    { key: 'call', icon: <PhoneOutlined />, shortcut: 'c' },
    { key: 'wechat', icon: <MessageOutlined />, shortcut: 'w' },
    { key: 'visit', icon: <EnvironmentOutlined />, shortcut: 'v' },
    { key: 'tags', icon: <TagsOutlined />, shortcut: 't' },
    { key: 'quote', icon: <SendOutlined />, shortcut: 'q' },
    { key: 'form', icon: <FileTextOutlined />, shortcut: 'f', disabled: !templateId },
    { key: 'signals', icon: <FlagOutlined />, shortcut: 's', hidden: !lead.opportunityId },
  ];
  return (
    <>
      <Flex gap={8} wrap role="toolbar" aria-label={t('workbench.actions.title')}>
        {buttons
          .filter((b) => !b.hidden)
          .map((b) => (
            <Tooltip key={b.key} title={`${t(`workbench.actions.${b.key}`)} (${b.shortcut})`}>
              <Button
                icon={b.icon}
                disabled={b.disabled}
                onClick={() => onOpen(b.key)}
                aria-keyshortcuts={b.shortcut}
              >
                {t(`workbench.actions.${b.key}`)}
              </Button>
            </Tooltip>
          ))}
      </Flex>
      <Drawer
        open={open !== null}
        onClose={() => onOpen(null)}
        destroyOnHidden
        size={open === 'form' ? 'large' : 'default'}
        title={open ? `${t(`workbench.actions.${open}`)} · ${lead.name}` : ''}
      >
        {open && <ActionBody action={open} lead={lead} templateId={templateId} />}
      </Drawer>
    </>
  );
}

function ActionBody({
  action,
  lead,
  templateId,
}: {
  action: ActionKey;
  lead: QueueItem;
  templateId: string | null;
}) {
  const logTouch = useLogTouch(lead.id);
  const setTags = useSetTags(lead.id);
  const proposals = useProposals(lead.id);
  const send = useSendProposal(lead.id);
  const channel = TOUCH[action];
  if (channel)
    return (
      <QuickTouch
        channel={channel}
        onSubmit={(b) => logTouch.mutateAsync(b)}
        submitting={logTouch.isPending}
      />
    );
  if (action === 'tags')
    return (
      <TagsEditor value={lead.tags} onSave={(tags) => setTags.mutateAsync(tags)} saving={setTags.isPending} />
    );
  if (action === 'quote')
    return (
      <ProposalPanel
        proposals={proposals.data ?? []}
        onSend={(b) => send.mutateAsync(b)}
        sending={send.isPending}
        origin={window.location.origin}
      />
    );
  if (action === 'form' && templateId)
    return <FormSubmissionPage templateId={templateId} subjectId={lead.id} />;
  if (action === 'signals' && lead.opportunityId)
    return <SignalsChecklist opportunityId={lead.opportunityId} />;
  return null;
}
