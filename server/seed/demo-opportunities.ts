// Demo opportunities with months of history (stages, closed won/lost deals, signals, payment cycles)
// so the forecast, calibration and reports pages have content on first start (F1–F7). Generated
// from a fixed seed (same data every start), written in batches so seeding stays fast.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import {
  bandedWinRates,
  closeInPeriodProbability,
  dealScore,
  fitSurvival,
  winProbability,
  type ClosedDealScore,
} from '../../engine/forecast';
import { normalizeCompanyName } from '../../engine/normalize';
import type { SignalModel } from '../../schemas';
import type { AppContext } from '../context';
import {
  customers,
  dealScoreHistory,
  dealSignals,
  forecastSnapshots,
  leads,
  opportunities,
  paymentCycles,
  users,
} from '../db/schema';
import { parsePeriod, weekOf } from '../services/forecast-period';
import { signalModelOf } from '../services/forecast-scope';
import { settle } from '../services/calibration';
import { COMPANY_PARTS, EVIDENCE, PROJECTS, REP_PROFILES } from './demo-opportunity-data';

const DAY = 86_400_000;

/** Small deterministic PRNG (mulberry32): the demo is the same on every first start. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plan {
  id: string;
  ownerId: string;
  email: string;
  customerId: string;
  leadId: string | null;
  industry: string;
  name: string;
  amount: number;
  createdAt: Date;
  closedAt: Date | null;
  outcome: 'open' | 'won' | 'lost';
  stage: string;
  termsDays: number;
  /** Signal id → when it was recorded. */
  signals: { id: string; at: Date; auto: boolean }[];
  delivery: string[];
}

const OPEN_STAGES = ['qualify', 'solution', 'quote', 'contract_approval'];

