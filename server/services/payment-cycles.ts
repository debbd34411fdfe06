// Customers' payment cycles (F6): recorded one by one or imported in bulk; the forecast reads
// their average against a deal's payment terms.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PaymentCycleCreate, PaymentCycleImport } from '../../schemas';
import { normalizeCompanyName } from '../../engine/normalize';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { customers, opportunities, paymentCycles } from '../db/schema';
import { badRequest, notFound } from '../http/errors';

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

function cycleOf(input: { invoiceDate: string; paidDate?: string | null; days?: number | null }, path = '') {
  if (input.paidDate) {
    const days = daysBetween(input.invoiceDate, input.paidDate);
    if (days < 0)
      throw badRequest([{ path: `${path}/paidDate`, message: 'paid date is before the invoice date' }]);
    return { paidDate: input.paidDate, days };
  }
  if (input.days === undefined || input.days === null)
    throw badRequest([{ path: `${path}/paidDate`, message: 'give the paid date or the days to payment' }]);
  return { paidDate: null, days: input.days };
}

export async function recordPaymentCycle(ctx: AppContext, who: Principal, body: PaymentCycleCreate) {
  const [c] = await ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.id, body.customerId));
  if (!c) throw badRequest([{ path: '/customerId', message: 'unknown customer' }]);
  const { paidDate, days } = cycleOf(body);
  const [row] = await ctx.db
    .insert(paymentCycles)
    .values({
      customerId: c.id,
      invoiceDate: body.invoiceDate,
      paidDate,
      days,
      termsDays: body.termsDays ?? null,
      amount: body.amount ?? null,
      source: 'manual',
      createdBy: who.kind === 'user' ? who.id : null,
      createdAt: ctx.clock.now(),
    })
    .returning();
  return row!;
}

/** Bulk import by customer name (as written in contracts: 有限公司/集团 variants match). */
export async function importPaymentCycles(ctx: AppContext, who: Principal, body: PaymentCycleImport) {
  const all = await ctx.db.select({ id: customers.id, norm: customers.normalizedName }).from(customers);
  const byName = new Map(all.map((c) => [c.norm, c.id]));
  const rejected: { row: number; path: string; message: string }[] = [];
  const values: (typeof paymentCycles.$inferInsert)[] = [];
  const now = ctx.clock.now();
  body.rows.forEach((r, i) => {
    const id = byName.get(normalizeCompanyName(r.customerName));
    if (!id)
      return rejected.push({
        row: i + 1,
        path: `/rows/${i}/customerName`,
        message: 'no customer with this name',
      });
    try {
      const { paidDate, days } = cycleOf(r, `/rows/${i}`);
      values.push({
        customerId: id,
        invoiceDate: r.invoiceDate,
        paidDate,
        days,
        termsDays: r.termsDays ?? null,
        amount: r.amount ?? null,
        source: 'import',
        createdBy: who.kind === 'user' ? who.id : null,
        createdAt: now,
      });
    } catch (err) {
      const e = err as { errors?: { path: string; message: string }[] };
      rejected.push({ row: i + 1, ...(e.errors?.[0] ?? { path: `/rows/${i}`, message: String(err) }) });
    }
    return undefined;
  });
  if (values.length) await ctx.db.insert(paymentCycles).values(values);
  return { imported: values.length, rejected };
}

/** Customers with their cycles and average, optionally one customer. */
export async function listPaymentCycles(ctx: AppContext, customerId?: string) {
  const rows = await ctx.db
    .select({ cycle: paymentCycles, name: customers.name })
    .from(paymentCycles)
    .innerJoin(customers, eq(customers.id, paymentCycles.customerId))
    .where(customerId ? eq(paymentCycles.customerId, customerId) : undefined)
    .orderBy(asc(customers.name), asc(paymentCycles.invoiceDate));
  if (customerId && !rows.length) {
    const [c] = await ctx.db.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId));
    if (!c) throw notFound('customer not found');
  }
  const ids = [...new Set(rows.map((r) => r.cycle.customerId))];
  const terms = ids.length
    ? await ctx.db
        .select({ customerId: opportunities.customerId, terms: opportunities.paymentTermsDays })
        .from(opportunities)
        .where(and(inArray(opportunities.customerId, ids), eq(opportunities.outcome, 'open')))
    : [];
  const by = new Map<
    string,
    {
      customerId: string;
      name: string;
      invoices: number;
      avgDays: number;
      termsDays: number | null;
      cycles: unknown[];
    }
  >();
  for (const { cycle, name } of rows) {
    const g = by.get(cycle.customerId) ?? {
      customerId: cycle.customerId,
      name,
      invoices: 0,
      avgDays: 0,
      termsDays: null,
      cycles: [],
    };
    g.avgDays = (g.avgDays * g.invoices + cycle.days) / (g.invoices + 1);
    g.invoices += 1;
    g.cycles.push({
      id: cycle.id,
      invoiceDate: cycle.invoiceDate,
      paidDate: cycle.paidDate,
      days: cycle.days,
      amount: cycle.amount,
      source: cycle.source,
    });
    g.termsDays =
      terms.find((t) => t.customerId === cycle.customerId && t.terms !== null)?.terms ??
      cycle.termsDays ??
      g.termsDays;
    by.set(cycle.customerId, g);
  }
  return { customers: [...by.values()] };
}
