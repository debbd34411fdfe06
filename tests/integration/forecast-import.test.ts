import { and, eq } from 'drizzle-orm';
import { dealScoreHistory, dealSignals, opportunities } from '../../server/db/schema';
import { startTestServer, type TestServer } from './harness';
import { cookieOf, csv, getJson, upload, xlsx } from './import-helpers';

let srv: TestServer;
let finance: string;
// Starting a seeded server can take a while on a busy machine.
beforeAll(async () => {
  srv = await startTestServer({ scheduler: false, notifyIntervalMs: 0 });
  finance = await cookieOf(srv, 'finance@demo.local');
}, 120_000);
afterAll(() => srv.close());

async function waitForDealJob(jobId: string) {
  const end = Date.now() + 30_000;
  for (;;) {
    const r = await getJson(srv, finance, `/imports/deals/${jobId}`);
    if (r.body.state === 'done' || r.body.state === 'failed') return r.body;
    if (Date.now() > end) throw new Error(`job still ${r.body.state}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

const ROWS = [
  ['商机名称', '客户名称', '销售', '行业', '合同金额', '结果', '创建日期', '成交日期', '账期', '信号'],
  [
    '历史导入MES项目',
    '常州导入测试机械有限公司',
    'rep1@demo.local',
    'manufacturing',
    '68万',
    '赢单',
    '2026-03-01',
    '2026-05-20',
    '60',
    'uat_core_flows、法务完成合同初稿修订并返回',
  ],
  [
    '历史导入WMS项目',
    '佛山导入测试物流有限公司',
    '孙悦',
    'logistics',
    '320000',
    '输单',
    '2026-04-02',
    '2026-06-30',
    '',
    '',
  ],
  ['缺销售的项目', '某公司', '', 'saas', '100000', '赢单', '2026-01-01', '2026-02-01', '', ''],
  [
    '未关闭的项目',
    '某公司',
    'rep2@demo.local',
    'saas',
    '100000',
    '报价中',
    '2026-01-01',
    '2026-02-01',
    '',
    '',
  ],
  [
    '未知信号',
    '某公司',
    'rep2@demo.local',
    'saas',
    '100000',
    'lost',
    '2026-01-01',
    '2026-02-01',
    '',
    '神秘信号',
  ],
];

describe('F7 historical deal import', () => {
  test('F7: preview suggests the column mapping from Chinese headers and shows each sample row mapped', async () => {
    const r = await upload(srv, finance, '/imports/deals/preview', { name: 'deals.csv', data: csv(ROWS) });
    expect(r.status).toBe(200);
    expect(r.body.mapping).toEqual({
      商机名称: 'name',
      客户名称: 'customer',
      销售: 'owner',
      行业: 'industry',
      合同金额: 'amount',
      结果: 'outcome',
      创建日期: 'createdAt',
      成交日期: 'closedAt',
      账期: 'paymentTermsDays',
      信号: 'signals',
    });
    expect(r.body.sampleRows[0].deal).toMatchObject({
      amount: 680_000,
      won: true,
      signals: ['uat_core_flows', 'legal_draft_returned'],
    });
    expect(r.body.sampleRows[2].errors).toEqual([{ path: '/owner', message: 'is required' }]);
    const bad = await upload(
      srv,
      finance,
      '/imports/deals/preview',
      { name: 'deals.csv', data: csv(ROWS) },
      { mapping: JSON.stringify({ 不存在: 'name' }) },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/mapping/不存在');
  });

  test('F7: the job stores closed deals (createdVia import) with their signals and score at close; bad rows are rejected with reasons', async () => {
    const r = await upload(srv, finance, '/imports/deals', { name: 'deals.xlsx', data: await xlsx(ROWS) });
    expect(r.status).toBe(202);
    const job = await waitForDealJob(r.body.jobId);
    expect(job).toMatchObject({ state: 'done', total: 5, accepted: 2, rejected: 3 });
    expect(job.rejections.map((x: any) => [x.rowNumber, x.errors[0].path])).toEqual([
      [4, '/owner'],
      [5, '/outcome'],
      [6, '/signals'],
    ]);
    const [won] = await srv.ctx.db
      .select()
      .from(opportunities)
      .where(eq(opportunities.name, '历史导入MES项目'));
    expect(won).toMatchObject({
      outcome: 'won',
      stage: 'won',
      amount: 680_000,
      createdVia: 'import',
      paymentTermsDays: 60,
    });
    const sigs = await srv.ctx.db.select().from(dealSignals).where(eq(dealSignals.opportunityId, won!.id));
    expect(sigs.map((s) => [s.signalId, s.source]).sort()).toEqual([
      ['legal_draft_returned', 'import'],
      ['uat_core_flows', 'import'],
    ]);
    const hist = await srv.ctx.db
      .select()
      .from(dealScoreHistory)
      .where(and(eq(dealScoreHistory.opportunityId, won!.id)));
    expect(hist.map((h) => h.score).sort((a, b) => a - b)).toEqual([0, 45]);
    // the imported deals are closed history for calibration
    const closed = await getJson(srv, finance, '/calibration/closed-deals');
    expect(closed.body.deals.some((d: any) => d.id === won!.id && d.createdVia === 'import')).toBe(true);
  });

  test("F7: the backtest replays the organisation's history for the signal and stage methods", async () => {
    const r = await fetch(`${srv.url}/api/forecast/backtest`, {
      method: 'POST',
      headers: { cookie: finance, 'content-type': 'application/json' },
      body: JSON.stringify({ from: '2026-07-01', to: '2026-11-27' }),
    });
    expect(r.status).toBe(200);
    const b = (await r.json()) as any;
    expect(b.closed).toBeGreaterThan(100);
    const imported = await srv.ctx.db
      .select()
      .from(opportunities)
      .where(eq(opportunities.createdVia, 'import'));
    expect(b.imported).toBe(imported.length);
    expect(b.periods.map((p: any) => p.period)).toEqual(['2026-Q3', '2026-Q4']);
    for (const m of [b.methods.signal, b.methods.stage]) {
      expect(m.brier).toBeGreaterThan(0);
      expect(m.brier).toBeLessThan(0.5);
      expect(typeof m.meanError).toBe('number');
    }
    const bad = await fetch(`${srv.url}/api/forecast/backtest`, {
      method: 'POST',
      headers: { cookie: finance, 'content-type': 'application/json' },
      body: JSON.stringify({ from: '1.7.2026' }),
    });
    expect(bad.status).toBe(400);
  });

  test('F7: imports need forecast:manage and a mapping for the required fields', async () => {
    const rep = await cookieOf(srv, 'rep1@demo.local');
    expect((await upload(srv, rep, '/imports/deals', { name: 'deals.csv', data: csv(ROWS) })).status).toBe(
      403,
    );
    const r = await upload(srv, finance, '/imports/deals', {
      name: 'x.csv',
      data: csv([
        ['foo', 'bar'],
        ['1', '2'],
      ]),
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: any) => e.message)).toContain('no column is mapped to "closedAt"');
    expect((await getJson(srv, finance, '/imports/deals/00000000-0000-0000-0000-000000000000')).status).toBe(
      404,
    );
  });
});
