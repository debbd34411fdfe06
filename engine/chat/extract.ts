/**
 * Chat auto-fill (MISSION.md C7): a pasted WeChat/WeCom conversation → form suggestions, each
 * with the line it came from. Rule- and dictionary-based, pure (now is passed in).
 */
import { findAmounts } from './amounts';
import { findCompanies, findEmails, findPhones } from './contacts';
import { findDates, localDate } from './dates';
import { parseChat } from './parse-chat';
import { findPeople, roleOf, SURNAMES, type PersonHit } from './people';
import { findPhrases } from './phrases';
import { ERP_PRODUCT, findSystems, INTEGRATION_OPTIONS } from './systems';
import type { ChatLine, ExtractOptions, Suggestion, SuggestionField } from './types';

const GO_LIVE = /上线|投产|切换|交付|验收|用起来|启用|试运行|运行起来|完工|落地/;
const CLOSE = /签|合同|下单|采购流程|招标|定标|立项|付款|打款|决策|定下来|拍板|审批|预算批/;
const FLOW = /审批|签字|拍板|决策|流程|先.{0,12}再|然后|最后|汇报给|报给|上报/;
const QUESTION = /[？?]\s*$|请问|哪家|哪些|什么|是否/;
const SELF_TITLE =
  /我是(?:[^，。！？]{0,30}的)?((?:IT|信息中心|信息部|信息科|采购部?|财务部?|生产部?|技术部?|项目|设备科?|质量部?)?(?:负责人|总监|经理|主任|主管|工程师|厂长|院长|科长|CTO|CIO|CFO))/;
const INFLUENCE = {
  decision_maker: 'high',
  technical_evaluator: 'medium',
  finance: 'medium',
  procurement: 'medium',
} as const;

/** The clause around position `index` (between punctuation marks). */
function clauseAt(text: string, index: number): string {
  const start = Math.max(...['，', ',', '。', '；', ';', '！', '？'].map((p) => text.lastIndexOf(p, index)));
  const ends = ['，', ',', '。', '；', ';', '！', '？']
    .map((p) => text.indexOf(p, index))
    .filter((i) => i >= 0);
  return text.slice(start + 1, ends.length ? Math.min(...ends) : text.length);
}

function dateField(clause: string): SuggestionField {
  if (GO_LIVE.test(clause)) return 'expectedGoLive';
  if (CLOSE.test(clause)) return 'expectedClose';
  return 'touch.at';
}

/** Blanks out spans (same length) so later rules do not read them again. */
function mask(text: string, spans: { index: number; match: string }[]): string {
  let out = text;
  for (const s of spans)
    out = out.slice(0, s.index) + ' '.repeat(s.match.length) + out.slice(s.index + s.match.length);
  return out;
}

const looksLikePerson = (name: string) =>
  new RegExp(`^[${SURNAMES}][\\u4e00-\\u9fa5]{1,3}$`).test(name) && !/公司|科技|集团|客服|助手|群/.test(name);

