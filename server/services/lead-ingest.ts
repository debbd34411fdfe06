// L1 (ingest), L2 (same person → same owner, enforced by the customer_keys primary key),
// L3 (grading by the published rules) and L4 (owner chosen by the published assignment policy),
// all in one transaction: when the call returns, the lead is stored, graded and owned.
//
// Leads are stored in batches (lead-batch.ts): concurrent API and webhook calls are grouped by
// a queue into one transaction (group commit: no waiting when idle, bigger batches under load),
// imports hand over hundreds of rows at a time. A batch that fails is retried; if it still
// fails, every lead is retried on its own, so one bad lead never takes others down with it.
import { gradeLead } from '../../engine';
import type { GradingRules, LeadCreate } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { withLeadEvents } from '../events/record';
import { HttpError } from '../http/errors';
import { publishedOf } from './artifacts';
import { storeBatch, RetryIngest, type IngestResult, type IngestVia, type PreparedLead } from './lead-batch';
import { companyKeys, identityKeys } from './identity';

export { OPEN_STATUSES } from './lead-batch';
export type { IngestResult, IngestVia } from './lead-batch';

export interface IngestItem {
  actor: Principal | 'system';
  body: LeadCreate;
  via: IngestVia;
  at: Date;
  /** Runs inside the lead's transaction once it is stored (e.g. the webhook idempotency record). */
  inTx?: (tx: Tx, result: IngestResult) => Promise<void>;
}

/** The most leads one group-committed transaction takes from the queue. */
const MAX_GROUP = 100;
/**
 * How long the first lead of a group waits for company. Requests that arrive together reach the
 * queue a little apart (each first authenticates on the same embedded connection), so without a
 * short window every transaction would take one lead.
 */
const GATHER_MS = 3;

export async function ingestLead(
  ctx: AppContext,
  actor: Principal | 'system',
  body: LeadCreate,
  via: IngestVia,
  at: Date = ctx.clock.now(),
  inTx?: (tx: Tx, result: IngestResult) => Promise<void>,
): Promise<IngestResult> {
  return queueOf(ctx).submit({ actor, body, via, at, ...(inTx ? { inTx } : {}) });
}

/** Stores many leads (an import chunk): the result or the error of each, in order. */
export async function ingestLeads(ctx: AppContext, items: IngestItem[]): Promise<(IngestResult | Error)[]> {
  try {
    return await runBatch(ctx, items);
  } catch (err) {
    if (items.length === 1) return [asError(err)];
    const out: (IngestResult | Error)[] = [];
    for (const item of items) out.push(await runBatch(ctx, [item]).then((r) => r[0]!, asError));
    return out;
  }
}

const asError = (err: unknown) => (err instanceof Error ? err : new Error(String(err)));

function retryable(err: unknown) {
  const code =
    (err as { code?: string; cause?: { code?: string } }).code ??
    (err as { cause?: { code?: string } }).cause?.code;
  return err instanceof RetryIngest || code === '23505' || code === '40001' || code === '40P01';
}

async function runBatch(ctx: AppContext, items: IngestItem[]): Promise<IngestResult[]> {
  const grading = await publishedOf(ctx, 'grading-rules');
  if (!grading) throw new HttpError(503, [{ path: '', message: 'no grading rules are published yet' }]);
  const prepared: PreparedLead[] = items.map((item) => {
    const leadData = { ...item.body, tags: item.body.tags ?? [], createdAt: item.at.toISOString() };
    const grade = gradeLead(grading.content as GradingRules, leadData);
    return {
      ...item,
      leadData,
      keys: [...identityKeys(item.body.contact), ...companyKeys(item.body.company)],
      grade: { ...grade, artifact: { id: grading.id, version: grading.version } },
    };
  });
  for (let attempt = 0; ; attempt++) {
    try {
      return await withLeadEvents(ctx, async (tx, emit) => {
        const results = await storeBatch(tx, emit, prepared);
        for (const [i, item] of items.entries()) if (item.inTx) await item.inTx(tx, results[i]!);
        return results;
      });
    } catch (err) {
      if (!retryable(err) || attempt >= 4) throw err;
    }
  }
}

/** Group commit: calls that arrive while a batch is being stored are stored together next. */
class IngestQueue {
  private waiting: { item: IngestItem; resolve: (r: IngestResult) => void; reject: (e: unknown) => void }[] =
    [];
  private draining = false;

  constructor(private readonly ctx: AppContext) {}

  submit(item: IngestItem): Promise<IngestResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        setTimeout(() => void this.drain(), GATHER_MS);
      }
    });
  }

  private async drain() {
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, MAX_GROUP);
        const results = await ingestLeads(
          this.ctx,
          group.map((g) => g.item),
        ).catch((err: unknown) => group.map(() => asError(err)));
        group.forEach((g, i) => {
          const r = results[i]!;
          if (r instanceof Error) g.reject(r);
          else g.resolve(r);
        });
      }
    } finally {
      this.draining = false;
    }
  }
}

const queues = new WeakMap<AppContext, IngestQueue>();
function queueOf(ctx: AppContext): IngestQueue {
  let q = queues.get(ctx);
  if (!q) queues.set(ctx, (q = new IngestQueue(ctx)));
  return q;
}
