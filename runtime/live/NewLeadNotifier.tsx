import { App, Button, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LiveEvent } from '../api/lifecycle-types';
import { GRADE_COLORS } from '../leads/GradeTag';
import { GRADE_CLASSES, type GradeClass } from '../api/types';
import { useLiveEvent } from './LiveEvents';
import { beep, soundEnabled } from './sound';

export interface NewLeadInfo {
  leadId: string;
  name: string | null;
  company: string | null;
  grade: GradeClass | null;
  reassigned: boolean;
}

/** The pop-up's data from a `lead.assigned` event, when it is for `userId`. */
export function newLeadFor(e: LiveEvent, userId: string): NewLeadInfo | null {
  if (e.type !== 'lead.assigned' || e.ownerId !== userId || !e.leadId) return null;
  const cls = e.data.class;
  return {
    leadId: e.leadId,
    name: typeof e.data.name === 'string' ? e.data.name : null,
    company: typeof e.data.company === 'string' ? e.data.company : null,
    grade: GRADE_CLASSES.includes(cls as GradeClass) ? (cls as GradeClass) : null,
    reassigned: e.data.via === 'reassign',
  };
}

/** The body of the pop-up (also used by its story). */
export function NewLeadCard({ lead, onOpen }: { lead: NewLeadInfo; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="new-lead-popup">
      <Flex align="center" gap={8} wrap>
        {lead.grade && (
          <Tag color={GRADE_COLORS[lead.grade]} style={{ fontWeight: 600, marginInlineEnd: 0 }}>
            {t('grade.label', { grade: lead.grade })}
          </Tag>
        )}
        <Typography.Text strong>{lead.company ?? lead.name}</Typography.Text>
      </Flex>
      {lead.company && lead.name && <Typography.Text type="secondary">{lead.name}</Typography.Text>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(lead.reassigned ? 'live.reassignedHint' : 'live.newLeadHint')}
      </Typography.Text>
      <div>
        <Button type="primary" size="small" onClick={onOpen}>
          {t('live.open')}
        </Button>
      </div>
    </Flex>
  );
}

/** Pops up (and beeps, if the rep wants) when a lead is assigned to the signed-in user. */
export function NewLeadNotifier({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  useLiveEvent((e) => {
    const lead = newLeadFor(e, userId);
    if (!lead) return;
    const key = `lead-${lead.leadId}`;
    notification.open({
      key,
      type: lead.grade === 'A' ? 'warning' : 'info',
      title: t('live.newLeadTitle'),
      description: (
        <NewLeadCard
          lead={lead}
          onOpen={() => {
            notification.destroy(key);
            navigate(`/leads/${lead.leadId}`);
          }}
        />
      ),
      placement: 'topRight',
      duration: lead.grade === 'A' ? 0 : 15,
    });
    if (soundEnabled()) beep();
  });
  return null;
}
