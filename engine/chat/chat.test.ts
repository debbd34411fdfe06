import { extractChat, findAmounts, findDates, parseChat, parseCnNumber } from './index';
import { CHAT_SAMPLES, SAMPLE_NOW } from './samples';

const same = (a: unknown, b: unknown) => b === 'any' || JSON.stringify(a) === JSON.stringify(b);
const TODAY = '2026-11-27'; // a Friday

describe('C7 chat auto-fill: amounts', () => {
  test.each([
    ['三十五', 35],
    ['一百二十', 120],
    ['一千五', 1500],
    ['一千零五', 1005],
    ['三万五', 35000],
    ['1.2亿', 120_000_000],
    ['50w', 500_000],
    ['350,000', 350_000],
    ['80k', 80_000],
  ])('C7: parses the numeral %s', (text, value) => expect(parseCnNumber(text)).toBe(value));

  test.each([
    ['预算大概35万', 350_000],
    ['35万元', 350_000],
    ['¥350,000', 350_000],
    ['三十五万左右', 350_000],
    ['预算50w', 500_000],
    ['1.2亿', 120_000_000],
    ['200多万', 2_000_000],
    ['预算在150万到200万之间', 2_000_000],
    ['合同额 2,800,000 元', 2_800_000],
  ])('C7: reads %s as %d yuan', (text, value) =>
    expect(findAmounts(text).map((h) => h.value)).toEqual([value]),
  );

  test.each(['有200台设备', '年产3万件', '3月15日上线', '金蝶K3 用了5年', '一共3个工厂', '万一不行'])(
    'C7: %s holds no money',
    (text) => expect(findAmounts(text)).toEqual([]),
  );
});

describe('C7 chat auto-fill: dates relative to now (Asia/Shanghai)', () => {
  test.each([
    ['下周三来演示', '2026-12-02'],
    ['3月15日上线', '2027-03-15'],
    ['明天上午', '2026-11-28'],
    ['月底前给方案', '2026-11-30'],
    ['下个月底', '2026-12-31'],
    ['12月底', '2026-12-31'],
    ['2027-03-15签约', '2027-03-15'],
    ['2027年3月15日', '2027-03-15'],
    ['两周内', '2026-12-11'],
    ['星期天', '2026-11-29'],
  ])('C7: %s → %s', (text, iso) => expect(findDates(text, TODAY).map((d) => d.date)).toEqual([iso]));

  test('C7: "today" follows the time zone, not UTC', () => {
    // 2026-11-26 20:00 UTC is already Friday 04:00 in Shanghai: 明天 is Saturday the 28th.
    const s = extractChat('明天下午过来拜访', { now: Date.parse('2026-11-26T20:00:00Z') });
    expect(s).toEqual([expect.objectContaining({ field: 'touch.at', value: '2026-11-28' })]);
  });
});

describe('C7 chat auto-fill: paste formats', () => {
  test('C7: WeChat header lines, inline stamps and "name: text" keep each message line number', () => {
    const lines = parseChat(
      '张三 10:32\n预算35万\n\n[10:40] 李四: 好的\n2026-11-20 10:32:05 王五\n下周三见\n赵六：收到\n[图片]',
    );
    expect(lines).toEqual([
      { line: 2, speaker: '张三', time: '10:32', text: '预算35万' },
      { line: 4, speaker: '李四', time: '10:40', text: '好的' },
      { line: 6, speaker: '王五', time: '10:32', text: '下周三见' },
      { line: 7, speaker: '赵六', time: null, text: '收到' },
    ]);
  });

  test('C7: "预算：35万" is a labelled value, not a speaker called 预算', () => {
    expect(parseChat('预算：35万')[0]).toMatchObject({ speaker: null, text: '预算：35万' });
  });
});

describe('C7 chat auto-fill: realistic samples', () => {
  test(`C7: at least 12 samples across industries`, () => {
    expect(CHAT_SAMPLES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CHAT_SAMPLES.map((s) => s.industry)).size).toBeGreaterThanOrEqual(10);
  });

  test('C7: precision and recall on the samples are at least 0.9', () => {
    let correct = 0;
    let produced = 0;
    let recalled = 0;
    let expected = 0;
    for (const sample of CHAT_SAMPLES) {
      const got = extractChat(sample.text, { now: SAMPLE_NOW, self: sample.self });
      produced += got.length;
      correct += got.filter((g) =>
        sample.expected.some((e) => e.field === g.field && same(g.value, e.value)),
      ).length;
      expected += sample.expected.length;
      recalled += sample.expected.filter((e) =>
        got.some((g) => e.field === g.field && same(g.value, e.value)),
      ).length;
    }
    expect(correct / produced).toBeGreaterThanOrEqual(0.9);
    expect(recalled / expected).toBeGreaterThanOrEqual(0.9);
  });

  test.each(CHAT_SAMPLES.map((s) => [s.id, s] as const))(
    'C7: sample %s finds its budget, dates and phone',
    (_id, sample) => {
      const got = extractChat(sample.text, { now: SAMPLE_NOW, self: sample.self });
      for (const e of sample.expected.filter((x) =>
        ['budget', 'amount', 'expectedGoLive', 'contact.phone'].includes(x.field),
      ))
        expect(got).toContainEqual(expect.objectContaining({ field: e.field, value: e.value }));
    },
  );

  test('C7: every suggestion points at the message line it came from', () => {
    const sample = CHAT_SAMPLES[0]!;
    const lines = sample.text.split('\n');
    for (const s of extractChat(sample.text, { now: SAMPLE_NOW, self: sample.self })) {
      expect(lines[s.source.line - 1]).toContain(s.source.text);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    const budget = extractChat(sample.text, { now: SAMPLE_NOW }).find((s) => s.field === 'budget');
    expect(budget).toMatchObject({ value: 350000, source: { line: 4 }, match: '35万' });
  });

  test('C7: systems come as a list with table rows, people as a decision flow', () => {
    const sample = CHAT_SAMPLES.find((s) => s.id === 'hospital-his')!;
    const got = extractChat(sample.text, { now: SAMPLE_NOW, self: sample.self });
    const systems = got.find((s) => s.field === 'existingSystems')!;
    expect(systems.value).toEqual(['卫宁 HIS', '东软 PACS', '东软 LIS']);
    expect(systems.rows).toContainEqual({ name: '东软 PACS', category: 'other', vendor: '东软' });
    const flow = got.find((s) => s.field === 'decisionFlow')!.value as {
      nodes: { name: string; role: string }[];
    };
    expect(flow.nodes).toContainEqual(expect.objectContaining({ name: '赵磊', role: 'technical_evaluator' }));
  });

  test('C7: an approval chain becomes decision-flow edges in the order named', () => {
    const got = extractChat('最后拍板的是总经理何军，我先汇报给技术总监冯涛再报给何总', { now: SAMPLE_NOW });
    const flow = got.find((s) => s.field === 'decisionFlow')!.value as {
      nodes: { id: string; name: string }[];
      edges: unknown[];
    };
    expect(flow.nodes.map((n) => n.name)).toEqual(['何军', '冯涛', '何总']);
    expect(flow.edges.length).toBe(2);
  });

  test('C7: the rep is neither a contact nor a decision maker', () => {
    const got = extractChat('王敏: 张总您好，方案已发\n张总: 收到，预算35万', {
      now: SAMPLE_NOW,
      self: ['王敏'],
    });
    expect(got.filter((s) => s.field === 'contact.name').map((s) => s.value)).toEqual(['张总']);
  });
});
