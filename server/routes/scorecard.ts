// POST /api/scorecard/suggest (MISSION L3/F7): multipart upload of historical leads (field
// "file") with `target`, optional `exclude` (JSON array), `mapping` (JSON {column: lead
// field}) and `maxConditions`; answers the fitted rules with their held-out AUC and
// conversion by class next to a hand-written rule set. Needs the right to edit grading rules.
import type { AppContext } from '../context';
import type { Route } from '../http/routes';
import { receiveFile } from '../imports/upload';
import { suggestScorecard, validateSuggestInput } from '../services/scorecard';

export const scorecardRoutes = (_ctx: AppContext): Route[] => [
  {
    method: 'post',
    path: '/scorecard/suggest',
    access: 'artifacts:edit:grading-rules',
    handler: async (req, res) => {
      const up = await receiveFile(req, res);
      try {
        const input = validateSuggestInput(up.fields);
        res.json(suggestScorecard(up.path, input));
      } finally {
        await up.discard();
      }
    },
  },
];
