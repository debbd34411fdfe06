/**
 * Signals derived from deal and account attributes for historical deals that carry no
 * recorded signals (crm-maven). A signal-model-shaped list: each signal's `when` is JSON
 * Logic over the deal's nested attributes ({product, customer: {...}, team: {...}}).
 */
import { evaluateLogic, truthy } from '../../engine';
import type { HistoricalDeal } from './deals';

export interface DerivedSignal {
  id: string;
  weight: number;
  when: unknown;
}

export const CRM_MAVEN_SIGNALS: DerivedSignal[] = [
  {
    id: 'premium_product',
    weight: 25,
    when: { in: [{ var: 'product' }, ['GTXPro', 'GTX Pro', 'GTX Plus Pro', 'GTK 500', 'MG Advanced']] },
  },
  { id: 'large_account', weight: 20, when: { '>=': [{ var: 'customer.employees' }, 5000] } },
  {
    id: 'domestic_account',
    weight: 15,
    when: { '==': [{ var: 'customer.office_location' }, 'United States'] },
  },
  { id: 'established_account', weight: 15, when: { '<=': [{ var: 'customer.year_established' }, 2000] } },
  { id: 'group_subsidiary', weight: 10, when: { '!!': [{ var: 'customer.subsidiary_of' }] } },
  { id: 'west_office', weight: 15, when: { '==': [{ var: 'team.regional_office' }, 'West'] } },
];

/** Nested view of a deal's attributes for JSON Logic (numbers parsed). */
export function logicData(deal: HistoricalDeal): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(deal.attrs)) {
    const value = v !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    const dot = k.indexOf('.');
    if (dot < 0) {
      out[k] = value;
      continue;
    }
    const head = k.slice(0, dot);
    const obj = (out[head] ??= {}) as Record<string, unknown>;
    obj[k.slice(dot + 1)] = value;
  }
  return out;
}

/** Ids of the derived signals present on a deal. */
export function presentSignals(signals: readonly DerivedSignal[], deal: HistoricalDeal): string[] {
  const data = logicData(deal);
  return signals.filter((s) => truthy(evaluateLogic(s.when, data))).map((s) => s.id);
}
