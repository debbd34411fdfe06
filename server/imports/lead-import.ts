// The lead import job (L1): stream the file's rows, map and validate each, ingest the valid ones
// through the same ingest path as the API, a chunk at a time (grading, dedupe, assignment, clocks), record the
// rejected ones with reasons, and report progress. Accepted rows stay committed whatever follows.
import { unlink } from 'node:fs/promises';
import { explainErrors, mapRow, type ColumnMapping, type RowIssue } from '../../engine/import';
import { validate, type LeadCreate } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { jobRejections } from '../db/schema';
import { HttpError } from '../http/errors';
import { ingestLeads } from '../services/lead-ingest';
import { updateJob, type Counters, type JobState } from './job-store';
import { countRows, FileProblem, readRows, type DataRow, type FileFormat } from './rows';

export const MAX_ROWS = 200_000;
/**
 * Rows stored per transaction. Bigger chunks share the per-transaction work over more rows
 * (`node tests/bench/import.bench.ts 20000`: 250 → 500 rows took 779 → 953 rows/s, 1,000 no better);
 * each chunk holds the embedded database for about half a second, which other requests wait out.
 */
const BATCH = 500;
const PROGRESS_EVERY_MS = 300;

export interface ImportSpec {
  jobId: string;
  actor: Principal;
  file: string;
  format: FileFormat;
  mapping: ColumnMapping;
}

interface Rejection {
  rowNumber: number;
  errors: RowIssue[];
  raw: Record<string, unknown>;
}

export async function runLeadImport(ctx: AppContext, spec: ImportSpec): Promise<void> {
  const owner = spec.actor.kind === 'user' ? spec.actor.id : null;
  const counters: Counters = { total: 0, processed: 0, accepted: 0, rejected: 0 };
  let lastEvent = 0;
  const progress = async (state: JobState, extra: { error?: string; finishedAt?: Date } = {}) => {
    await updateJob(ctx, spec.jobId, { ...counters, state, ...extra });
    ctx.bus.publish({
      type: 'job.progress',
      at: ctx.clock.now().toISOString(),
      ownerId: owner,
      data: {
        jobId: spec.jobId,
        kind: 'lead_import',
        state,
        ...counters,
        ...(extra.error ? { error: extra.error } : {}),
      },
    });
    lastEvent = Date.now();
  };
  try {
    await updateJob(ctx, spec.jobId, { state: 'running', startedAt: ctx.clock.now() });
    counters.total = await countRows(spec.file, spec.format, MAX_ROWS);
    if (counters.total > MAX_ROWS)
      throw new FileProblem(
        `the file has more than ${MAX_ROWS.toLocaleString('en')} rows; split it into smaller files`,
      );
    if (counters.total === 0) throw new FileProblem('the file has a header row but no data rows');
    await progress('running');

    let batch: DataRow[] = [];
    let failuresInARow = 0;
    const flush = async () => {
      const rejections: Rejection[] = [];
      const reject = (row: DataRow, errors: RowIssue[]) => {
        counters.rejected++;
        rejections.push({ rowNumber: row.rowNumber, errors, raw: row.cells });
      };
      const valid: { row: DataRow; lead: LeadCreate }[] = [];
      for (const row of batch) {
        const checked = checkRow(spec, row);
        if ('errors' in checked) reject(row, checked.errors);
        else valid.push({ row, lead: checked.lead });
      }
      // The chunk's valid rows are stored together (one transaction; a failing row is retried alone).
      const at = ctx.clock.now();
      const results = await ingestLeads(
        ctx,
        valid.map((v) => ({ actor: spec.actor, body: v.lead, via: 'import' as const, at })),
      );
      for (const [i, result] of results.entries()) {
        const { row } = valid[i]!;
        if (!(result instanceof Error)) {
          counters.accepted++;
          failuresInARow = 0;
          continue;
        }
        if (result instanceof HttpError) {
          reject(row, result.errors);
          continue;
        }
        if (!loggedInternal.has(spec.jobId))
          ctx.log.error(`import job ${spec.jobId}: row ${row.rowNumber} failed`, result);
        loggedInternal.add(spec.jobId); // once per job: a closed database would otherwise log every row
        reject(row, [{ path: '', message: 'internal error while storing this row' }]);
        if (++failuresInARow >= 50) throw new Error('50 rows in a row failed with internal errors');
      }
      counters.processed += batch.length;
      if (rejections.length)
        await ctx.db
          .insert(jobRejections)
          .values(rejections.map((r) => ({ jobId: spec.jobId, ...r })))
          .onConflictDoNothing();
      batch = [];
      // PGlite answers on the microtask queue: without this the job would starve HTTP requests.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (Date.now() - lastEvent >= PROGRESS_EVERY_MS) await progress('running');
    };
    for await (const row of readRows(spec.file, spec.format, () => {})) {
      batch.push(row);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    await progress('done', { finishedAt: ctx.clock.now() });
  } catch (err) {
    const message =
      err instanceof FileProblem
        ? err.message
        : `the import stopped: ${err instanceof Error ? err.message : String(err)}`;
    if (!(err instanceof FileProblem)) ctx.log.error(`import job ${spec.jobId} failed`, err);
    await progress('failed', { error: message, finishedAt: ctx.clock.now() }).catch(() => undefined);
  } finally {
    await unlink(spec.file).catch(() => undefined);
  }
}

const loggedInternal = new Set<string>();

/** Maps and validates one row: the lead to store, or why the row is rejected. */
function checkRow(spec: ImportSpec, row: DataRow): { lead: LeadCreate } | { errors: RowIssue[] } {
  const mapped = mapRow(row.cells, spec.mapping, { defaultChannel: 'import' });
  if (mapped.errors.length) return { errors: mapped.errors };
  const valid = validate('leadCreate', mapped.lead);
  if (!valid.ok) return { errors: explainErrors(valid.errors, spec.mapping) };
  return { lead: mapped.lead as unknown as LeadCreate };
}
