// Form runtime API (W3): the published template, and the submission of a form about a lead or
// an opportunity (PUT validates against the template: 400 with field errors, nothing stored).
import type { FormSubmissionPut } from '../../schemas';
import type { AppContext } from '../context';
import { parseBody } from '../http/body';
import type { Route } from '../http/routes';
import {
  getPublishedTemplate,
  getSubmission,
  listRevisions,
  saveSubmission,
} from '../services/form-submissions';

const READ = {
  anyOf: [
    'leads:read:all',
    'leads:read:team',
    'leads:read:own',
    'opportunities:read:all',
    'opportunities:read:team',
    'opportunities:read:own',
  ],
} as const;
const WRITE = { anyOf: ['opportunities:edit', 'opportunities:assess'] } as const;

const param = (v: unknown) => (typeof v === 'string' ? v : '');

export const formRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'get',
    path: '/forms/:templateId',
    access: 'authenticated',
    handler: async (req, res) => {
      const t = await getPublishedTemplate(ctx, param(req.params.templateId));
      res.json({ id: t.id, key: t.key, name: t.name, version: t.version, content: t.content });
    },
  },
  {
    method: 'get',
    path: '/forms/:templateId/submissions/:subjectId',
    access: READ,
    handler: async (req, res) => {
      const { submission } = await getSubmission(
        ctx,
        req.principal!,
        param(req.params.templateId),
        param(req.params.subjectId),
      );
      res.json(submission);
    },
  },
  {
    method: 'get',
    path: '/forms/:templateId/submissions/:subjectId/revisions',
    access: READ,
    handler: async (req, res) => {
      const items = await listRevisions(
        ctx,
        req.principal!,
        param(req.params.templateId),
        param(req.params.subjectId),
      );
      res.json({ items });
    },
  },
  {
    method: 'put',
    path: '/forms/:templateId/submissions/:subjectId',
    access: WRITE,
    handler: async (req, res) => {
      const body = parseBody<FormSubmissionPut>('formSubmissionPut', req.body);
      const { submission, evaluation } = await saveSubmission(ctx, req.principal!, {
        templateId: param(req.params.templateId),
        subjectId: param(req.params.subjectId),
        data: body.data as Record<string, unknown>,
        ...(body.provenance ? { provenance: body.provenance as Record<string, unknown> } : {}),
        ...(body.baseRevision !== undefined ? { baseRevision: body.baseRevision } : {}),
      });
      res.json({
        ...submission,
        errors: evaluation.errors,
        complete: evaluation.complete,
        visible: evaluation.visible,
        required: evaluation.required,
        elements: evaluation.elements,
        firedTriggers: evaluation.firedTriggers.map((t) => ({ id: t.id, label: t.label, action: t.action })),
      });
    },
  },
];
