// POST /api/artifacts/:id/simulate (MISSION S4): a grading or assignment draft against the
// last N leads, an SLA draft against last month's lead events. Needs the right to edit that artefact's kind (S2).
import { ARTIFACT_KINDS, type ArtifactKind } from '../../schemas';
import { can } from '../auth/principal';
import type { Permission } from '../auth/roles';
import type { AppContext } from '../context';
import { isUuid, parseBody } from '../http/body';
import { badRequest, forbidden, notFound } from '../http/errors';
import type { Route } from '../http/routes';
import { findArtifact } from '../services/artifacts';
import { SIMULATED_KINDS, simulateArtifact, type SimulateInput } from '../services/simulate';

const EDIT_SIMULATED = { anyOf: SIMULATED_KINDS.map((k) => `artifacts:edit:${k}` as Permission) };

export const simulateRoutes = (ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/artifacts/:id/simulate',
    access: EDIT_SIMULATED,
    handler: async (req, res) => {
      if (!isUuid(req.params.id)) throw notFound('artifact not found');
      const body = parseBody<SimulateInput>('simulate', req.body);
      const a = await findArtifact(ctx, req.params.id);
      const kind = a.kind as ArtifactKind;
      if (!ARTIFACT_KINDS.includes(kind) || !can(req.principal!, `artifacts:edit:${kind}`)) {
        throw forbidden(`your role may not edit ${a.kind} artefacts`);
      }
      if (!SIMULATED_KINDS.includes(kind)) {
        throw badRequest([
          {
            path: '',
            message: `${kind} drafts cannot be simulated yet (${SIMULATED_KINDS.join(', ')} can)`,
          },
        ]);
      }
      res.json(await simulateArtifact(ctx, a.id, kind, body));
    },
  },
];
