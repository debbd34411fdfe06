// Group-robot messages for WeCom (企业微信) and DingTalk (钉钉), in their documented JSON formats.
// Pure: the server decides when to send and signs DingTalk URLs.

export type RobotKind = 'wecom' | 'dingtalk';

export interface NotifyEvent {
  type: string;
  leadId?: string;
  data: Record<string, unknown>;
}

export interface NotifyNames {
  ownerName?: string | null;
  supervisorName?: string | null;
  baseUrl?: string | null;
}

const CLOCK_LABELS: Record<string, string> = {
  assign: '5分钟分配',
  first_touch: '30分钟首次触达',
  tags: '120分钟需求标签',
  a_proposal: 'A类2小时方案沟通',
  quote_feedback: '报价3天反馈',
  recycle: '7天未跟进回收',
};

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** Title and markdown body for an event, or null when the event is not one we announce. */
export function describeEvent(e: NotifyEvent, names: NotifyNames): { title: string; text: string } | null {
  const d = e.data;
  const lead = [str(d.company), str(d.name)].filter(Boolean).join(' · ') || '线索';
  const link = names.baseUrl && e.leadId ? `\n[打开线索](${names.baseUrl}/leads/${e.leadId})` : '';
  const owner = names.ownerName ?? '未分配';
  const clock = CLOCK_LABELS[str(d.kind) ?? str(d.clock) ?? ''] ?? str(d.kind) ?? '';
  switch (e.type) {
    case 'lead.assigned':
      return {
        title: '新线索分配',
        text: `### 新线索分配\n> ${str(d.class) ? `**${d.class}类** ` : ''}${lead}\n\n负责人：**${owner}**，请在30分钟内完成首次电话/微信触达。${link}`,
      };
    case 'clock.warned':
      return {
        title: '时限提醒',
        text: `### ⏰ 时限提醒：${clock}\n> ${lead}\n\n负责人：${owner}，即将超时。${link}`,
      };
    case 'clock.breached':
      return { title: '已超时', text: `### 🔴 已超时：${clock}\n> ${lead}\n\n负责人：${owner}${link}` };
    case 'lead.escalated':
      return {
        title: '主管介入',
        text: `### 主管介入：${clock}\n> ${lead}\n\n负责人：${owner}；请 **${names.supervisorName ?? '主管'}** 跟进。${link}`,
      };
    case 'lead.reassigned':
      return { title: '线索已改派', text: `### 线索已改派\n> ${lead}\n\n新负责人：**${owner}**${link}` };
    case 'lead.returned':
      return {
        title: '线索退回公海',
        text: `### 线索退回公海\n> ${lead}\n\n7天未跟进，已退回公海等待重新分配。${link}`,
      };
    default:
      return null;
  }
}

/** The request body each robot expects (markdown messages). */
export function robotPayload(kind: RobotKind, msg: { title: string; text: string }): Record<string, unknown> {
  if (kind === 'wecom') return { msgtype: 'markdown', markdown: { content: msg.text } };
  return { msgtype: 'markdown', markdown: { title: msg.title, text: msg.text }, at: { isAtAll: false } };
}

/** Both robots answer HTTP 200 with {errcode: 0} on success; anything else is a failed attempt. */
export function robotAccepted(status: number, body: unknown): boolean {
  return (
    status === 200 && !!body && typeof body === 'object' && (body as { errcode?: unknown }).errcode === 0
  );
}

/** Retry schedule: 5 s, 30 s, 2 min, 10 min, then give up. */
export const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000];