export async function seedDemoOpportunities(ctx: AppContext): Promise<void> {
  const model = await signalModelOf(ctx);
  if (!model) return;
  const content = model.content;
  const now = ctx.clock.now();
  const rand = rng(20261127);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

  const reps = await ctx.db
    .select({ id: users.id, email: users.email, supervisorId: users.supervisorId })
    .from(users)
    .where(eq(users.role, 'rep'));
  if (!reps.length) return;
  const repByEmail = new Map(reps.map((r) => [r.email, r]));

  // customers for historical deals
  const customerRows: (typeof customers.$inferInsert)[] = [];
  const usedNames = new Set<string>();
  const customerPool = new Map<string, { id: string; industry: string; ownerId: string; slow: boolean }[]>();
  for (const profile of REP_PROFILES) {
    const rep = repByEmail.get(profile.email);
    if (!rep) continue;
    const list: { id: string; industry: string; ownerId: string; slow: boolean }[] = [];
    for (let i = 0; i < 30; i++) {
      const industry = pick(profile.industries);
      const parts = COMPANY_PARTS[industry] ?? COMPANY_PARTS.manufacturing!;
      let name = '';
      for (let k = 0; k < 20 && (!name || usedNames.has(name)); k++)
        name = `${pick(profile.cities)}${pick(parts.cores)}${pick(parts.suffixes)}`;
      if (usedNames.has(name)) continue;
      usedNames.add(name);
      const id = randomUUID();
      customerRows.push({
        id,
        name,
        normalizedName: normalizeCompanyName(name),
        industry,
        province: profile.province,
        ownerId: rep.id,
        createdAt: new Date(now.getTime() - 400 * DAY),
      });
      list.push({ id, industry, ownerId: rep.id, slow: rand() < 0.18 });
    }
    customerPool.set(profile.email, list);
  }
  await ctx.db.insert(customers).values(customerRows);

  // open deals also go to the customers of the reps' live leads (the collaboration pages use them)
  const leadRows = await ctx.db
    .select({
      id: leads.id,
      customerId: leads.customerId,
      ownerId: leads.ownerId,
      companyName: leads.companyName,
    })
    .from(leads)
    .where(
      and(
        isNotNull(leads.customerId),
        inArray(
          leads.ownerId,
          reps.map((r) => r.id),
        ),
      ),
    );

  const signals = content.signals;
  const plans: Plan[] = [];
  const weightOf = new Map(signals.map((s) => [s.id, s.weight]));

  /** Signals of a deal: likelier for good deals; `optimism` adds signals that do not predict a win. */
  const drawSignals = (quality: number, optimism: number, from: Date, to: Date, won: boolean | null) => {
    const out: Plan['signals'] = [];
    for (const s of signals) {
      const base = 0.08 + 0.75 * quality + (won === true ? 0.12 : won === false ? -0.1 : 0) + optimism;
      const p = Math.max(0.02, Math.min(0.95, base - (weightOf.get(s.id)! >= 20 ? 0.12 : 0)));
      if (rand() >= p) continue;
      const at = new Date(from.getTime() + (0.2 + 0.75 * rand()) * (to.getTime() - from.getTime()));
      out.push({ id: s.id, at, auto: s.detection.mode === 'auto' });
    }
    return out.sort((a, b) => a.at.getTime() - b.at.getTime());
  };

  for (const profile of REP_PROFILES) {
    const rep = repByEmail.get(profile.email);
    const pool = customerPool.get(profile.email);
    if (!rep || !pool?.length) continue;
    // closed deals over the past 12 months
    for (let i = 0; i < profile.closed; i++) {
      const c = pick(pool);
      const closedAt = new Date(now.getTime() - (3 + rand() * 360) * DAY);
      const createdAt = new Date(closedAt.getTime() - (20 + rand() * 130) * DAY);
      const quality = rand();
      const won = rand() < 0.12 + 0.78 * quality;
      const amount = Math.round((80_000 + Math.pow(rand(), 2.2) * 2_920_000) / 1000) * 1000;
      plans.push({
        id: randomUUID(),
        ownerId: rep.id,
        email: profile.email,
        customerId: c.id,
        leadId: null,
        industry: c.industry,
        name: `${customerRows.find((r) => r.id === c.id)!.name.replace(/(有限公司|股份有限公司|集团)$/, '')}${pick(PROJECTS[c.industry] ?? PROJECTS.manufacturing!)}`,
        amount,
        createdAt,
        closedAt,
        outcome: won ? 'won' : 'lost',
        stage: won ? 'won' : 'lost',
        termsDays: pick([30, 45, 60, 60, 90]),
        signals: drawSignals(quality, profile.optimism, createdAt, closedAt, won),
        delivery: [],
      });
    }
    // open deals in every stage
    const mine = leadRows.filter((l) => l.ownerId === rep.id);
    for (let i = 0; i < profile.open; i++) {
      const lead = i < mine.length ? mine[i]! : null;
      const c = lead ? null : pick(pool);
      const createdAt = new Date(now.getTime() - (6 + rand() * 110) * DAY);
      const quality = rand();
      const stageIdx = Math.min(3, Math.floor(quality * 3.2 + rand() * 1.2));
      const amount = Math.round((80_000 + Math.pow(rand(), 2) * 2_920_000) / 1000) * 1000;
      const industry = c?.industry ?? pick(profile.industries);
      const baseName = lead
        ? (lead.companyName ?? '').replace(/(有限公司|股份有限公司|集团)$/, '')
        : customerRows.find((r) => r.id === c!.id)!.name.replace(/(有限公司|股份有限公司|集团)$/, '');
      const sigs = drawSignals(quality, profile.optimism, createdAt, new Date(now.getTime() - DAY), null);
      plans.push({
        id: randomUUID(),
        ownerId: rep.id,
        email: profile.email,
        customerId: lead?.customerId ?? c!.id,
        leadId: lead?.id ?? null,
        industry,
        name: `${baseName}${pick(PROJECTS[industry] ?? PROJECTS.manufacturing!)}`,
        amount,
        createdAt,
        closedAt: null,
        outcome: 'open',
        stage: OPEN_STAGES[stageIdx]!,
        termsDays: pick([30, 45, 60, 60, 90]),
        signals: sigs,
        delivery: sigs.some((s) => s.id === 'test_env_account')
          ? ['interface_agreement_signed', 'sandbox_opened']
          : [],
      });
    }
  }
  // auto signals stay consistent with their conditions: the sandbox is open where detected, and
  // the requirement-completeness signal is only auto-detected from real forms (none yet) — drop it
  for (const p of plans)
    if (p.outcome === 'open') p.signals = p.signals.filter((s) => s.id !== 'requirements_complete');

  const iso = (d: Date) => d.toISOString().slice(0, 10);
  await ctx.db.insert(opportunities).values(
    plans.map((p) => ({
      id: p.id,
      name: p.name,
      customerId: p.customerId,
      leadId: p.leadId,
      ownerId: p.ownerId,
      industry: p.industry,
      amount: p.amount,
      expectedClose: iso(p.closedAt ?? new Date(now.getTime() + (10 + ((p.amount / 1000) % 100)) * DAY)),
      stage: p.stage,
      outcome: p.outcome,
      stageEnteredAt:
        p.closedAt ?? new Date(p.createdAt.getTime() + (now.getTime() - p.createdAt.getTime()) / 2),
      closedAt: p.closedAt,
      paymentTermsDays: p.termsDays,
      tracks: {
        sales: {},
        delivery: Object.fromEntries(
          p.delivery.map((m, i) => [
            m,
            { at: new Date(p.createdAt.getTime() + (i + 1) * 5 * DAY).toISOString(), by: null },
          ]),
        ),
      },
      data: { region: REP_PROFILES.find((r) => r.email === p.email)?.province ?? null },
      createdVia: 'seed',
      createdBy: 'system',
      createdAt: p.createdAt,
      updatedAt: p.closedAt ?? now,
    })),
  );

  // signals with evidence and the score history they produced
  const signalRows: (typeof dealSignals.$inferInsert)[] = [];
  const historyRows: (typeof dealScoreHistory.$inferInsert)[] = [];
  for (const p of plans) {
    historyRows.push({
      opportunityId: p.id,
      at: p.createdAt,
      score: 0,
      signalIds: [],
      artifactId: model.id,
      artifactVersion: model.version,
      reason: 'seed',
    });
    const present: string[] = [];
    for (const s of p.signals) {
      const ev = EVIDENCE[s.id];
      signalRows.push({
        opportunityId: p.id,
        signalId: s.id,
        note: s.auto ? null : (ev?.note ?? null),
        link: s.auto ? null : (ev?.link ?? null),
        fileName: s.auto ? null : (ev?.file ?? null),
        source: s.auto ? 'auto' : 'manual',
        recordedBy: s.auto ? null : p.ownerId,
        at: s.at,
        createdAt: s.at,
      });
      present.push(s.id);
      historyRows.push({
        opportunityId: p.id,
        at: s.at,
        score: dealScore(content, present).score,
        signalIds: [...present],
        artifactId: model.id,
        artifactVersion: model.version,
        reason: s.auto ? 'auto' : 'recorded',
      });
    }
  }
  for (let i = 0; i < signalRows.length; i += 500)
    await ctx.db.insert(dealSignals).values(signalRows.slice(i, i + 500));
  for (let i = 0; i < historyRows.length; i += 500)
    await ctx.db.insert(dealScoreHistory).values(historyRows.slice(i, i + 500));

  // customers' payment cycles: most pay within terms, some are slow payers
  const payRows: (typeof paymentCycles.$inferInsert)[] = [];
  const slow = new Set(
    [...customerPool.values()]
      .flat()
      .filter((c) => c.slow)
      .map((c) => c.id),
  );
  const termsOf = new Map(plans.map((p) => [p.customerId, p.termsDays]));
  for (const p of plans) {
    if (p.outcome !== 'won' || !p.closedAt) continue;
    const n = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) {
      const invoice = new Date(p.closedAt.getTime() + (k * 60 + 10) * DAY);
      const terms = termsOf.get(p.customerId) ?? 60;
      const days = Math.round(
        slow.has(p.customerId) ? terms + 35 + rand() * 60 : terms * (0.6 + rand() * 0.5),
      );
      if (invoice.getTime() + days * DAY >= now.getTime()) continue;
      payRows.push({
        customerId: p.customerId,
        invoiceDate: iso(invoice),
        paidDate: iso(new Date(invoice.getTime() + days * DAY)),
        days,
        termsDays: terms,
        amount: Math.round(p.amount / n),
        source: 'seed',
        createdAt: now,
      });
    }
  }
  // open deals of slow-paying customers make the payment rule visible (F6)
  for (const p of plans.filter((x) => x.outcome === 'open').slice(0, 40)) {
    if (!slow.has(p.customerId) && rand() > 0.25) continue;
    for (let k = 0; k < 3; k++) {
      const invoice = new Date(now.getTime() - (300 - k * 80) * DAY);
      const days = p.termsDays + 40 + Math.round(rand() * 45);
      payRows.push({
        customerId: p.customerId,
        invoiceDate: iso(invoice),
        paidDate: iso(new Date(invoice.getTime() + days * DAY)),
        days,
        termsDays: p.termsDays,
        amount: Math.round(p.amount / 3),
        source: 'seed',
        createdAt: now,
      });
    }
  }
  for (let i = 0; i < payRows.length; i += 500)
    await ctx.db.insert(paymentCycles).values(payRows.slice(i, i + 500));

  await ctx.db.insert(forecastSnapshots).values(pastSnapshots(plans, content, model, now));
  await settle(ctx, model, now); // past months are over: actuals and improvement tasks (F5)
}

