// GET /api/forecast (F4): the period's forecast scoped to what the caller may see; historical deal
// imports (F7): preview with a suggested column mapping, a job with live progress, its result.
import type { ForecastBacktest, ForecastQuery } from '../../schemas';
import type { AppContext } from '../context';
import { isUuid, parseBody } from '../http/body';
import { badRequest, notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { createJob, findJob, jobView } from '../imports/job-store';
import { jobQueue } from '../imports/queue';
import { detectFormat, FileProblem, peek } from '../imports/rows';
import { mappingField, receiveFile, type Upload } from '../imports/upload';
import { dealImportRejections, runDealImport, signalResolver } from '../services/deal-import';
import { DEAL_FIELDS, mapDealRow, suggestDealMapping, type DealMapping } from '../services/deal-import-map';
import { computeForecast } from '../services/forecast';
import { backtestHistory } from '../services/forecast-backtest';
import { signalModelOf } from '../services/forecast-scope';

/** The upload's format, headers, sample rows and the mapping (given or suggested), checked. */
async function inspect(up: Upload, sampleRows: number) {
  try {
    const format = await detectFormat(up.path, up.originalName);
    const { headers, sample } = await peek(up.path, format, sampleRows);
    const suggested = suggestDealMapping(headers);
    const given = mappingField(up.fields) as DealMapping | undefined;
    if (given !== undefined) {
      if (typeof given !== 'object' || given === null || Array.isArray(given))
        throw badRequest([
          { path: '/mapping', message: 'must be an object {"column header": "deal field"}' },
        ]);
      const issues = Object.entries(given).flatMap(([col, field]) => [
        ...(headers.includes(col)
          ? []
          : [{ path: `/mapping/${col}`, message: 'no such column in the file' }]),
        ...((DEAL_FIELDS as readonly string[]).includes(field)
          ? []
          : [{ path: `/mapping/${col}`, message: `must be one of ${DEAL_FIELDS.join(', ')}` }]),
      ]);
      if (issues.length) throw badRequest(issues);
    }
    return { format, headers, sample, suggested, mapping: given ?? suggested };
  } catch (err) {
    if (err instanceof FileProblem) throw badRequest([{ path: '/file', message: err.message }]);
    throw err;
  }
}

export const forecastRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/forecast',
    access: 'forecast:read',
    handler: async (req, res) => {
      const q = parseBody<ForecastQuery>('forecastQuery', { ...(req.query as Record<string, unknown>) });
      res.json(await computeForecast(ctx, req.principal!, q));
    },
  },
  {
    method: 'post',
    path: '/forecast/backtest',
    access: 'forecast:manage',
    handler: async (req, res) => {
      const body = parseBody<ForecastBacktest>('forecastBacktest', req.body);
      res.json(await backtestHistory(ctx, body));
    },
  },
  {
    method: 'post',
    path: '/imports/deals/preview',
    access: 'forecast:manage',
    handler: async (req, res) => {
      const up = await receiveFile(req, res);
      try {
        const { format, headers, sample, suggested, mapping } = await inspect(up, 5);
        const resolve = signalResolver(await signalModelOf(ctx));
        res.json({
          fileName: up.originalName,
          format,
          headers,
          suggestedMapping: suggested,
          mapping,
          fields: DEAL_FIELDS,
          sampleRows: sample.map((row) => ({
            rowNumber: row.rowNumber,
            cells: row.cells,
            ...mapDealRow(row.cells, mapping, resolve),
          })),
        });
      } finally {
        await up.discard();
      }
    },
  },
  {
    method: 'post',
    path: '/imports/deals',
    access: 'forecast:manage',
    handler: async (req, res) => {
      const up = await receiveFile(req, res);
      let queued = false;
      try {
        const { format, headers, mapping } = await inspect(up, 1);
        const missing = (['name', 'owner', 'amount', 'outcome', 'closedAt'] as const).filter(
          (f) => !Object.values(mapping).includes(f),
        );
        if (missing.length)
          throw badRequest(
            missing.map((f) => ({ path: '/mapping', message: `no column is mapped to "${f}"` })),
          );
        const actor = req.principal!;
        const job = await createJob(ctx, 'deal_import', actor.kind === 'user' ? actor.id : null, {
          fileName: up.originalName,
          format,
          size: up.size,
          headers,
          mapping,
        });
        jobQueue(ctx).enqueue(job.id, () =>
          runDealImport(ctx, { jobId: job.id, actor, file: up.path, format, mapping }),
        );
        queued = true;
        res.status(202).json({ jobId: job.id, state: job.state, mapping, headers });
      } finally {
        if (!queued) await up.discard();
      }
    },
  },
  {
    method: 'get',
    path: '/imports/deals/:jobId',
    access: 'forecast:manage',
    handler: async (req, res) => {
      const job = isUuid(req.params.jobId) ? await findJob(ctx, req.params.jobId as string) : null;
      if (!job || job.kind !== 'deal_import') throw notFound('import job not found');
      res.json({ ...jobView(job), rejections: await dealImportRejections(ctx, job.id) });
    },
  },
];
