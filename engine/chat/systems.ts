/**
 * Systems the customer runs or wants connected: a dictionary of categories (ERP, MES, WMS…),
 * products (U8, K3, NC, S/4HANA) and vendors (SAP, 用友, 金蝶, 鼎捷, 东软, 卫宁…).
 */
export type SystemCategory =
  'erp' | 'mes' | 'wms' | 'plm' | 'scada' | 'qms' | 'crm' | 'oa' | 'hr' | 'bi' | 'other';

export interface SystemRow {
  name: string;
  category: SystemCategory;
  vendor?: string;
}

export interface SystemHit extends SystemRow {
  match: string;
  index: number;
  /** existing: in use; wanted: planned or missing; integrate: to be connected. */
  status: 'existing' | 'wanted' | 'integrate';
  /** Named in passing: neither installed nor wanted for sure (kept for vendor merging). */
  mentioned?: boolean;
}

interface Entry {
  re: RegExp;
  name: string;
  category: SystemCategory;
  vendor?: string;
}

const V = (vendor: string, alias: string, name: string, category: SystemCategory = 'erp'): Entry => ({
  re: new RegExp(alias, 'gi'),
  name,
  category,
  vendor,
});
const C = (alias: string, name: string, category: SystemCategory): Entry => ({
  re: new RegExp(String.raw`(?<![A-Za-z])(?:${alias})(?![A-Za-z])`, 'g'),
  name,
  category,
});

/** Product entries first: "用友U8" is one system, not 用友 plus U8. */
const DICTIONARY: Entry[] = [
  V('SAP', String.raw`SAP\s*(?:S/4\s*HANA|S4\s*HANA|ECC|B1|Business\s*One|R/3)`, 'SAP S/4HANA'),
  V('SAP', String.raw`(?<![A-Za-z])SAP(?![A-Za-z])`, 'SAP ERP'),
  V('Oracle', String.raw`Oracle\s*(?:EBS|ERP)?|甲骨文`, 'Oracle ERP'),
  V(
    '用友',
    String.raw`用友\s*(?:U8\+?|U9|NC|YonBIP|BIP|T\+|T3|T6)?|(?<![A-Za-z])(?:U8\+?|U9)(?![A-Za-z\d])`,
    '用友',
  ),
  V(
    '金蝶',
    String.raw`金蝶\s*(?:K3\s*Cloud|K3|云星空|云星瀚|EAS|KIS|精斗云|s-HR)?|(?<![A-Za-z])K3\s*Cloud`,
    '金蝶',
  ),
  V('鼎捷', String.raw`鼎捷\s*(?:T100|易飞|E10|MES)?`, '鼎捷'),
  V('浪潮', String.raw`浪潮\s*(?:GS|PS)?`, '浪潮'),
  V('东软', String.raw`东软\s*(?:HIS|PACS|LIS)?`, '东软', 'other'),
  V('卫宁', String.raw`卫宁(?:健康)?\s*(?:HIS)?`, '卫宁 HIS', 'other'),
  V('泛微', String.raw`泛微\s*(?:OA|e-cology|E9)?`, '泛微 OA', 'oa'),
  V('致远', String.raw`致远\s*(?:OA|A8)?`, '致远 OA', 'oa'),
  V('Salesforce', String.raw`Salesforce`, 'Salesforce', 'crm'),
  V('纷享销客', String.raw`纷享销客`, '纷享销客', 'crm'),
  V('钉钉', String.raw`钉钉`, '钉钉', 'oa'),
  V('企业微信', String.raw`企业微信|企微`, '企业微信', 'oa'),
  V('西门子', String.raw`西门子\s*(?:Opcenter|Teamcenter|WinCC)`, '西门子', 'mes'),
  C('ERP', 'ERP', 'erp'),
  C('MES|MOM|制造执行系统', 'MES', 'mes'),
  C('WMS|仓储管理系统|仓库管理系统', 'WMS', 'wms'),
  C('TMS|运输管理系统', 'TMS', 'other'),
  C('CRM|客户管理系统', 'CRM', 'crm'),
  C('SRM', 'SRM', 'other'),
  C('PLM|PDM', 'PLM', 'plm'),
  C('SCADA|DCS', 'SCADA', 'scada'),
  C('QMS|质量管理系统', 'QMS', 'qms'),
  C('APS', 'APS', 'other'),
  C('LIMS', 'LIMS', 'qms'),
  C('OA|办公系统', 'OA', 'oa'),
  C('HIS|医院信息系统', 'HIS', 'other'),
  C('PACS', 'PACS', 'other'),
  C('LIS', 'LIS', 'other'),
  C('EMR|电子病历', 'EMR', 'other'),
  C('HRM?|eHR|人事系统', 'HR', 'hr'),
  C('BI|报表系统|数据中台', 'BI', 'bi'),
  C('POS', 'POS', 'other'),
  C('SSO|单点登录', 'SSO', 'other'),
];

