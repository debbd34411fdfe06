/**
 * Requirement phrases: the customer's pain in their own words (痛点是…, 最头疼的是…), what they
 * hope to achieve (希望实现…, 目标是…) and what must be connected (需要对接…).
 */
export interface PhraseHit {
  field: 'painPoints' | 'projectGoal' | 'integrationNotes';
  value: string;
  match: string;
  index: number;
  confidence: number;
}

const CLAUSE = String.raw`([^。！？!?；;\n]{2,60})`;
const SHORT_CLAUSE = String.raw`([^。！？!?；;\n，,]{2,60})`;
const RULES: { field: PhraseHit['field']; re: RegExp; confidence: number }[] = [
  {
    field: 'painPoints',
    re: new RegExp(
      String.raw`(?:痛点(?:是|就是|在于|主要是)?|最头疼的(?:是|就是)|最大的问题(?:是|就是)|问题(?:是|在于)|难点(?:是|在于)|麻烦的是|苦恼的是)[:：，,\s]*${CLAUSE}`,
      'g',
    ),
    confidence: 0.85,
  },
  {
    field: 'painPoints',
    re: new RegExp(
      String.raw`((?:经常|老是|总是|每次都|一直)[^。！？!?；;\n，,]{2,30}(?:错|慢|乱|延误|延迟|超时|丢|漏|断|对不上|不准|不及时|看不到|查不到|靠人工|手工|返工|积压|投诉|停机|卡|来回切换|重复录入|两头录))`,
      'g',
    ),
    confidence: 0.7,
  },
  {
    field: 'integrationNotes',
    re: /([^。！？!?；;\n，,]{0,30}(?:对接|打通|集成|数据同步|接口对接)[^。！？!?；;\n，,]{0,40})/g,
    confidence: 0.75,
  },
  {
    field: 'projectGoal',
    re: new RegExp(
      String.raw`(?:希望(?:能够?|可以)?(?:实现)?|想要实现|想实现|目标是|目的是|需求是|主要需求是|要求能|需要(?:能够?|实现))[:：，,\s]*${SHORT_CLAUSE}`,
      'g',
    ),
    confidence: 0.75,
  },
];

/** Meeting requests are not project goals. */
const NOT_GOAL = /演示|拜访|来一趟|过来|见个?面|聊聊|交流一下|报价|发.{0,4}(方案|资料)|联系|电话/;
/** Questions ("请问还有哪些系统需要对接？") state no requirement. */
const QUESTION = /[？?]\s*$|请问|哪些|什么|是否|吗[。？?]?$/;

export function findPhrases(text: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  if (QUESTION.test(text)) return hits;
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      // A clause ends where the next topic starts ("…集中监控，希望实现发电量预测").
      const value = (m[1] ?? '')
        .replace(/[，,](希望|需要|目标|另外|还有|但是|不过|现在|目前|同时|而且|我们).*$/, '')
        .trim()
        .replace(/[，,、\s]+$/, '');
      if (value.length < 2) continue;
      // An integration phrase is not also a project goal.
      const index = m.index ?? 0;
      if (
        rule.field === 'projectGoal' &&
        /对接|打通|集成/.test(value) &&
        hits.some((h) => h.field === 'integrationNotes')
      )
        continue;
      if (rule.field === 'projectGoal' && NOT_GOAL.test(value)) continue;
      hits.push({ field: rule.field, value, match: m[0], index, confidence: rule.confidence });
    }
  }
  return hits;
}
