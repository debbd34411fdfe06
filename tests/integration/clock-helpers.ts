// Helpers shared by the SLA clock tests (L5–L7): publish an sla-policy through the artefact
// API, record lead events the way the routes do, and wait for the scheduler.
import { eq } from 'drizzle-orm';
import { apiRoutes } from '../../server';
import type { AppContext } from '../../server/context';
import { users } from '../../server/db/schema';
import { withLeadEvents } from '../../server/events/record';
import type { Client } from './harness';

export type ClockPatch = Record<string, Record<string, unknown>>;

/** Publishes a new sla-policy version: the current one with the given clocks changed (by id). */
export async function publishSla(director: Client, patch: ClockPatch, calendar?: Record<string, unknown>) {
  const list = await director.get('/artifacts?kind=sla-policy');
  const id = list.body.items[0].id as string;
  const current = await director.get(`/artifacts/${id}`);
  const content = structuredClone(current.body.content);
  content.clocks = content.clocks.map((c: { id: string }) => ({ ...c, ...(patch[c.id] ?? {}) }));
  if (calendar) content.calendar = { ...content.calendar, ...calendar };
  const draft = await director.post(`/artifacts/${id}/drafts`, {
    content,
    baseVersion: current.body.latestVersion,
  });
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`);
  const pub = await director.post(`/artifacts/${id}/versions/${draft.body.version}/publish`, {
    note: 'test clocks',
  });
  if (pub.status !== 200) throw new Error(`publish: ${pub.status} ${JSON.stringify(pub.body)}`);
  return { id, version: draft.body.version as number };
}

/** Records a lead event as a route would (touch.logged, quote.sent, lead.tagged…). */
export function recordEvent(
  ctx: AppContext,
  leadId: string,
  type: string,
  ownerId: string | null,
  data: Record<string, unknown> = {},
) {
  return withLeadEvents(ctx, (_tx, emit) =>
    emit({ leadId, type, at: ctx.clock.now(), actorId: ownerId, ownerId, data }),
  );
}

/** True when another helper's POST /api/leads/:id/touches is registered. */
export const hasTouchRoute = (ctx: AppContext) =>
  apiRoutes(ctx).some((r) => r.method === 'post' && r.path === '/leads/:id/touches');

export async function until<T>(
  probe: () => Promise<T | null | undefined | false>,
  ms = 5000,
  what = 'condition',
) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function timeline(c: Client, leadId: string) {
  const r = await c.get(`/leads/${leadId}/timeline`);
  if (r.status !== 200) throw new Error(`timeline ${r.status}`);
  return r.body.items as { type: string; at: string; actorId: string | null; data: any }[];
}

/** Waits until the lead's timeline holds an event of `type` (optionally matching `where`). */
export function waitForEvent(
  c: Client,
  leadId: string,
  type: string,
  ms = 5000,
  where: (d: any) => boolean = () => true,
) {
  return until(
    async () => (await timeline(c, leadId)).find((e) => e.type === type && where(e.data)),
    ms,
    `${type} on ${leadId}`,
  );
}

export async function supervisorOf(ctx: AppContext, userId: string) {
  const [u] = await ctx.db.select({ s: users.supervisorId }).from(users).where(eq(users.id, userId));
  return u?.s ?? null;
}

export const clockOf = (lead: { clocks: any[] }, kind: string, state = 'running') =>
  lead.clocks.find((c) => c.kind === kind && c.state === state);

/** A client that logs in again when its session has expired (tests that move the clock by days). */
export function persistentClient(login: () => Promise<Client>) {
  let client: Promise<Client> | null = null;
  const call = async (fn: (c: Client) => Promise<any>) => {
    client ??= login();
    const r = await fn(await client);
    if (r.status !== 401) return r;
    client = login();
    return fn(await client);
  };
  return {
    get: (p: string) => call((c) => c.get(p)),
    post: (p: string, b?: unknown) => call((c) => c.post(p, b)),
  } as unknown as Client;
}
