import defaults from '../../templates/defaults/signal-model.json' with { type: 'json' };
import { averagePaymentDays, paymentAdjustment } from './payment';
import type { PaymentRuleView } from './types';

const rule = defaults.content.payment as PaymentRuleView; // > 0 → 0.85, > 30 → 0.6, > 60 → 0.4; min 2 invoices

describe('F6: payment feedback lowers the cash-forecast weight', () => {
  test('F6: 45 days against 60-day terms is fine', () => {
    expect(paymentAdjustment(rule, { avgDays: 45, invoices: 5 }, 60)).toEqual({
      factor: 1,
      overDays: -15,
      step: null,
      reason: null,
    });
  });

  test('F6: 90 against 60 days (30 over) → first step 0.85 with its reason', () => {
    const a = paymentAdjustment(rule, { avgDays: 90, invoices: 5 }, 60);
    expect(a.factor).toBe(0.85);
    expect(a.overDays).toBe(30);
    expect(a.step).toBe(0);
    expect(a.reason?.en).toMatch(/longer than/);
  });

  test('F6: the highest step exceeded applies (31 over → 0.6, 70 over → 0.4)', () => {
    expect(paymentAdjustment(rule, { avgDays: 91, invoices: 3 }, 60).factor).toBe(0.6);
    expect(paymentAdjustment(rule, { avgDays: 130, invoices: 3 }, 60).factor).toBe(0.4);
  });

  test('F6: too few invoices, no history or a disabled rule → no change', () => {
    expect(paymentAdjustment(rule, { avgDays: 200, invoices: 1 }, 60).factor).toBe(1);
    expect(paymentAdjustment(rule, null, 60).factor).toBe(1);
    expect(paymentAdjustment({ ...rule, enabled: false }, { avgDays: 200, invoices: 9 }, 60).factor).toBe(1);
  });

  test('F6: average payment days over the look-back', () => {
    const D = 86_400_000;
    const h = averagePaymentDays(
      [
        { invoicedAt: 0, paidAt: 30 * D },
        { invoicedAt: 10 * D, paidAt: 100 * D },
        { invoicedAt: 20 * D, paidAt: null },
        { invoicedAt: -500 * D, paidAt: -400 * D },
      ],
      200 * D,
      0,
    );
    expect(h).toEqual({ avgDays: 60, invoices: 2 });
    expect(averagePaymentDays([], 1, 0)).toBeNull();
  });
});
