import { startTestServer, type TestServer } from './harness';
import { boardRow, leadFor, newRep, publishBoard, type TestRep } from './board-helpers';

let srv: TestServer;
let rep: TestRep;
let demo: { board: any; agenda: any };
const HOUR = 3_600_000;

beforeAll(async () => {
  // The clock scheduler stays off: escalations (reassign after a breach) would move the test's
  // leads to other reps while the test clock jumps a day ahead.
  srv = await startTestServer({ scheduler: false });
  const director = await srv.as('director@demo.local');
  demo = { board: (await director.get('/board')).body, agenda: (await director.get('/agenda')).body };
  await publishBoard(director, {
    pendingLeads: { amber: 1, red: 2 },
    staleCustomers: { hours: 24, amber: 1, red: 2 },
    unreadRate: { amber: 0.3, red: 0.6, minSent: 2, unreadAfter: 'PT1H' },
    overdue: { amber: 50, red: 100 },
  });
  rep = await newRep(srv, '测试销售甲');
});
afterAll(() => srv.close());

describe('L8 traffic-light board', () => {
  test('L8: the demo organisation starts with green, amber and red reps and red items on the agenda', () => {
    const lights = Object.fromEntries(demo.board.rows.map((r: any) => [r.repName, r.light]));
    expect(lights).toEqual({ 刘洋: 'green', 赵婷: 'amber', 孙悦: 'amber', 王磊: 'red' });
    const wang = demo.board.rows.find((r: any) => r.repName === '王磊');
    expect(wang.unreadRate).toBe(1); // three proposals sent days ago, never opened
    expect(demo.agenda.items.length).toBeGreaterThan(0);
    expect(demo.agenda.items.every((i: any) => i.kind === 'board_red' && i.ownerName === '王磊')).toBe(true);
  });

  test('L8: pending leads turn a rep amber then red, and touches turn them green again', async () => {
    const director = await srv.as('director@demo.local');
    expect(await boardRow(director, rep.id)).toMatchObject({ pendingLeads: 0, light: 'green', reasons: [] });
    const a = await leadFor(srv, rep.id);
    expect(await boardRow(director, rep.id)).toMatchObject({ pendingLeads: 1, light: 'amber' });
    const b = await leadFor(srv, rep.id);
    const red = await boardRow(director, rep.id);
    expect(red).toMatchObject({ repName: '测试销售甲', pendingLeads: 2, light: 'red' });
    expect(red.reasons).toEqual([{ metric: 'pendingLeads', light: 'red', value: 2, threshold: 2 }]);

    expect(
      (await (await rep.login()).post(`/leads/${a}/touches`, { channel: 'call', note: '初次沟通' })).status,
    ).toBe(201);
    expect(await boardRow(director, rep.id)).toMatchObject({ pendingLeads: 1, light: 'amber' });
    expect((await (await rep.login()).post(`/leads/${b}/touches`, { channel: 'wechat' })).status).toBe(201);
    expect(await boardRow(director, rep.id)).toMatchObject({ pendingLeads: 0, light: 'green' });

    const board = await director.get('/board');
    expect(board.body.policy).toEqual({ id: expect.any(String), version: expect.any(Number) });
    for (const row of board.body.rows)
      expect(row).toMatchObject({
        repId: expect.any(String),
        pendingLeads: expect.any(Number),
        staleCustomers: expect.any(Number),
        overdue: expect.any(Number),
        light: expect.stringMatching(/^(green|amber|red)$/),
      });
  });

  test('L8: customers not followed for more than 24 h count as stale until touched again', async () => {
    const director = await srv.as('director@demo.local');
    const before = (await boardRow(director, rep.id)).staleCustomers;
    srv.clock.advance(25 * HOUR);
    const stale = await boardRow(await srv.as('director@demo.local'), rep.id);
    expect(stale.staleCustomers).toBe(before + 2); // the two customers touched in the test above
    expect(stale.light).toBe('red');
    const leads = await (await rep.login()).get('/leads?pageSize=50');
    const one = leads.body.items[0].id;
    await (await rep.login()).post(`/leads/${one}/touches`, { channel: 'visit', note: '上门拜访' });
    expect((await boardRow(await srv.as('director@demo.local'), rep.id)).staleCustomers).toBe(before + 1);
  });

  test('L8: the unread rate follows tracked-link views (only after unreadAfter, from minSent on)', async () => {
    const director = await srv.as('director@demo.local');
    const lead = await leadFor(srv, rep.id);
    await (await rep.login()).post(`/leads/${lead}/touches`, { channel: 'call' });
    const p1 = await (
      await rep.login()
    ).post(`/leads/${lead}/proposals`, { kind: 'proposal', title: 'MES 方案' });
    expect((await boardRow(director, rep.id)).unreadRate).toBeNull(); // 1 sent < minSent 2
    const p2 = await (
      await rep.login()
    ).post(`/leads/${lead}/proposals`, { kind: 'quote', title: '报价单', amount: 380000 });
    expect((await boardRow(director, rep.id)).unreadRate).toBe(0); // sent, but not yet "unread"
    srv.clock.advance(2 * HOUR);
    let row = await boardRow(director, rep.id);
    expect(row).toMatchObject({ unreadRate: 1, proposalsSent: 2, proposalsUnread: 2 });
    expect(row.reasons).toContainEqual({ metric: 'unreadRate', light: 'red', value: 1, threshold: 0.6 });

    // The customer opens one link (no login): 1 of 2 unread → 50 % → amber.
    const page = await fetch(`${srv.url}${p1.body.url}`);
    expect(page.status).toBe(200);
    row = await boardRow(director, rep.id);
    expect(row.unreadRate).toBe(0.5);
    expect(row.reasons).toContainEqual({ metric: 'unreadRate', light: 'amber', value: 0.5, threshold: 0.3 });
    await fetch(`${srv.url}${p2.body.url}`);
    expect((await boardRow(director, rep.id)).unreadRate).toBe(0);
  });

  test('L8: overdue clocks count running clocks past due', async () => {
    const other = await newRep(srv, '测试销售乙');
    // A cold lead (class C/D): first touch due in 30 min, tags in 120 min, no class-A proposal clock.
    await leadFor(srv, other.id, {
      source: { channel: 'cold_call' },
      behaviour: {},
      company: { name: '冷线索测试有限公司', registeredCapital: 100_000 },
    });
    const director = await srv.as('director@demo.local');
    expect((await boardRow(director, other.id)).overdue).toBe(0);
    srv.clock.advance(31 * 60_000);
    expect(await boardRow(director, other.id)).toMatchObject({ overdue: 1, pendingLeads: 1 });
    srv.clock.advance(90 * 60_000);
    expect((await boardRow(director, other.id)).overdue).toBe(2);
  });

  test('L8: scope — managers see their team, a rep only their own row, directors everyone', async () => {
    const director = await srv.as('director@demo.local');
    const all = await director.get('/board');
    const east = await (await srv.as('manager@demo.local')).get('/board');
    const south = await (await srv.as('manager2@demo.local')).get('/board');
    const own = await (await rep.login()).get('/board');
    expect(east.body.rows.some((r: { repId: string }) => r.repId === rep.id)).toBe(true);
    expect(south.body.rows.some((r: { repId: string }) => r.repId === rep.id)).toBe(false);
    expect(east.body.rows.length + south.body.rows.length).toBe(all.body.rows.length);
    expect(own.body.rows.map((r: { repId: string }) => r.repId)).toEqual([rep.id]);
    const delivery = await srv.as('delivery@demo.local');
    expect((await delivery.get('/board')).status).toBe(403);
    expect((await srv.anonymous().get('/board')).status).toBe(401);
  });
});
