// Engine benchmark: gradeLead throughput over 100,000 synthetic leads with the default grading
// rules, against raw json-logic-js on the same rules and leads in the same run.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jsonLogic from 'json-logic-js';
import { gradeLead, type GradingRulesView } from '../../engine';

/** A type alias (not an interface) so results fit run.ts's `Record<string, unknown>` rows. */
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  p50?: number;
  p99?: number;
};

const LEADS = 100_000;
const root = fileURLToPath(new URL('../../', import.meta.url));
const CHANNELS = [
  'expo_qr',
  'website_form',
  'webinar',
  'referral',
  'partner',
  'cold_call',
  'ad_campaign',
  'wecom',
];
const INDUSTRIES = [
  'manufacturing',
  'medical_devices',
  'education',
  'saas',
  'retail_chain',
  'nev',
  'finance',
];
const label = (en: string) => ({ zh: en, en });

/** 14 rules in the shape of the default grading set (used when templates/ has no default yet). */
const FALLBACK_RULES: GradingRulesView = {
  thresholds: { A: 70, B: 45, C: 20 },
  rules: [
    ['expo_qr', { '==': [{ var: 'source.channel' }, 'expo_qr'] }, 30],
    ['referral', { in: [{ var: 'source.channel' }, ['referral', 'partner']] }, 25],
    ['webinar', { '==': [{ var: 'source.channel' }, 'webinar'] }, 15],
    ['cold_call', { '==': [{ var: 'source.channel' }, 'cold_call'] }, -5],
    ['long_dwell', { '>': [{ var: 'behaviour.dwellSeconds' }, 180] }, 20],
    ['many_pages', { '>=': [{ var: 'behaviour.pageViews' }, 5] }, 10],
    ['whitepaper', { '==': [{ var: 'behaviour.downloadedWhitepaper' }, true] }, 10],
    ['demo', { '==': [{ var: 'behaviour.requestedDemo' }, true] }, 25],
    ['pricing', { '==': [{ var: 'behaviour.visitedPricing' }, true] }, 10],
    ['capital_5m', { '>': [{ var: 'company.registeredCapital' }, 5_000_000] }, 15],
    ['capital_50m', { '>': [{ var: 'company.registeredCapital' }, 50_000_000] }, 10],
    [
      'target_industry',
      { in: [{ var: 'company.industry' }, ['manufacturing', 'medical_devices', 'nev']] },
      10,
    ],
    ['big_company', { '>=': [{ var: 'company.employees' }, 500] }, 10],
    [
      'decision_maker',
      { and: [{ '!!': { var: 'contact.title' } }, { in: ['总', { var: 'contact.title' }] }] },
      15,
    ],
  ].map(([id, when, points]) => ({
    id: id as string,
    label: label(id as string),
    when,
    points: points as number,
  })),
};

function loadRules(): { rules: GradingRulesView; source: string } {
  const file = `${root}templates/defaults/grading-rules.json`;
  if (!existsSync(file)) return { rules: FALLBACK_RULES, source: 'built-in 14 rules' };
  const artefact = JSON.parse(readFileSync(file, 'utf8')) as { content: GradingRulesView };
  return {
    rules: artefact.content,
    source: `templates/defaults/grading-rules.json (${artefact.content.rules.length} rules)`,
  };
}

function syntheticLeads(n: number): Record<string, unknown>[] {
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => ({
    name: `lead ${i}`,
    company: {
      name: `公司${i}`,
      registeredCapital: Math.floor(rnd() * 100_000_000),
      industry: pick(INDUSTRIES),
      employees: Math.floor(rnd() * 2000),
      province: '江苏',
    },
    contact: { name: '张伟', title: pick(['IT经理', '总经理', '采购', '工程师', '']), phone: '13800138000' },
    source: { channel: pick(CHANNELS) },
    behaviour: {
      dwellSeconds: Math.floor(rnd() * 600),
      pageViews: Math.floor(rnd() * 12),
      downloadedWhitepaper: rnd() < 0.3,
      requestedDemo: rnd() < 0.1,
      visitedPricing: rnd() < 0.2,
    },
    tags: rnd() < 0.5 ? ['mes'] : [],
  }));
}

function rawJsonLogic(rules: GradingRulesView, lead: Record<string, unknown>): number {
  let score = 0;
  for (const r of rules.rules)
    if (jsonLogic.truthy(jsonLogic.apply(r.when as never, lead))) score += r.points;
  return score;
}

function leadsPerSecond(
  leads: readonly Record<string, unknown>[],
  grade: (lead: Record<string, unknown>) => unknown,
): number {
  for (let i = 0; i < 2_000; i++) grade(leads[i % leads.length] as Record<string, unknown>); // warm-up
  const t0 = performance.now();
  for (const lead of leads) grade(lead);
  return Math.round(leads.length / ((performance.now() - t0) / 1000));
}

export async function benchGrading(): Promise<BenchResult[]> {
  const { rules, source } = loadRules();
  const leads = syntheticLeads(LEADS);
  for (const lead of leads.slice(0, 1000)) {
    if (gradeLead(rules, lead).score !== rawJsonLogic(rules, lead))
      throw new Error('engine and json-logic-js disagree');
  }
  const engine = leadsPerSecond(leads, (lead) => gradeLead(rules, lead));
  const raw = leadsPerSecond(leads, (lead) => rawJsonLogic(rules, lead));
  console.log(`  grading rules: ${source}; ${LEADS.toLocaleString('en')} synthetic leads`);
  return [
    { name: 'gradeLead (engine)', value: engine, unit: 'leads/s' },
    { name: 'json-logic-js raw, same rules', value: raw, unit: 'leads/s' },
    { name: 'engine / json-logic-js', value: Number((engine / raw).toFixed(2)), unit: '×' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchGrading())
    console.log(`${r.name.padEnd(32)} ${String(r.value).padStart(10)} ${r.unit}`);
}
