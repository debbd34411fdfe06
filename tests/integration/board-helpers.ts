// Helpers for the board, agenda, KPI and touch tests (L8–L10): a rep of one's own (off duty, so
// automatic assignment leaves them alone), leads owned by that rep, and board-policy versions
// published through the artefact API.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { customers, leads, slaClocks } from '../../server/db/schema';
import { sampleLead, type Client, type TestServer } from './harness';

export const put = (c: Client, path: string, body: unknown) => c.request('PUT', path, body);

export interface TestRep {
  id: string;
  email: string;
  /** A fresh session (sessions expire when a test moves the clock ahead by a day). */
  login(): Promise<Client>;
}

/** A new rep in the east team (manager@demo.local's), off duty. */
export async function newRep(srv: TestServer, name: string): Promise<TestRep> {
  const admin = await srv.as('admin@demo.local');
  const manager = await srv.as('manager@demo.local');
  const teamId = (await manager.get('/me')).body.user.teamId as string;
  const email = `rep-${randomBytes(4).toString('hex')}@test.local`;
  const created = await admin.post('/users', { email, name, role: 'rep', password: 'test12345', teamId });
  if (created.status !== 201) throw new Error(`user: ${created.status} ${JSON.stringify(created.body)}`);
  await admin.patch(`/users/${created.body.id}`, { onDuty: false });
  return { id: created.body.id, email, login: () => srv.as(email, 'test12345') };
}

/** A lead created through the API, then handed to `repId` (with its customer and clocks). */
export async function leadFor(srv: TestServer, repId: string, over: Record<string, unknown> = {}) {
  const director = await srv.as('director@demo.local');
  const tag = randomBytes(3).toString('hex');
  const r = await director.post(
    '/leads',
    sampleLead({ company: { name: `测试客户${tag}有限公司`, industry: 'manufacturing' }, ...over }),
  );
  if (r.status !== 201) throw new Error(`lead: ${r.status} ${JSON.stringify(r.body)}`);
  const db = srv.ctx.db;
  await db.update(leads).set({ ownerId: repId }).where(eq(leads.id, r.body.id));
  await db.update(customers).set({ ownerId: repId }).where(eq(customers.id, r.body.customerId));
  await db.update(slaClocks).set({ ownerId: repId }).where(eq(slaClocks.leadId, r.body.id));
  return r.body.id as string;
}

/** Publishes a board-policy version with the given metric thresholds and agenda settings changed. */
export async function publishBoard(
  director: Client,
  metrics: Record<string, Record<string, unknown>>,
  agenda: Record<string, unknown> = {},
) {
  const list = await director.get('/artifacts?kind=board-policy');
  const id = list.body.items[0].id as string;
  const current = await director.get(`/artifacts/${id}`);
  const content = structuredClone(current.body.content);
  for (const [k, v] of Object.entries(metrics)) content.metrics[k] = { ...content.metrics[k], ...v };
  content.agenda = { ...content.agenda, ...agenda };
  const draft = await director.post(`/artifacts/${id}/drafts`, {
    content,
    baseVersion: current.body.latestVersion,
  });
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`);
  const pub = await director.post(`/artifacts/${id}/versions/${draft.body.version}/publish`, {
    note: 'test thresholds',
  });
  if (pub.status !== 200) throw new Error(`publish: ${pub.status} ${JSON.stringify(pub.body)}`);
  return { id, version: draft.body.version as number };
}

export async function boardRow(c: Client, repId: string) {
  const r = await c.get('/board');
  if (r.status !== 200) throw new Error(`board: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.rows.find((row: { repId: string }) => row.repId === repId);
}
