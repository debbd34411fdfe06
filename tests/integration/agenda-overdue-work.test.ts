// L8 with C3/C5: delivery work that holds up a deal and runs late (a pre-check ticket, a freeze
// review) becomes an escalation on the sales meeting's agenda, on the line of the deal's owner.
import { startTestServer, type Client, type TestServer } from './harness';
import { MES_STORY_REQUIREMENTS, newOpportunity, put } from './opportunities-fixtures';

let srv: TestServer;
let rep: Client;
beforeAll(async () => {
  srv = await startTestServer();
  rep = await srv.as('rep1@demo.local');
}, 180_000); // the demo seed takes a while on a busy machine
afterAll(() => srv?.close());

const overdueFor = (items: { kind: string; detail: Record<string, unknown> }[], opportunityId: string) =>
  items.filter((i) => i.kind === 'ticket_overdue' && i.detail.opportunityId === opportunityId);

test('L8 C3: an overdue pre-check ticket is on the next agenda for the deal owner and their manager', async () => {
  const o = await newOpportunity(rep);
  await put(rep, `/opportunities/${o.id}/requirements`, { data: MES_STORY_REQUIREMENTS });
  const me = (await rep.get('/me')).body.user as { id: string; name: string };

  const before = await (await srv.as('manager@demo.local')).get('/agenda');
  expect(overdueFor(before.body.items, o.id)).toEqual([]); // not late yet

  srv.clock.advance(6 * 3600_000); // the ticket's own window is shorter
  const manager = await srv.as('manager@demo.local');
  const agenda = await manager.get('/agenda');
  expect(agenda.status).toBe(200);
  const [item] = overdueFor(agenda.body.items, o.id);
  expect(item).toMatchObject({
    ownerId: me.id,
    ownerName: me.name,
    done: false,
    detail: { opportunityId: o.id, ticketId: expect.any(String), waitingOn: expect.any(Array) },
  });
  expect((item as unknown as { title: { zh: string; en: string } }).title.zh).toContain('预检工单超时');
  expect((item as unknown as { title: { zh: string; en: string } }).title.en).toContain(
    'Pre-check ticket overdue',
  );

  // The owner sees it on their own agenda; another rep does not.
  const owner = await srv.as('rep1@demo.local');
  expect(overdueFor((await owner.get('/agenda')).body.items, o.id)).toHaveLength(1);
  const other = await srv.as('rep2@demo.local');
  expect(overdueFor((await other.get('/agenda')).body.items, o.id)).toEqual([]);

  // Rebuilding is idempotent: one item per ticket and date.
  const again = await manager.get(`/agenda?date=${agenda.body.date}`);
  expect(overdueFor(again.body.items, o.id)).toHaveLength(1);
});
