import { and, eq } from 'drizzle-orm';
import { forecastSnapshots, opportunities } from '../../server/db/schema';
import type { DomainEvent } from '../../server/events/bus';
import { startTestServer, type TestServer } from './harness';
import { newDeal, userId } from './forecast-helpers';

let srv: TestServer;
// Starting a seeded server can take a while on a busy machine.
beforeAll(async () => {
  srv = await startTestServer({ scheduler: false, notifyIntervalMs: 0 });
}, 120_000);
afterAll(() => srv.close());

const DAY = 86_400_000;

describe('F5 weekly calibration', () => {
  test('F5: the demo has 8 weeks of snapshots: predicted vs actual per team and rep deviations', async () => {
    const director = await srv.as('director@demo.local');
    const r = await director.get('/calibration');
    expect(r.status).toBe(200);
    expect(r.body.weeks).toHaveLength(8);
    expect(r.body.policy).toMatchObject({ deviationThreshold: 0.15, consecutiveWeeks: 2 });
    expect(r.body.overall.n).toBeGreaterThan(50);
    expect(r.body.teams).toHaveLength(2);
    for (const row of r.body.overall.rows) {
      expect(row.meanPredicted).toBeGreaterThanOrEqual(row.bin[0]);
      expect(row.actualRate).toBeGreaterThanOrEqual(0);
    }
    expect(r.body.reps).toHaveLength(4);
    const settled = r.body.reps.flatMap((rep: any) => rep.weeks.filter((w: any) => w.deviation !== null));
    expect(settled.length).toBeGreaterThan(0); // September and October are over
    // a rep only sees their own history
    const rep = await srv.as('rep2@demo.local');
    const mine = (await rep.get('/calibration')).body;
    expect(mine.reps.map((x: any) => x.name)).toEqual(['赵婷']);
    expect((await (await srv.as('delivery@demo.local')).get('/calibration')).status).toBe(403);
    expect((await director.get('/calibration?team=x')).status).toBe(400);
  });

  test('F5: "run the dynamic forecast calibration on 3 historical deals" — predicted vs actual for each', async () => {
    const finance = await srv.as('finance@demo.local');
    const closed = await finance.get('/calibration/closed-deals');
    expect(closed.status).toBe(200);
    const won = closed.body.deals.find((d: any) => d.outcome === 'won');
    const lost = closed.body.deals.filter((d: any) => d.outcome === 'lost').slice(0, 2);
    const ids = [won.id, ...lost.map((d: any) => d.id)];
    const r = await finance.post('/calibration/run', { opportunityIds: ids });
    expect(r.status).toBe(200);
    expect(r.body.deals).toHaveLength(3);
    for (const d of r.body.deals) {
      expect(d.actual).toBe(d.outcome === 'won' ? 1 : 0);
      expect(d.points.length).toBeGreaterThan(0);
      // each point's probability was fitted only on deals closed before it
      expect(d.points.every((p: any) => p.at < d.closedAt)).toBe(true);
      expect(d.error).toBeCloseTo(Math.abs(d.predicted - d.actual), 10);
    }
    const expected = r.body.deals.reduce((a: number, d: any) => a + (d.predicted - d.actual) ** 2, 0) / 3;
    expect(r.body.brier).toBeCloseTo(expected, 10);
    expect(r.body.actualRate).toBeCloseTo(1 / 3, 10);
    // rights and validation
    expect(
      (await (await srv.as('manager@demo.local')).post('/calibration/run', { opportunityIds: ids })).status,
    ).toBe(403);
    const bad = await finance.post('/calibration/run', { opportunityIds: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/opportunityIds');
  });

  test('F5: the weekly snapshot is taken once per week', async () => {
    const finance = await srv.as('finance@demo.local');
    const deal = await newDeal(srv, 'rep3@demo.local');
    const first = await finance.post('/calibration/run', { opportunityIds: [deal.id], snapshot: true });
    expect(first.body.snapshot).toMatchObject({ week: '2026-11-23', created: true });
    const again = await finance.post('/calibration/run', { opportunityIds: [deal.id], snapshot: true });
    expect(again.body.snapshot).toMatchObject({ week: '2026-11-23', created: false });
    const rows = await srv.ctx.db
      .select()
      .from(forecastSnapshots)
      .where(and(eq(forecastSnapshots.week, '2026-11-23'), eq(forecastSnapshots.subject, deal.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.artifactVersion).toBe(1);
    // when the deal closes, its snapshot gets the actual outcome
    await srv.ctx.db
      .update(opportunities)
      .set({ outcome: 'won', stage: 'won', closedAt: srv.clock.now() })
      .where(eq(opportunities.id, deal.id));
    await finance.post('/calibration/run', { opportunityIds: [deal.id] });
    const [settled] = await srv.ctx.db
      .select()
      .from(forecastSnapshots)
      .where(eq(forecastSnapshots.id, rows[0]!.id));
    expect(settled!.actual).toBe(1);
  });

  test('F5: a rep off by more than 15% two weeks in a row gets an improvement-plan task for their manager, pushed live', async () => {
    const rep = await userId(srv, 'rep4@demo.local');
    const manager = await userId(srv, 'manager2@demo.local');
    const events: DomainEvent[] = [];
    const off = srv.ctx.bus.subscribe((e) => events.push(e));
    // rep4's history is replaced by two weeks of a forecast for July 2026 far above what they won then
    await srv.ctx.db
      .delete(forecastSnapshots)
      .where(and(eq(forecastSnapshots.kind, 'rep'), eq(forecastSnapshots.ownerId, rep)));
    const base = {
      kind: 'rep',
      subject: rep,
      ownerId: rep,
      period: '2026-07',
      takenAt: new Date(Date.now() - 120 * DAY),
    };
    await srv.ctx.db.insert(forecastSnapshots).values([
      { ...base, week: '2026-07-06', amount: 99_000_000 },
      { ...base, week: '2026-07-13', amount: 99_000_000 },
    ]);
    const finance = await srv.as('finance@demo.local');
    const anyClosed = (await finance.get('/calibration/closed-deals')).body.deals[0].id;
    await finance.post('/calibration/run', { opportunityIds: [anyClosed] });
    off();
    const view = (await (await srv.as('manager2@demo.local')).get('/calibration')).body;
    const task = view.tasks.find((t: any) => t.repId === rep && t.week === '2026-07-13');
    expect(task).toMatchObject({ managerId: manager, status: 'open', repName: '孙悦', managerName: '黄海' });
    expect(task.deviations.map((d: any) => d.week)).toEqual(['2026-07-06', '2026-07-13']);
    expect(events.some((e) => e.type === 'calibration.task_opened' && e.ownerId === rep)).toBe(true);
    // a second run does not open it twice; the manager closes it
    await finance.post('/calibration/run', { opportunityIds: [anyClosed] });
    const again = (await (await srv.as('manager2@demo.local')).get('/calibration')).body;
    expect(again.tasks.filter((t: any) => t.repId === rep && t.week === '2026-07-13')).toHaveLength(1);
    const done = await (await srv.as('manager2@demo.local')).post(`/calibration/tasks/${task.id}/done`);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('done');
    expect(
      (await (await srv.as('manager@demo.local')).post(`/calibration/tasks/${task.id}/done`)).status,
    ).toBe(404);
  });
});
