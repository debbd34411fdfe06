// The lead fields an import column may map to, with the header names (Chinese and English) that
// suggest them. Labels and enum options come from the field catalogue, so they never disagree.
import { fieldsOf } from '../../schemas';

export type ImportKind =
  'string' | 'text' | 'money' | 'number' | 'integer' | 'boolean' | 'enum' | 'duration' | 'tags';

export interface ImportField {
  path: string;
  kind: ImportKind;
  /** Normalised header names (see headerKey) that suggest this field, most specific first. */
  aliases: string[];
}

const F = (path: string, kind: ImportKind, aliases: string[]): ImportField => ({ path, kind, aliases });

/** Every lead field an import row may set (the fields of leadCreate). Order = suggestion priority. */
export const IMPORT_FIELDS: readonly ImportField[] = [
  F('company.name', 'string', [
    '公司',
    '公司名称',
    '企业名称',
    '单位',
    '单位名称',
    '客户名称',
    '客户',
    'company',
    'companyname',
    'organization',
    'organisation',
    'account',
  ]),
  F('contact.name', 'string', [
    '联系人',
    '联系人姓名',
    '姓名',
    '客户姓名',
    'name',
    'contact',
    'contactname',
    'fullname',
  ]),
  F('name', 'string', ['线索名称', '线索标题', '线索', 'leadname', 'lead', 'leadtitle']),
  F('contact.title', 'string', ['职务', '职位', '岗位', '头衔', 'title', 'jobtitle', 'position', 'role']),
  F('contact.phone', 'string', [
    '手机',
    '手机号',
    '手机号码',
    '移动电话',
    '电话',
    '联系电话',
    '联系方式',
    '座机',
    'mobile',
    'phone',
    'tel',
    'telephone',
    'cellphone',
    'phonenumber',
  ]),
  F('contact.email', 'string', [
    '邮箱',
    '电子邮箱',
    '电子邮件',
    '邮件',
    'email',
    'e-mail',
    'mail',
    'emailaddress',
  ]),
  F('contact.wecomId', 'string', [
    '企业微信',
    '企业微信id',
    '企微',
    '企微id',
    'wecom',
    'wecomid',
    'wework',
    'wxwork',
  ]),
  F('company.industry', 'enum', ['行业', '所属行业', '行业类别', 'industry', 'sector']),
  F('company.province', 'string', ['省份', '省', '所在省份', '地区', 'province', 'state', 'region']),
  F('company.city', 'string', ['城市', '市', '所在城市', 'city']),
  F('company.registeredCapital', 'money', ['注册资本', '注册资金', 'registeredcapital', 'capital']),
  F('company.employees', 'integer', [
    '员工人数',
    '员工数',
    '人数',
    '公司规模',
    'employees',
    'headcount',
    'staff',
  ]),
  F('company.website', 'string', ['网站', '公司网站', '官网', 'website', 'url', 'web']),
  F('company.creditCode', 'string', ['统一社会信用代码', '信用代码', 'creditcode', 'uscc']),
  F('source.channel', 'enum', ['来源', '来源渠道', '渠道', '线索来源', 'source', 'channel', 'leadsource']),
  F('source.campaign', 'string', ['活动', '来源活动', '市场活动', '活动名称', '展会', 'campaign', 'event']),
  F('behaviour.dwellSeconds', 'duration', [
    '停留时长',
    '页面停留时长',
    '停留时间',
    '访问时长',
    'dwell',
    'dwelltime',
    'dwellseconds',
    'timeonsite',
  ]),
  F('behaviour.pageViews', 'integer', [
    '浏览页数',
    '页面浏览数',
    '浏览量',
    '访问页数',
    'pageviews',
    'pages',
    'views',
  ]),
  F('behaviour.downloadedWhitepaper', 'boolean', [
    '下载白皮书',
    '白皮书',
    '是否下载白皮书',
    'whitepaper',
    'downloadedwhitepaper',
  ]),
  F('behaviour.requestedDemo', 'boolean', [
    '预约演示',
    '申请演示',
    '演示',
    'requesteddemo',
    'demo',
    'demorequested',
  ]),
  F('behaviour.visitedPricing', 'boolean', [
    '浏览价格页',
    '访问价格页',
    '价格页',
    'visitedpricing',
    'pricing',
  ]),
  F('tags', 'tags', ['标签', 'tags', 'tag']),
  F('note', 'text', [
    '备注',
    '说明',
    '需求描述',
    '留言',
    'note',
    'notes',
    'remark',
    'remarks',
    'comment',
    'comments',
  ]),
  F('externalId', 'string', ['编号', '序号', '外部编号', '线索编号', 'id', 'externalid', 'ref']),
];

const EXTRA_LABELS: Record<string, { zh: string; en: string }> = {
  externalId: { zh: '外部编号', en: 'External id' },
  'company.creditCode': { zh: '统一社会信用代码', en: 'Unified social credit code' },
};

export const importField = (path: string) => IMPORT_FIELDS.find((f) => f.path === path);

/** The catalogue entry of an import field (label, options) for the mapping UI. */
export function importFieldInfo() {
  const catalogue = fieldsOf('lead');
  return IMPORT_FIELDS.map((f) => {
    const def = catalogue.find((c) => c.path === f.path);
    return {
      path: f.path,
      kind: f.kind,
      label: def?.label ?? EXTRA_LABELS[f.path] ?? { zh: f.path, en: f.path },
      ...(def?.options ? { options: def.options } : {}),
    };
  });
}