const WANTED =
  /(想上|准备上|打算上|计划上|要上|新上|需要上|没有|没上|还没|缺|选型|招标|替换成|换成|上一套|建一套|搞一套)/;
const INTEGRATE = /(对接|打通|集成|接口|同步|联动|互通|连起来|接进来)/;
const EXISTING =
  /(在用|用的是|用的|现在用|目前用|已经上了|已上|上了|现有|跑着|自研|自己开发|老的|原来的|版本)/;
/** After a system: "WMS是自研的", "SCADA是国外的", "LIMS还没上". */
const EXISTING_AFTER = /^\s*(是|用的是|用的|用了|在用|跑了|上了|已经)/;
const WANTED_AFTER = /^\s*(还没|没有|没上|还没有)/;

export function findSystems(text: string): SystemHit[] {
  const hits: SystemHit[] = [];
  const taken: [number, number][] = [];
  for (const e of DICTIONARY) {
    for (const m of text.matchAll(e.re)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (!m[0].trim() || taken.some(([a, b]) => index < b && end > a)) continue;
      taken.push([index, end]);
      const before = clauseBefore(text, index).slice(-8);
      const around = before + text.slice(index, clauseEnd(text, end)).slice(0, 16);
      const after = text.slice(end, clauseEnd(text, end));
      const status: SystemHit['status'] | 'mentioned' =
        WANTED.test(before) || WANTED_AFTER.test(after)
          ? 'wanted'
          : INTEGRATE.test(around) && !EXISTING.test(before)
            ? 'integrate'
            : e.vendor || EXISTING.test(before) || EXISTING_AFTER.test(after)
              ? 'existing'
              : 'mentioned';
      // A category named in passing ("MES这块大概三百万") says nothing about what is installed.
      if (status === 'mentioned') {
        hits.push({
          name: e.name,
          category: e.category,
          match: m[0],
          index,
          status: 'wanted',
          mentioned: true,
        });
        continue;
      }
      const product = m[0].trim().replace(/\s+/g, ' ');
      // "U8" alone is 用友U8; "SAP" alone is SAP ERP.
      const name =
        !e.vendor || product === e.vendor || product.toUpperCase() === e.vendor.toUpperCase()
          ? e.name
          : product.includes(e.vendor) || /^[A-Za-z]/.test(e.vendor)
            ? product
            : e.vendor + product;
      hits.push({
        name,
        category: e.category,
        ...(e.vendor ? { vendor: e.vendor } : {}),
        match: m[0],
        index,
        status,
      });
    }
  }
  return mergeVendors(
    text,
    hits.sort((a, b) => a.index - b.index),
  ).filter((h) => !h.mentioned);
}

const PUNCT = /[，,。；;！？!?]/;
function clauseBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && !PUNCT.test(text[i - 1]!)) i--;
  return text.slice(i, index);
}
function clauseEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !PUNCT.test(text[i]!)) i++;
  return i;
}

/** "WMS是金蝶的" / "MES用的是鼎捷": one system of that category by that vendor. */
function mergeVendors(text: string, hits: SystemHit[]): SystemHit[] {
  const out: SystemHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && !prev.vendor && h.vendor) {
      const between = text.slice(prev.index + prev.match.length, h.index);
      if (/^\s*(是|用的是|用的|用|选的是|买的是|买的)\s*$/.test(between)) {
        // "ERP用的是金蝶云星空": the product; "PACS和LIS是东软的": 东软 PACS, 东软 LIS.
        const merge = (x: SystemHit): SystemHit => ({
          ...x,
          name: x.category === h.category && h.name !== h.vendor ? h.name : `${h.vendor} ${x.name}`,
          vendor: h.vendor,
          status: h.status === 'integrate' ? 'integrate' : 'existing',
          mentioned: false,
        });
        out[out.length - 1] = merge(prev);
        for (let i = out.length - 2; i >= 0; i--) {
          const x = out[i]!;
          const gap = text.slice(x.index + x.match.length, out[i + 1]!.index);
          if (x.vendor || !/^\s*(和|与|及|、|以及)\s*$/.test(gap)) break;
          out[i] = merge(x);
        }
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

/** The requirement form's ERP product option of a vendor. */
export const ERP_PRODUCT: Record<string, string> = {
  SAP: 'sap',
  Oracle: 'oracle',
  用友: 'yonyou',
  金蝶: 'kingdee',
  鼎捷: 'digiwin',
};

/** Integration-need options of the requirement form. */
export const INTEGRATION_OPTIONS = new Set(['erp', 'mes', 'wms', 'plm', 'crm', 'oa', 'sso']);
