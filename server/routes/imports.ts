// CSV/Excel lead import (L1): preview with a suggested column mapping, start a job (202), follow
// it (GET /jobs/:id, SSE job.progress) and download the rejected rows with their reasons.
import {
  importFieldInfo,
  mapRow,
  explainErrors,
  suggestMapping,
  checkMapping,
  type ColumnMapping,
} from '../../engine/import';
import { validate } from '../../schemas';
import type { AppContext } from '../context';
import { badRequest } from '../http/errors';
import type { Route } from '../http/routes';
import { createJob } from '../imports/job-store';
import { runLeadImport } from '../imports/lead-import';
import { jobQueue } from '../imports/queue';
import { detectFormat, FileProblem, peek, type FileFormat } from '../imports/rows';
import { mappingField, receiveFile, type Upload } from '../imports/upload';

const SAMPLE_ROWS = 5;

/** Opens the upload: its format, header row, a few rows, and the mapping to use (given or suggested). */
async function inspect(up: Upload, sampleRows: number) {
  try {
    const format: FileFormat = await detectFormat(up.path, up.originalName);
    const { headers, sample } = await peek(up.path, format, sampleRows);
    const suggested = suggestMapping(headers);
    const given = mappingField(up.fields);
    const issues = given === undefined ? [] : checkMapping(given, headers);
    if (issues.length) throw badRequest(issues);
    const mapping: ColumnMapping = Object.fromEntries(
      Object.entries((given ?? suggested) as ColumnMapping).filter(([, path]) => !!path),
    );
    return { format, headers, sample, suggested, mapping };
  } catch (err) {
    if (err instanceof FileProblem) throw badRequest([{ path: '/file', message: err.message }]);
    throw err;
  }
}

export const importRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/leads/import/preview',
    access: 'leads:create',
    handler: async (req, res) => {
      const up = await receiveFile(req, res);
      try {
        const { format, headers, sample, suggested, mapping } = await inspect(up, SAMPLE_ROWS);
        const sampleRows = sample.map((row) => {
          const mapped = mapRow(row.cells, mapping, { defaultChannel: 'import' });
          const valid = mapped.errors.length ? null : validate('leadCreate', mapped.lead);
          const errors = mapped.errors.length
            ? mapped.errors
            : valid && !valid.ok
              ? explainErrors(valid.errors, mapping)
              : [];
          return { rowNumber: row.rowNumber, cells: row.cells, lead: mapped.lead, errors };
        });
        res.json({
          fileName: up.originalName,
          format,
          headers,
          suggestedMapping: suggested,
          mapping,
          sampleRows,
          fields: importFieldInfo(),
        });
      } finally {
        await up.discard();
      }
    },
  },
  {
    method: 'post',
    path: '/leads/import',
    access: 'leads:create',
    handler: async (req, res) => {
      const up = await receiveFile(req, res);
      let queued = false;
      try {
        const { format, headers, mapping } = await inspect(up, 1);
        if (!Object.keys(mapping).length)
          throw badRequest([
            { path: '/mapping', message: 'no column could be matched to a lead field: send a mapping' },
          ]);
        const actor = req.principal!;
        const job = await createJob(ctx, 'lead_import', actor.kind === 'user' ? actor.id : null, {
          fileName: up.originalName,
          format,
          size: up.size,
          headers,
          mapping,
          mappingGiven: mappingField(up.fields) !== undefined,
        });
        jobQueue(ctx).enqueue(job.id, () =>
          runLeadImport(ctx, { jobId: job.id, actor, file: up.path, format, mapping }),
        );
        queued = true;
        res.status(202).json({ jobId: job.id, state: job.state, mapping, headers });
      } finally {
        if (!queued) await up.discard();
      }
    },
  },
];
