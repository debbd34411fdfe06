// The high-volume writes of ingest: rows inserted through one JSON parameter keep their types,
// nulls and defaults, and the timeline (which has no per-row foreign key) refuses events of a
// lead that does not exist, writing nothing of such a batch.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { customers, leadEvents, leads } from '../../server/db/schema';
import { insertJsonRows } from '../../server/db/json-rows';
import { insertLeadEventRows, UnknownLeadError, withLeadEvents } from '../../server/events/record';
import { startTestServer, sampleLead, type TestServer } from './harness';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

test('L1: JSON-parameter inserts keep text, numbers, JSON, timestamps, nulls and column defaults', async () => {
  const customerId = randomUUID();
  const at = new Date('2026-03-04T05:06:07.089Z');
  await srv.ctx.db.transaction(async (tx) => {
    await insertJsonRows(tx, customers, [
      {
        id: customerId,
        name: '苏州精工（集团）有限公司',
        normalizedName: '苏州精工',
        industry: null,
        createdAt: at,
      },
    ]);
    await insertJsonRows(tx, leads, [
      {
        id: randomUUID(),
        customerId,
        status: 'new',
        name: '张伟 "引号" \\ 反斜杠',
        channel: 'expo_qr',
        data: { nested: { list: [1, '二', null] }, emoji: '🚀' },
        gradeClass: 'A',
        gradeScore: 87,
        gradeHits: [],
        gradeArtifactId: randomUUID(),
        gradeArtifactVersion: 3,
        createdVia: 'import',
        createdAt: at,
      },
    ]);
  });
  const [c] = await srv.ctx.db.select().from(customers).where(eq(customers.id, customerId));
  expect(c).toMatchObject({ name: '苏州精工（集团）有限公司', industry: null, ownerId: null, createdAt: at });
  const [l] = await srv.ctx.db.select().from(leads).where(eq(leads.customerId, customerId));
  expect(l!.name).toBe('张伟 "引号" \\ 反斜杠');
  expect(l!.data).toEqual({ nested: { list: [1, '二', null] }, emoji: '🚀' });
  expect(l!.gradeScore).toBe(87);
  expect(l!.tags).toEqual([]); // the column default, since no row set it
  expect(l!.createdAt.toISOString()).toBe(at.toISOString());
});

test('L1: timeline rows keep their order and are refused (all of the batch) for an unknown lead', async () => {
  const admin = await srv.as('admin@demo.local');
  const lead = (await admin.post('/leads', sampleLead())).body as { id: string };
  const at = new Date();
  await srv.ctx.db.transaction((tx) =>
    insertLeadEventRows(tx, [
      { leadId: lead.id, type: 'test.first', at },
      { leadId: lead.id, type: 'test.second', at },
    ]),
  );
  const ghost = randomUUID();
  await expect(
    withLeadEvents(srv.ctx, (_tx, emit) =>
      emit.many([
        { leadId: lead.id, type: 'test.third', at },
        { leadId: ghost, type: 'test.ghost', at },
      ]),
    ),
  ).rejects.toBeInstanceOf(UnknownLeadError);
  const rows = await srv.ctx.db
    .select({ type: leadEvents.type })
    .from(leadEvents)
    .where(eq(leadEvents.leadId, lead.id))
    .orderBy(leadEvents.id);
  const types = rows.map((r) => r.type);
  expect(types.slice(-2)).toEqual(['test.first', 'test.second']);
  expect(types).not.toContain('test.third');
  expect(await srv.ctx.db.select().from(leadEvents).where(eq(leadEvents.leadId, ghost))).toEqual([]);
});
