// Shared steps of the collaboration tests (C1–C6): an opportunity for a fresh customer, forms, stages.
import { randomBytes } from 'node:crypto';
import type { Client } from './harness';

export {
  AGREEING_ASSESSMENT,
  MES_STORY_ASSESSMENT,
  MES_STORY_REQUIREMENTS,
} from '../../server/seed/demo-collaboration-data';

export async function newOpportunity(c: Client, over: Record<string, unknown> = {}) {
  const r = await c.post('/opportunities', {
    customer: `常州精工机械${randomBytes(3).toString('hex')}有限公司`,
    amount: 1_200_000,
    industry: 'manufacturing',
    expectedClose: '2027-01-31',
    ...over,
  });
  if (r.status !== 201) throw new Error(`create: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as { id: string; stage: string; templateId: string; ownerId: string };
}

export const put = (c: Client, path: string, body: unknown) => c.request('PUT', path, body);

export const stage = (c: Client, id: string, to: string) => c.patch(`/opportunities/${id}`, { stage: to });

/** Moves through the given stages, failing loudly on the first refusal. */
export async function advance(c: Client, id: string, ...stages: string[]) {
  for (const s of stages) {
    const r = await stage(c, id, s);
    if (r.status !== 200) throw new Error(`stage ${s}: ${r.status} ${JSON.stringify(r.body)}`);
  }
}
