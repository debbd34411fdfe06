// Historical deal import (F7): a job over a CSV/Excel file (the lead import's upload, row reader,
// job store and queue) that stores closed opportunities (createdVia 'import') with their
// customers, known signals and the score they had at close, so banding, calibration and the
// backtest learn from them. Rejected rows are kept with their reasons.
import { unlink } from 'node:fs/promises';
import { eq, or, sql } from 'drizzle-orm';
import { dealScore } from '../../engine/forecast';
import { normalizeCompanyName } from '../../engine/normalize';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { customers, dealScoreHistory, dealSignals, jobRejections, opportunities, users } from '../db/schema';
import { updateJob, type Counters, type JobState } from '../imports/job-store';
import { countRows, FileProblem, readRows, type DataRow, type FileFormat } from '../imports/rows';
import { mapDealRow, type DealMapping, type MappedDeal } from './deal-import-map';
import { signalModelOf, type PublishedModel } from './forecast-scope';

export const MAX_DEAL_ROWS = 50_000;
const BATCH = 200;

export interface DealImportSpec {
  jobId: string;
  actor: Principal;
  file: string;
  format: FileFormat;
  mapping: DealMapping;
}

/** Signal ids by id, zh or en label (case-insensitive). */
export function signalResolver(model: PublishedModel | null) {
  const by = new Map<string, string>();
  for (const s of model?.content.signals ?? []) {
    by.set(s.id.toLowerCase(), s.id);
    by.set(s.label.zh.toLowerCase(), s.id);
    by.set(s.label.en.toLowerCase(), s.id);
  }
  return (x: string) => by.get(x.toLowerCase()) ?? null;
}

async function ownerResolver(ctx: AppContext) {
  const rows = await ctx.db.select({ id: users.id, email: users.email, name: users.name }).from(users);
  const by = new Map<string, string>();
  for (const u of rows) {
    by.set(u.email.toLowerCase(), u.id);
    by.set(u.name, u.id);
  }
  return (x: string) => by.get(x.toLowerCase()) ?? by.get(x) ?? null;
}

async function customerId(
  ctx: AppContext,
  name: string,
  industry: string | null,
  ownerId: string,
  now: Date,
) {
  const normalized = normalizeCompanyName(name);
  const [hit] = await ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(or(eq(customers.normalizedName, normalized), eq(customers.name, name)))
    .limit(1);
  if (hit) return hit.id;
  const [row] = await ctx.db
    .insert(customers)
    .values({ name, normalizedName: normalized, industry, ownerId, createdAt: now })
    .returning({ id: customers.id });
  return row!.id;
}

async function store(
  ctx: AppContext,
  model: PublishedModel | null,
  d: MappedDeal,
  ownerId: string,
  actor: Principal,
) {
  const now = ctx.clock.now();
  const cid = await customerId(ctx, d.customer, d.industry, ownerId, now);
  await ctx.db.transaction(async (tx) => {
    const [opp] = await tx
      .insert(opportunities)
      .values({
        name: d.name,
        customerId: cid,
        ownerId,
        industry: d.industry ?? 'other',
        amount: Math.round(d.amount),
        expectedClose: d.closedAt.toISOString().slice(0, 10),
        stage: d.won ? 'won' : 'lost',
        outcome: d.won ? 'won' : 'lost',
        stageEnteredAt: d.closedAt,
        closedAt: d.closedAt,
        paymentTermsDays: d.paymentTermsDays,
        data: d.region ? { region: d.region } : {},
        createdVia: 'import',
        createdBy: actor.kind === 'user' ? actor.id : actor.id,
        createdAt: d.createdAt,
        updatedAt: now,
      })
      .returning({ id: opportunities.id });
    const at = new Date(d.closedAt.getTime() - 1);
    if (d.signals.length)
      await tx.insert(dealSignals).values(
        d.signals.map((signalId) => ({
          opportunityId: opp!.id,
          signalId,
          source: 'import',
          at,
          createdAt: now,
        })),
      );
    const artifact = model ? { artifactId: model.id, artifactVersion: model.version } : {};
    await tx.insert(dealScoreHistory).values([
      { opportunityId: opp!.id, at: d.createdAt, score: 0, signalIds: [], reason: 'import', ...artifact },
      {
        opportunityId: opp!.id,
        at,
        score: model ? dealScore(model.content, d.signals).score : 0,
        signalIds: d.signals,
        reason: 'import',
        ...artifact,
      },
    ]);
  });
}

