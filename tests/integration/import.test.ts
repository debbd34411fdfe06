// L1: CSV and Excel import as a job — mapping from Chinese headers, progress, rejections report.
import { startTestServer, type TestServer } from './harness';
import { cookieOf, csv, gbk, getJson, openStream, upload, waitForJob, xlsx } from './import-helpers';

let srv: TestServer;
let director: string;
beforeAll(async () => {
  srv = await startTestServer();
  director = await cookieOf(srv, 'director@demo.local');
});
afterAll(() => srv.close());

const HEADERS = [
  '序号',
  '姓名',
  '公司名称',
  '手机',
  '邮箱',
  '行业',
  '省份',
  '城市',
  '注册资本(万元)',
  '来源渠道',
  '活动',
  '停留时长',
  '浏览页数',
  '下载白皮书',
];

/** The customer's first trial: ten recent leads in an Excel sheet, three of them broken. */
// prettier-ignore
const TRIAL: unknown[][] = [
  HEADERS,
  [1, '王建国', '苏州精工机械有限公司', 13812340001, 'wangjg@szjg.cn', '制造业', '江苏', '苏州', 800, '展会扫码', '2026工博会', '4分钟', 8, '是'],
  [2, '李敏', '杭州云帆科技有限公司', '139-1234-0002', '', 'SaaS软件服务', '浙江', '杭州', '500万', '官网表单', '', 200, 5, '否'],
  [3, '陈晓', '深圳迈瑞康医疗器械有限公司', '+86 137 1234 0003', 'chenx@mrk.com', '医疗器械', '广东', '深圳', 3000, '展会', '医博会', '00:05:10', 12, 'yes'],
  [4, '赵强', '宁波港联物流有限公司', '13612340004', '', '物流', '浙江', '宁波', 1200, '客户转介绍', '', '', '', ''],
  [5, '孙丽', '无锡华光新能源汽车有限公司', '13512340005', 'sunli@hgnev.cn', '新能源汽车', '江苏', '无锡', 50000, '广告投放', '抖音投放', '3分20秒', 6, '1'],
  [6, '周杰', '合肥智造工业软件有限公司', '待补充', '', '工业软件', '安徽', '合肥', 200, '官网', '', 100, 3, '否'], // bad phone
  [7, '吴芳', '上海申城连锁超市有限公司', '', '', '连锁零售', '上海', '上海', 5000, '电话陌拜', '', '', '', ''], // no contact
  [8, '郑伟', '南京金陵建设集团有限公司', '13312340008', '', '造船', '江苏', '南京', 8000, '展会扫码', '', '', '', '也许'], // bad industry, yes/no
  [9, '冯超', '北京京华教育科技有限公司', '010-62345678', 'fengc@jhedu.cn', '教育', '北京', '北京', 1000, '线上研讨会', '教育数字化直播', 420, 9, '是'],
  [10, '何静', '成都天府制药股份有限公司', '13212340010', 'hej@tfpharma.cn', '医药', '四川', '成都', '1.2亿', '合作伙伴', '', 60, 2, '否'],
];

describe('L1: import preview', () => {
  test('L1: a preview suggests the mapping from Chinese headers and maps the first rows', async () => {
    const r = await upload(srv, director, '/leads/import/preview', {
      name: '线索.xlsx',
      data: await xlsx(TRIAL),
    });
    expect(r.status).toBe(200);
    expect(r.body.headers).toEqual(HEADERS);
    expect(r.body.suggestedMapping).toMatchObject({
      姓名: 'contact.name',
      公司名称: 'company.name',
      手机: 'contact.phone',
      行业: 'company.industry',
      '注册资本(万元)': 'company.registeredCapital',
      来源渠道: 'source.channel',
      下载白皮书: 'behaviour.downloadedWhitepaper',
    });
    expect(r.body.sampleRows).toHaveLength(5);
    expect(r.body.sampleRows[0]).toMatchObject({
      rowNumber: 2,
      errors: [],
      lead: {
        name: '王建国',
        contact: { name: '王建国', phone: '13812340001', email: 'wangjg@szjg.cn' },
        company: {
          name: '苏州精工机械有限公司',
          industry: 'manufacturing',
          registeredCapital: 8_000_000,
          province: '江苏',
        },
        source: { channel: 'expo_qr', campaign: '2026工博会' },
        behaviour: { dwellSeconds: 240, pageViews: 8, downloadedWhitepaper: true },
      },
    });
    expect(r.body.fields.map((f: { path: string }) => f.path)).toContain('contact.phone');
  });
});

