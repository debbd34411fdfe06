import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { QuestionCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';
import { useArtifacts } from '../api';
import { useSession } from '../auth/SessionContext';
import { LeadListView } from '../leads/LeadListView';
import { pickRequirementTemplate, useBattleReport, useQueue } from './api';
import { BattleReportCards } from './BattleReportCards';
import { ChatPastePanel } from './ChatPastePanel';
import { QuickActions, type ActionKey } from './QuickActions';
import { QueueList } from './QueueList';
import { ShortcutHelp } from './ShortcutHelp';
import { useShortcuts } from './useShortcuts';

/** The rep's whole day on one page (W1): queue, quick actions, chat auto-fill, battle report. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queue = useQueue();
  const battle = useBattleReport();
  const forms = useArtifacts('form-template');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [action, setAction] = useState<ActionKey | null>(null);
  const [help, setHelp] = useState(false);
  const chatRef = useRef<TextAreaRef>(null);

  const items = queue.data?.items ?? [];
  const selected = items.find((i) => i.id === selectedId) ?? items[0] ?? null;
  const templateId = selected ? pickRequirementTemplate(forms.data, selected.industry) : null;

  const firstId = items[0]?.id;
  useEffect(() => {
    if (!selectedId && firstId) setSelectedId(firstId);
  }, [firstId, selectedId]);

  const move = (step: number) => {
    if (items.length === 0) return;
    const at = Math.max(
      0,
      items.findIndex((i) => i.id === selected?.id),
    );
    const next = items[Math.min(items.length - 1, Math.max(0, at + step))]!;
    setSelectedId(next.id);
    document.querySelector<HTMLElement>(`[data-lead-id="${next.id}"]`)?.focus();
  };
  const open = (a: ActionKey) => () => {
    if (!selected) return;
    if (a === 'signals' && !selected.opportunityId) return;
    if (a === 'form' && !templateId) return;
    setAction(a);
  };
  useShortcuts(
    {
      j: () => move(1),
      k: () => move(-1),
      c: open('call'),
      w: open('wechat'),
      v: open('visit'),
      t: open('tags'),
      q: open('quote'),
      f: open('form'),
      s: open('signals'),
      p: () => chatRef.current?.focus(),
      '?': () => setHelp(true),
    },
    action === null && !help,
  );

  return (
    <>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('leads.workbenchTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('workbench.intro', { name: session.user.name })}
          </Typography.Paragraph>
        </div>
        <Button icon={<QuestionCircleOutlined />} onClick={() => setHelp(true)} aria-keyshortcuts="?">
          {t('workbench.shortcuts.title')}
        </Button>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={t('workbench.queue.title')}
            extra={
              <Button
                size="small"
                type="text"
                icon={<ReloadOutlined />}
                aria-label={t('workbench.queue.reload')}
                onClick={() => void queue.refetch()}
              />
            }
          >
            {queue.isError ? (
              <Alert
                type="error"
                showIcon
                title={t('workbench.queue.error')}
                description={queue.error.message}
                action={<Button onClick={() => void queue.refetch()}>{t('workbench.retry')}</Button>}
              />
            ) : (
              <QueueList
                items={items}
                loading={queue.isPending}
                selectedId={selected?.id ?? null}
                onSelect={setSelectedId}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card
              size="small"
              title={
                selected ? t('workbench.actions.for', { name: selected.name }) : t('workbench.actions.title')
              }
            >
              {selected ? (
                <QuickActions lead={selected} templateId={templateId} open={action} onOpen={setAction} />
              ) : (
                <Typography.Text type="secondary">{t('workbench.actions.noLead')}</Typography.Text>
              )}
            </Card>
            <Card size="small" title={t('workbench.chat.title')}>
              <ChatPastePanel
                ref={chatRef}
                leadId={selected?.id ?? null}
                templateId={templateId}
                userId={session.user.id}
              />
            </Card>
            <Card size="small" title={t('workbench.battle.title')}>
              <BattleReportCards cards={battle.data?.cards} loading={battle.isPending} error={battle.error} />
            </Card>
          </Flex>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('workbench.allLeads')}>
            <LeadListView />
          </Card>
        </Col>
      </Row>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </>
  );
}
