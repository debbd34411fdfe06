// The lead import job (L1): stream the file's rows, map and validate each, ingest the valid ones
// through the same ingestLead path as the API (grading, dedupe, assignment, clocks), record the
// rejected ones with reasons, and report progress. Accepted rows stay committed whatever follows.
import { unlink } from 'node:fs/promises';
import { explainErrors, mapRow, type ColumnMapping, type RowIssue } from '../../engine/import';
import { validate, type LeadCreate } from '../../schemas';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { jobRejections } from '../db/schema';
import { HttpError } from '../http/errors';
import { ingestLead } from '../services/lead-ingest';
import { updateJob, type Counters, type JobState } from './job-store';
import { countRows, FileProblem, readRows, type DataRow, type FileFormat } from './rows';

export const MAX_ROWS = 200_000;
const BATCH = 200;
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
      for (const row of batch) {
        const problem = await importRow(ctx, spec, row);
        // PGlite answers on the microtask queue: without this the job would starve HTTP requests.
        await new Promise<void>((resolve) => setImmediate(resolve));
        counters.processed++;
        if (problem) {
          counters.rejected++;
          rejections.push({ rowNumber: row.rowNumber, errors: problem.errors, raw: row.cells });
          failuresInARow = problem.internal ? failuresInARow + 1 : 0;
          if (failuresInARow >= 50) throw new Error('50 rows in a row failed with internal errors');
        } else {
          counters.accepted++;
          failuresInARow = 0;
        }
      }
      if (rejections.length)
        await ctx.db
          .insert(jobRejections)
          .values(rejections.map((r) => ({ jobId: spec.jobId, ...r })))
          .onConflictDoNothing();
      batch = [];
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

/** Imports one row; returns why it was rejected, or null when the lead was stored. */
async function importRow(
  ctx: AppContext,
  spec: ImportSpec,
  row: DataRow,
): Promise<{ errors: RowIssue[]; internal?: boolean } | null> {
  const mapped = mapRow(row.cells, spec.mapping, { defaultChannel: 'import' });
  if (mapped.errors.length) return { errors: mapped.errors };
  const valid = validate('leadCreate', mapped.lead);
  if (!valid.ok) return { errors: explainErrors(valid.errors, spec.mapping) };
  try {
    await ingestLead(ctx, spec.actor, mapped.lead as unknown as LeadCreate, 'import');
    return null;
  } catch (err) {
    if (err instanceof HttpError) return { errors: err.errors };
    if (!loggedInternal.has(spec.jobId))
      ctx.log.error(`import job ${spec.jobId}: row ${row.rowNumber} failed`, err);
    loggedInternal.add(spec.jobId); // once per job: a closed database would otherwise log every row
    return { errors: [{ path: '', message: 'internal error while storing this row' }], internal: true };
  }
}