describe('L1: import jobs', () => {
  test('L1 L4: the 10-lead Excel trial imports as a job: 7 accepted and assigned within seconds, 3 rejected with reasons', async () => {
    const rep = await srv.as('rep1@demo.local');
    const stream = await openStream(srv, director);
    const started = Date.now();
    const r = await upload(srv, director, '/leads/import', {
      name: '最近线索.xlsx',
      data: await xlsx(TRIAL),
    });
    expect(r.status).toBe(202);
    expect(r.body.jobId).toEqual(expect.any(String));
    const job = await waitForJob(srv, director, r.body.jobId);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(job).toMatchObject({
      state: 'done',
      total: 10,
      processed: 10,
      accepted: 7,
      rejected: 3,
      fileName: '最近线索.xlsx',
    });
    expect(job.mapping).toMatchObject({ 手机: 'contact.phone' });
    expect(job.finishedAt).toEqual(expect.any(String));

    const d = await srv.as('director@demo.local');
    const leads = (await d.get('/leads?pageSize=100&q=' + encodeURIComponent('苏州精工机械'))).body.items;
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ status: 'assigned', ownerId: expect.any(String), createdVia: 'import' });
    expect(leads[0].company.registeredCapital).toBe(8_000_000);
    const unassigned = (await d.get('/leads?pageSize=100&status=new')).body.items.filter(
      (l: { createdVia: string }) => l.createdVia === 'import',
    );
    expect(unassigned).toEqual([]);
    // The owners were told live, and the importer saw the progress.
    await new Promise((res) => setTimeout(res, 200));
    const assigned = stream.seen.filter(
      (e) => e.event === 'lead.assigned' && e.data.data?.company?.includes?.('有限公司'),
    );
    expect(assigned.length).toBeGreaterThanOrEqual(7);
    const progress = stream.seen.filter(
      (e) => e.event === 'job.progress' && e.data.data.jobId === r.body.jobId,
    );
    expect(progress.at(-1)!.data.data).toMatchObject({
      state: 'done',
      accepted: 7,
      rejected: 3,
      processed: 10,
    });
    await stream.close();
    expect(rep).toBeTruthy();

    const report = await fetch(`${srv.url}/api/jobs/${r.body.jobId}/rejections.csv`, {
      headers: { cookie: director },
    });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await report.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads it as UTF-8
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(['行号 Row', '原因 Reasons', ...HEADERS].map((h) => `"${h}"`).join(','));
    expect(lines[1]).toMatch(/^"7","column ""手机"": must be a phone number/);
    expect(lines[1]).toContain('"周杰"');
    expect(lines[2]).toMatch(/^"8","\/contact: needs at least one of phone, email or wecomId"/);
    expect(lines[3]).toMatch(/^"9","column ""行业"": ""造船"" is not a known industry/);
    expect(lines[3]).toContain('column ""下载白皮书"": ""也许"" is not yes/no');
  });

  test('L1: a CSV with English headers and an explicit mapping; channel defaults to import', async () => {
    const rows = [
      ['Name', 'Company', 'Mobile', 'Capital', 'Extra'],
      ['Li Lei', 'Acme Trading Co., Ltd.', '13712345601', '8000000', 'x'],
      ['Han Meimei', 'Globex Ltd', '13712345602', 'lots', 'y'],
    ];
    const mapping = {
      Name: 'contact.name',
      Company: 'company.name',
      Mobile: 'contact.phone',
      Capital: 'company.registeredCapital',
    };
    const r = await upload(
      srv,
      director,
      '/leads/import',
      { name: 'leads.csv', data: '\uFEFF' + csv(rows) },
      { mapping: JSON.stringify(mapping) },
    );
    expect(r.status).toBe(202);
    const job = await waitForJob(srv, director, r.body.jobId);
    expect(job).toMatchObject({ state: 'done', total: 2, accepted: 1, rejected: 1, mapping });
    const d = await srv.as('director@demo.local');
    const lead = (await d.get('/leads?q=Acme')).body.items[0];
    expect(lead).toMatchObject({ source: { channel: 'import' }, company: { registeredCapital: 8_000_000 } });
  });

  test('L1: a GBK-encoded CSV (Excel on Chinese Windows) is read correctly', async () => {
    const text = csv([
      ['姓名', '公司', '手机'],
      ['黄蓉', '桃花岛渔业有限公司', '13612398765'],
    ]);
    const r = await upload(srv, director, '/leads/import', { name: 'gbk.csv', data: gbk(text) });
    expect(r.status).toBe(202);
    const job = await waitForJob(srv, director, r.body.jobId);
    expect(job).toMatchObject({ state: 'done', accepted: 1 });
    const d = await srv.as('director@demo.local');
    expect((await d.get('/leads?q=' + encodeURIComponent('桃花岛'))).body.items[0].name).toBe('黄蓉');
  });

  test('L1: bad files are refused clearly', async () => {
    const cases: [{ name: string; data: Buffer | string } | null, RegExp][] = [
      [null, /multipart\/form-data in the field "file"/],
      [{ name: 'empty.csv', data: '' }, /empty/],
      [{ name: 'blank.csv', data: '\r\n\r\n' }, /no header row/],
      [{ name: 'photo.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }, /only \.csv and \.xlsx/],
      [
        { name: 'old.xls', data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]) },
        /\.xls files are not supported/,
      ],
      [{ name: 'fake.xlsx', data: 'name,phone\n' }, /not an Excel workbook/],
      [
        { name: 'broken.xlsx', data: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]) },
        /could not read the Excel workbook/,
      ],
      [{ name: 'nothing.csv', data: 'foo,bar\n1,2\n' }, /no column could be matched/],
    ];
    for (const [file, message] of cases) {
      const r = await upload(srv, director, '/leads/import', file);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].message).toMatch(message);
    }
    const badMapping = await upload(
      srv,
      director,
      '/leads/import',
      { name: 'a.csv', data: '手机\n13800000000\n' },
      { mapping: '{"传真":"contact.fax"}' },
    );
    expect(badMapping.status).toBe(400);
    expect(badMapping.body.errors[0]).toEqual({
      path: '/mapping/传真',
      message: 'the file has no column "传真"',
    });
    const notJson = await upload(
      srv,
      director,
      '/leads/import',
      { name: 'a.csv', data: '手机\n13800000000\n' },
      { mapping: '{' },
    );
    expect(notJson.status).toBe(400);
  });

  test('L1: files over 50 MB are refused; more than 200,000 rows fail the job before any row is stored', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 10, 0x31);
    big.write('手机\n');
    const tooBig = await upload(srv, director, '/leads/import', { name: 'big.csv', data: big });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors[0]).toEqual({ path: '/file', message: 'the file is larger than 50 MB' });

    const d = await srv.as('director@demo.local');
    const before = (await d.get('/leads?pageSize=1')).body.total;
    const many = '手机\n' + '13800000000\n'.repeat(200_001);
    const r = await upload(srv, director, '/leads/import', { name: 'many.csv', data: many });
    expect(r.status).toBe(202);
    const job = await waitForJob(srv, director, r.body.jobId);
    expect(job).toMatchObject({
      state: 'failed',
      accepted: 0,
      error: expect.stringMatching(/more than 200,000 rows/),
    });
    expect((await d.get('/leads?pageSize=1')).body.total).toBe(before);
  });

  test('L1: a header-only file ends as a failed job with a message; jobs are private to their creator', async () => {
    const r = await upload(srv, director, '/leads/import', { name: 'only-header.csv', data: '姓名,手机\n' });
    expect(r.status).toBe(202);
    const job = await waitForJob(srv, director, r.body.jobId);
    expect(job).toMatchObject({ state: 'failed', error: 'the file has a header row but no data rows' });
    const rep = await cookieOf(srv, 'rep1@demo.local');
    expect((await getJson(srv, rep, `/jobs/${r.body.jobId}`)).status).toBe(404);
    const finance = await cookieOf(srv, 'finance@demo.local');
    expect(
      (await upload(srv, finance, '/leads/import', { name: 'a.csv', data: '手机\n13800000000\n' })).status,
    ).toBe(403);
  });
});
