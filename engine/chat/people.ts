/**
 * People and titles in a chat line: "张总", "王经理", "李明（IT总监）", "IT总监李明", "CTO".
 * Each person gets a decision-flow role guessed from the title (CTO → technical evaluator).
 */
export type DecisionRole =
  | 'decision_maker'
  | 'technical_evaluator'
  | 'business_owner'
  | 'procurement'
  | 'finance'
  | 'legal'
  | 'user'
  | 'influencer';

export interface PersonHit {
  name: string;
  title: string | null;
  role: DecisionRole;
  match: string;
  index: number;
  confidence: number;
}

export const SURNAMES =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯管卢莫经房裘缪干解应宗丁宣邓郁单杭洪包诸左石崔吉龚程嵇邢裴陆荣翁荀羊惠甄曲家封芮储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯全班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹束龙叶幸司韶黎薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳姬申扶堵冉宰郦雍桑桂濮牛寿通边扈燕冀浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公';
const S = `[${SURNAMES}]`;

/** Titles after a surname: 张总, 王经理, 刘工, 陈院长. Longest first. */
const SHORT_TITLES = [
  '总经理',
  '副总经理',
  '董事长',
  '总裁',
  '副总',
  '总监',
  '总工',
  '经理',
  '主任',
  '主管',
  '处长',
  '科长',
  '部长',
  '院长',
  '副院长',
  '厂长',
  '局长',
  '书记',
  '校长',
  '行长',
  '所长',
  '组长',
  '老师',
  '博士',
  '工',
  '总',
  '董',
];
const SHORT = new RegExp(`(${S})(${SHORT_TITLES.join('|')})(?![司部体结共计额量])`, 'g');
/** Words whose last character is a surname: 公司总经理 is not a Mr 司. */
const WORD_BEFORE =
  /(公司|安全|上司|完全|健全|成全|大全|采购|财务|信息|生产|技术|项目|销售|产品|客户|区域|质量|运营|物流|仓库|车间|部门|常务|执行|行政|人事)$/;

/** Job titles written in full. */
const TITLE = String.raw`(?:CTO|CIO|CEO|CFO|COO|IT总监|IT经理|IT负责人|信息(?:中心|部|科)?(?:主任|经理|总监|负责人|科长)|采购(?:部)?(?:经理|总监|主管|负责人|专员)|财务(?:部)?(?:总监|经理|负责人)|法务(?:部)?(?:经理|负责人)|生产(?:部)?(?:经理|总监|厂长|负责人)|(?:副)?总经理|董事长|总裁|厂长|车间主任|仓库主管|物流经理|质量(?:部)?经理|项目经理|技术总监|运营总监|销售总监|副院长|院长|医务处长|信息科长|设备科长|总工程师|工程师|副总)`;
const NAME_THEN_TITLE = new RegExp(
  String.raw`(${S}[\u4e00-\u9fa5]{1,2})\s*[（(]\s*(${TITLE}|[^）)]{2,10}?(?:总监|经理|主任|主管|负责人|工程师|总|长))\s*[）)]`,
  'g',
);
const TITLE_THEN_NAME = new RegExp(String.raw`(${TITLE})\s*(${S}[\u4e00-\u9fa5]{1,2})`, 'g');
const BARE_TITLE =
  /(?<![A-Za-z])(CTO|CIO|CEO|CFO|COO)(?![A-Za-z])|(IT总监|信息中心主任|信息科长|采购总监|财务总监|总经理|董事长|法务)/g;
/** Characters that end a two-character name rather than belong to a three-character one. */
const NAME_STOP =
  /[再说讲来去他她会也在和跟对要是的那这们已让把负管拍定签审等刚还都就呢吧啊了过看给请带问找约]/;

export function roleOf(title: string | null): DecisionRole {
  const t = title ?? '';
  if (/CTO|CIO|IT|信息|技术|总工|工程师|^工$/.test(t)) return 'technical_evaluator';
  if (/采购/.test(t)) return 'procurement';
  if (/财务|CFO/.test(t)) return 'finance';
  if (/法务/.test(t)) return 'legal';
  if (/董事长|总裁|CEO|总经理|^总$|^董$|院长|行长|校长|局长|书记|老板/.test(t)) return 'decision_maker';
  if (/生产|厂长|车间|仓库|物流|质量|运营|医务|设备|主任|COO/.test(t)) return 'business_owner';
  return 'influencer';
}

function trimName(raw: string): string {
  return raw.length === 3 && NAME_STOP.test(raw[2]!) ? raw.slice(0, 2) : raw;
}

export function findPeople(text: string): PersonHit[] {
  const hits: PersonHit[] = [];
  const taken: [number, number][] = [];
  const add = (hit: PersonHit, length: number) => {
    if (taken.some(([a, b]) => hit.index < b && hit.index + length > a)) return;
    taken.push([hit.index, hit.index + length]);
    hits.push(hit);
  };
  for (const m of text.matchAll(NAME_THEN_TITLE)) {
    const name = trimName(m[1]!);
    add(
      { name, title: m[2]!, role: roleOf(m[2]!), match: m[0], index: m.index ?? 0, confidence: 0.9 },
      m[0].length,
    );
  }
  for (const m of text.matchAll(TITLE_THEN_NAME)) {
    const name = trimName(m[2]!);
    const index = m.index ?? 0;
    add(
      { name, title: m[1]!, role: roleOf(m[1]!), match: m[1]! + name, index, confidence: 0.8 },
      m[1]!.length + name.length,
    );
  }
  for (const m of text.matchAll(SHORT)) {
    const title = m[2]!;
    const index = m.index ?? 0;
    // "王总监" is caught above; "总部" / "经理人" are not people.
    if (WORD_BEFORE.test(text.slice(Math.max(0, index - 3), index + 1))) continue;
    add(
      {
        name: m[0],
        title: title === '总' || title === '董' || title === '工' ? null : title,
        role: roleOf(title),
        match: m[0],
        index,
        confidence: 0.75,
      },
      m[0].length,
    );
  }
  for (const m of text.matchAll(BARE_TITLE)) {
    const title = (m[1] ?? m[2])!;
    add(
      { name: title, title, role: roleOf(title), match: title, index: m.index ?? 0, confidence: 0.5 },
      title.length,
    );
  }
  // A bare title next to a named person with that title is the same person ("总经理李强（总经理）").
  const named = new Set(hits.filter((h) => h.name !== h.title).map((h) => h.title));
  return (
    hits
      .filter((h) => h.name !== h.title || !named.has(h.title))
      // "王经理您好" greets the rep: an addressee at the start of a message is not the customer.
      .filter((h) => !(h.index === 0 && /^\s*([，,：:!！]|您好|你好|早|好)/.test(text.slice(h.match.length))))
      .sort((a, b) => a.index - b.index)
  );
}