export function extractChat(text: string, opts: ExtractOptions): Suggestion[] {
  const today = localDate(opts.now, opts.timezone ?? 'Asia/Shanghai');
  const self = new Set((opts.self ?? []).map((s) => s.trim()).filter(Boolean));
  const out: Suggestion[] = [];
  const people: { hit: PersonHit; line: ChatLine }[] = [];
  const edges: [string, string][] = [];
  const seenSystems = new Set<string>();

  for (const line of parseChat(text)) {
    const source = { line: line.line, text: line.text, speaker: line.speaker };
    const push = (
      field: SuggestionField,
      value: unknown,
      confidence: number,
      match: string,
      extra: Partial<Suggestion> = {},
    ) => out.push({ field, value, source, confidence: Math.round(confidence * 100) / 100, match, ...extra });

    const phones = findPhones(line.text);
    const emails = findEmails(line.text);
    for (const p of phones) push('contact.phone', p.value, p.confidence, p.match);
    for (const e of emails) push('contact.email', e.value, e.confidence, e.match);
    const rest = mask(line.text, [...phones, ...emails]);

    for (const a of findAmounts(rest)) push(a.kind, a.value, a.confidence, a.match);
    for (const d of findDates(rest, today))
      push(dateField(clauseAt(rest, d.index)), d.date, d.confidence, d.match);

    for (const c of findCompanies(rest)) push('company.name', c.value, c.confidence, c.match);

    const linePeople = findPeople(rest);
    for (const p of linePeople) {
      people.push({ hit: p, line });
      if (p.name !== p.title) push('contact.name', p.name, p.confidence, p.match);
      if (p.title && p.name !== p.title) push('contact.title', p.title, p.confidence - 0.05, p.match);
    }
    // "我是…的IT负责人": the writer's own title.
    const own = SELF_TITLE.exec(rest);
    if (own && line.speaker && !self.has(line.speaker)) {
      push('contact.title', own[1]!, 0.8, own[0]);
      if (looksLikePerson(line.speaker))
        people.push({
          hit: {
            name: line.speaker,
            title: own[1]!,
            role: roleOf(own[1]!),
            match: own[0],
            index: own.index,
            confidence: 0.8,
          },
          line,
        });
    }
    const named = linePeople.filter((p) => p.name !== p.title || p.confidence >= 0.5);
    if (named.length >= 2 && FLOW.test(rest))
      for (let i = 1; i < named.length; i++) edges.push([named[i - 1]!.name, named[i]!.name]);

    // A question ("现在CRM用的是哪家？") states nothing about the customer's systems.
    const systems = QUESTION.test(rest) ? [] : findSystems(rest);
    // Each system once: "SAP" later in the chat is the SAP S/4HANA already found.
    const generic = (s: (typeof systems)[number]) =>
      !!s.vendor && s.match.trim().toUpperCase() === s.vendor.toUpperCase();
    const inUse = systems.filter(
      (s) =>
        s.status !== 'wanted' &&
        !seenSystems.has(s.name) &&
        !(generic(s) && seenSystems.has(`${s.vendor}|${s.category}`)),
    );
    for (const s of inUse) {
      seenSystems.add(s.name);
      if (s.vendor) seenSystems.add(`${s.vendor}|${s.category}`);
    }
    if (inUse.length > 0)
      push(
        'existingSystems',
        [...new Set(inUse.map((s) => s.name))],
        0.8,
        inUse.map((s) => s.match).join('、'),
        {
          rows: inUse.map(({ name, category, vendor }) => ({
            name,
            category,
            ...(vendor ? { vendor } : {}),
          })),
        },
      );
    const integrate = [
      ...new Set(systems.filter((s) => s.status === 'integrate').map((s) => s.category)),
    ].filter((c) => INTEGRATION_OPTIONS.has(c));
    if (integrate.length > 0) push('integrations', integrate, 0.7, systems.map((s) => s.match).join('、'));
    for (const s of inUse)
      if (s.category === 'erp' && s.vendor && ERP_PRODUCT[s.vendor])
        push('erpProduct', ERP_PRODUCT[s.vendor], 0.8, s.match);
    for (const s of systems.filter((x) => x.status === 'wanted' && (x.name === 'MES' || x.name === 'WMS'))) {
      const status = /没有|没上|还没|缺/.test(rest.slice(Math.max(0, s.index - 8), s.index))
        ? 'none'
        : 'planned';
      push(s.name === 'MES' ? 'mesStatus' : 'wmsStatus', status, 0.7, s.match);
    }

    for (const p of findPhrases(rest)) push(p.field, p.value, p.confidence, p.match);

    // The customer who wrote the message is a contact, unless it is the rep; a speaker label may
    // carry the company ("江苏联化化工有限公司 彭工").
    if (line.speaker && !self.has(line.speaker)) {
      for (const c of findCompanies(line.speaker)) push('company.name', c.value, c.confidence - 0.1, c.match);
      const who = findPeople(line.speaker.replace(/^.*[\s]/, ''));
      for (const p of who) {
        push('contact.name', p.name, 0.6, line.speaker);
        if (p.title && p.title !== p.name) push('contact.title', p.title, 0.55, line.speaker);
        people.push({ hit: p, line });
      }
      if (who.length === 0 && looksLikePerson(line.speaker))
        push('contact.name', line.speaker, 0.5, line.speaker);
    }
  }

  if (people.length > 0) {
    const nodes = new Map<
      string,
      { id: string; name: string; title?: string; role: string; influence: string }
    >();
    for (const { hit } of people) {
      if (nodes.has(hit.name)) continue;
      const role = hit.role ?? roleOf(hit.title);
      nodes.set(hit.name, {
        id: `p${nodes.size + 1}`,
        name: hit.name,
        ...(hit.title ? { title: hit.title } : {}),
        role,
        influence: INFLUENCE[role as keyof typeof INFLUENCE] ?? 'low',
      });
    }
    const first = people[0]!;
    out.push({
      field: 'decisionFlow',
      value: {
        nodes: [...nodes.values()],
        edges: edges
          .map(([a, b]) => ({ from: nodes.get(a)?.id, to: nodes.get(b)?.id }))
          .filter((e) => e.from && e.to && e.from !== e.to),
      },
      source: { line: first.line.line, text: first.line.text, speaker: first.line.speaker },
      confidence: 0.6,
      match: [...nodes.keys()].join('、'),
    });
  }
  return dedupe(out);
}

/** One suggestion per field and value: the most confident, at its first line. */
function dedupe(list: Suggestion[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const s of list) {
    const key = `${s.field}\u0000${JSON.stringify(s.value)}`;
    const seen = best.get(key);
    if (!seen || s.confidence > seen.confidence) best.set(key, seen ? { ...s, source: seen.source } : s);
  }
  return [...best.values()].sort((a, b) => a.source.line - b.source.line || b.confidence - a.confidence);
}