/** Weekly snapshots of the past 8 weeks, computed as the weekly job would have then. */
function pastSnapshots(
  plans: Plan[],
  content: SignalModel,
  model: { id: string; version: number },
  now: Date,
) {
  const rows: (typeof forecastSnapshots.$inferInsert)[] = [];
  const thisWeek = Date.parse(`${weekOf(now)}T00:00:00+08:00`);
  const scoreAt = (p: Plan, t: number) =>
    dealScore(
      content,
      p.signals.filter((s) => s.at.getTime() <= t).map((s) => s.id),
    ).score;
  for (let w = 8; w >= 1; w--) {
    const t = thisWeek - w * 7 * DAY;
    const week = weekOf(new Date(t + 12 * 3_600_000));
    const closedBefore = plans.filter((p) => p.closedAt && p.closedAt.getTime() < t);
    const history: ClosedDealScore[] = closedBefore.map((p) => ({
      score: scoreAt(p, p.closedAt!.getTime()),
      won: p.outcome === 'won',
      closedAt: p.closedAt!.getTime(),
    }));
    const rates = bandedWinRates(history, content.banding, t);
    const openThen = plans.filter(
      (p) => p.createdAt.getTime() <= t && (!p.closedAt || p.closedAt.getTime() > t),
    );
    const curve = fitSurvival([
      ...closedBefore.map((p) => ({
        ageDays: (p.closedAt!.getTime() - p.createdAt.getTime()) / DAY,
        closed: true,
      })),
      ...openThen.map((p) => ({ ageDays: (t - p.createdAt.getTime()) / DAY, closed: false })),
    ]);
    const month = week.slice(0, 7);
    const period = parsePeriod(month);
    const quarter = `${week.slice(0, 4)}-Q${Math.floor((Number(week.slice(5, 7)) - 1) / 3) + 1}`;
    const perRep = new Map<string, number>();
    for (const p of plans)
      if (p.outcome === 'won' && p.closedAt && p.closedAt >= period.start && p.closedAt.getTime() < t)
        perRep.set(p.ownerId, (perRep.get(p.ownerId) ?? 0) + p.amount);
    const horizon = (period.end.getTime() - t) / DAY;
    for (const p of openThen) {
      const score = scoreAt(p, t);
      const prob = winProbability(score, rates).value;
      rows.push({
        week,
        takenAt: new Date(t),
        kind: 'deal',
        subject: p.id,
        opportunityId: p.id,
        ownerId: p.ownerId,
        period: quarter,
        score,
        probability: prob,
        amount: p.amount,
        artifactId: model.id,
        artifactVersion: model.version,
      });
      const pClose = closeInPeriodProbability((t - p.createdAt.getTime()) / DAY, horizon, curve);
      perRep.set(p.ownerId, (perRep.get(p.ownerId) ?? 0) + p.amount * prob * pClose);
    }
    for (const [ownerId, amount] of perRep)
      rows.push({
        week,
        takenAt: new Date(t),
        kind: 'rep',
        subject: ownerId,
        ownerId,
        period: month,
        amount,
        artifactId: model.id,
        artifactVersion: model.version,
      });
  }
  return rows;
}
