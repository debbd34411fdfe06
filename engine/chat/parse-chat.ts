/**
 * WeChat / WeCom paste formats → message lines with their speaker and time:
 *   "张三 10:32" or "张三 2026/11/20 10:32" or "2026-11-20 10:32:05 张三" on a header line, the message below;
 *   "[10:32] 张三: 内容", "张三 [10:32]: 内容", "10:32 张三：内容", "张三：内容" on one line.
 * Every content line keeps its own line number in the paste (1-based), so a suggestion can
 * point at the exact message it came from.
 */
import type { ChatLine } from './types';

const NAME = String.raw`[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9_·.\-（）()@ ]{0,23}?`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const DATE = String.raw`\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?`;
const STAMP = String.raw`(?:${DATE}\s+)?(?:(?:上午|下午|晚上|凌晨)\s*)?${TIME}`;

/** Header lines: a name and a time stamp, nothing else. */
const HEADER_NAME_FIRST = new RegExp(String.raw`^(${NAME})\s+[[(（]?(${STAMP})[\])）]?$`);
const HEADER_TIME_FIRST = new RegExp(String.raw`^[[(（]?(${STAMP})[\])）]?\s+(${NAME})$`);
/** One-line messages. */
const INLINE_TIME_FIRST = new RegExp(String.raw`^[[(（]?(${STAMP})[\])）]?\s*(${NAME})\s*[:：]\s*(.*)$`);
const INLINE_NAME_FIRST = new RegExp(String.raw`^(${NAME})\s*[[(（](${STAMP})[\])）]\s*[:：]?\s*(.*)$`);
const INLINE_NAME_ONLY = /^([\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9_·]{0,11})\s*[:：]\s*(.+)$/;
/** System lines of an export that carry no message. */
const NOISE =
  /^(—+.*—+|-{3,}.*|以下为新消息|\[?(图片|表情|语音|视频|文件|动画表情)\]?|撤回了一条消息.*|.*撤回了一条消息)$/;

/** "预算：35万" is a labelled value, not a speaker called 预算. */
const LABEL =
  /^(预算|金额|报价|价格|电话|手机|座机|联系人|联系方式|公司|单位|客户|时间|日期|地址|需求|痛点|问题|目标|备注|系统|现状|职务|邮箱|微信|Tel|tel|TEL|Email|email)/;

const hhmm = (stamp: string): string => {
  const m = /(\d{1,2}):(\d{2})/.exec(stamp);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : stamp;
};

export function parseChat(text: string): ChatLine[] {
  const out: ChatLine[] = [];
  let speaker: string | null = null;
  let time: string | null = null;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trim();
    if (!s || NOISE.test(s)) return;
    let m: RegExpExecArray | null;
    if ((m = HEADER_NAME_FIRST.exec(s))) {
      speaker = m[1]!.trim();
      time = hhmm(m[2]!);
      return;
    }
    if ((m = HEADER_TIME_FIRST.exec(s))) {
      time = hhmm(m[1]!);
      speaker = m[2]!.trim();
      return;
    }
    if ((m = INLINE_TIME_FIRST.exec(s))) {
      speaker = m[2]!.trim();
      time = hhmm(m[1]!);
      if (m[3]) out.push({ line, speaker, time, text: m[3].trim() });
      return;
    }
    if ((m = INLINE_NAME_FIRST.exec(s))) {
      speaker = m[1]!.trim();
      time = hhmm(m[2]!);
      if (m[3]) out.push({ line, speaker, time, text: m[3].trim() });
      return;
    }
    // "张总：预算35万" — a short name before a colon (not "痛点是：…" inside a message).
    if ((m = INLINE_NAME_ONLY.exec(s)) && !/[是的有为]$/.test(m[1]!) && !LABEL.test(m[1]!)) {
      speaker = m[1]!;
      out.push({ line, speaker, time: null, text: m[2]!.trim() });
      return;
    }
    out.push({ line, speaker, time, text: s });
  });
  return out;
}
