/**
 * F6 payment feedback: when a customer's average historical payment cycle (days from
 * invoice to payment) exceeds the contract's terms, the deal's weight in the cash forecast
 * is multiplied by the factor of the highest step whose overDays is exceeded.
 */
import type { I18nText } from '../types';
import type { PaymentRuleView } from './types';

export interface CustomerPaymentHistory {
  /** Average days from invoice to payment over the rule's look-back. */
  avgDays: number;
  /** Invoices behind the average. */
  invoices: number;
}

export interface PaymentAdjustment {
  /** Multiplier (1 = no change). */
  factor: number;
  /** Average days minus terms (null when not computed). */
  overDays: number | null;
  /** Index of the step applied, null when none. */
  step: number | null;
  reason: I18nText | null;
}

const NONE: PaymentAdjustment = { factor: 1, overDays: null, step: null, reason: null };

/**
 * Adjustment for a deal with payment terms `termsDays` and the customer's history.
 * No adjustment when the rule is disabled, history is missing or has fewer than
 * minInvoices (default 1) invoices. 45 vs 60 days → factor 1; 90 vs 60 → the highest step
 * with 30 > overDays.
 */
export function paymentAdjustment(
  rule: PaymentRuleView,
  history: CustomerPaymentHistory | null | undefined,
  termsDays: number,
): PaymentAdjustment {
  if (!rule.enabled || !history || history.invoices < (rule.minInvoices ?? 1)) return NONE;
  const over = history.avgDays - termsDays;
  let best = -1;
  rule.steps.forEach((s, i) => {
    const cur = rule.steps[best];
    if (over > s.overDays && (!cur || s.overDays > cur.overDays)) best = i;
  });
  const step = rule.steps[best];
  if (!step) return { ...NONE, overDays: over };
  return { factor: step.factor, overDays: over, step: best, reason: step.reason };
}

/** Average payment days of invoices paid within [now − months, now); null when none. */
export function averagePaymentDays(
  invoices: readonly { invoicedAt: number; paidAt: number | null }[],
  now: number,
  fromInstant: number,
): CustomerPaymentHistory | null {
  const paid = invoices.filter((i) => i.paidAt !== null && i.paidAt >= fromInstant && i.paidAt < now);
  if (paid.length === 0) return null;
  const days = paid.map((i) => ((i.paidAt as number) - i.invoicedAt) / 86_400_000);
  return { avgDays: days.reduce((a, b) => a + b, 0) / days.length, invoices: paid.length };
}