export async function runDealImport(ctx: AppContext, spec: DealImportSpec): Promise<void> {
  const counters: Counters = { total: 0, processed: 0, accepted: 0, rejected: 0 };
  const owner = spec.actor.kind === 'user' ? spec.actor.id : null;
  const progress = async (state: JobState, extra: { error?: string; finishedAt?: Date } = {}) => {
    await updateJob(ctx, spec.jobId, { ...counters, state, ...extra });
    ctx.bus.publish({
      type: 'job.progress',
      at: ctx.clock.now().toISOString(),
      ownerId: owner,
      data: {
        jobId: spec.jobId,
        kind: 'deal_import',
        state,
        ...counters,
        ...(extra.error ? { error: extra.error } : {}),
      },
    });
  };
  try {
    await updateJob(ctx, spec.jobId, { state: 'running', startedAt: ctx.clock.now() });
    counters.total = await countRows(spec.file, spec.format, MAX_DEAL_ROWS);
    if (counters.total > MAX_DEAL_ROWS)
      throw new FileProblem(`the file has more than ${MAX_DEAL_ROWS} rows; split it into smaller files`);
    if (counters.total === 0) throw new FileProblem('the file has a header row but no data rows');
    await progress('running');
    const model = await signalModelOf(ctx);
    const resolveSignal = signalResolver(model);
    const resolveOwner = await ownerResolver(ctx);
    let rejections: (typeof jobRejections.$inferInsert)[] = [];
    const flushRejections = async () => {
      if (rejections.length) await ctx.db.insert(jobRejections).values(rejections).onConflictDoNothing();
      rejections = [];
    };
    for await (const row of readRows(spec.file, spec.format, () => {}) as AsyncIterable<DataRow>) {
      const { deal, errors } = mapDealRow(row.cells, spec.mapping, resolveSignal);
      const ownerId = deal ? resolveOwner(deal.owner) : null;
      if (deal && !ownerId)
        errors.push({ path: '/owner', message: `no user with the e-mail or name "${deal.owner}"` });
      counters.processed++;
      if (errors.length || !deal || !ownerId) {
        counters.rejected++;
        rejections.push({ jobId: spec.jobId, rowNumber: row.rowNumber, errors, raw: row.cells });
      } else {
        await store(ctx, model, deal, ownerId, spec.actor);
        counters.accepted++;
      }
      if (counters.processed % BATCH === 0) {
        await flushRejections();
        await progress('running');
      }
      await new Promise<void>((resolve) => setImmediate(resolve)); // keep serving requests
    }
    await flushRejections();
    await progress('done', { finishedAt: ctx.clock.now() });
  } catch (err) {
    const message =
      err instanceof FileProblem
        ? err.message
        : `the import stopped: ${err instanceof Error ? err.message : String(err)}`;
    if (!(err instanceof FileProblem)) ctx.log.error(`deal import job ${spec.jobId} failed`, err);
    await progress('failed', { error: message, finishedAt: ctx.clock.now() }).catch(() => undefined);
  } finally {
    await unlink(spec.file).catch(() => undefined);
  }
}

/** Rejected rows of a deal import job. */
export async function dealImportRejections(ctx: AppContext, jobId: string) {
  return ctx.db
    .select({ rowNumber: jobRejections.rowNumber, errors: jobRejections.errors, raw: jobRejections.raw })
    .from(jobRejections)
    .where(eq(jobRejections.jobId, jobId))
    .orderBy(sql`${jobRejections.rowNumber}`);
}
