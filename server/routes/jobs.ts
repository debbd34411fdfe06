// Following long work: GET /jobs, GET /jobs/:id, GET /jobs/:id/rejections.csv (UTF-8 with BOM, so
// Excel shows Chinese), read by the job's creator or by someone who may read all leads.
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { can, type Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { jobRejections, jobs } from '../db/schema';
import { isUuid } from '../http/body';
import { notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { findJob, jobView, type JobRow } from '../imports/job-store';

async function visibleJob(ctx: AppContext, who: Principal, id: unknown): Promise<JobRow> {
  const job = isUuid(id) ? await findJob(ctx, id) : null;
  if (!job || (job.createdBy !== who.id && !can(who, 'leads:read:all'))) throw notFound('job not found');
  return job;
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // Quote always; neutralise spreadsheet formulas (=, +, -, @) coming from untrusted cells.
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
const csvLine = (cells: unknown[]) => cells.map(csvCell).join(',') + '\r\n';

export const jobRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/jobs',
    access: 'leads:create',
    handler: async (req, res) => {
      const who = req.principal!;
      const rows = await ctx.db
        .select()
        .from(jobs)
        .where(can(who, 'leads:read:all') ? undefined : eq(jobs.createdBy, who.id))
        .orderBy(desc(jobs.createdAt))
        .limit(50);
      res.json({ items: rows.map(jobView) });
    },
  },
  {
    method: 'get',
    path: '/jobs/:id',
    access: 'leads:create',
    handler: async (req, res) => {
      res.json(jobView(await visibleJob(ctx, req.principal!, req.params.id)));
    },
  },
  {
    method: 'get',
    path: '/jobs/:id/rejections.csv',
    access: 'leads:create',
    handler: async (req, res) => {
      const job = await visibleJob(ctx, req.principal!, req.params.id);
      const headers = ((job.params as { headers?: string[] }).headers ?? []) as string[];
      res.status(200);
      res.set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="rejections-${job.id}.csv"; filename*=UTF-8''${encodeURIComponent(`导入失败行-${job.id.slice(0, 8)}.csv`)}`,
      });
      res.write('\uFEFF' + csvLine(['行号 Row', '原因 Reasons', ...headers]));
      // Page through by row number: the report of a 100,000-row file is never held in memory.
      for (let after = 0; ;) {
        const page = await ctx.db
          .select()
          .from(jobRejections)
          .where(and(eq(jobRejections.jobId, job.id), gt(jobRejections.rowNumber, after)))
          .orderBy(asc(jobRejections.rowNumber))
          .limit(1000);
        if (!page.length) break;
        const text = page
          .map((r) =>
            csvLine([
              r.rowNumber,
              r.errors
                .map((e) =>
                  e.path && !e.message.startsWith('column') ? `${e.path}: ${e.message}` : e.message,
                )
                .join('; '),
              ...headers.map((h) => r.raw[h]),
            ]),
          )
          .join('');
        if (!res.write(text)) await new Promise((resolve) => res.once('drain', resolve));
        after = page[page.length - 1]!.rowNumber;
      }
      res.end();
    },
  },
];
