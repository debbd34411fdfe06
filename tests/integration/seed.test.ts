import { startTestServer } from './harness';

describe('first start', () => {
  test('the demo organisation has every role, published defaults and assigned, graded sample leads', async () => {
    const srv = await startTestServer();
    try {
      expect(srv.seed.seeded).toBe(true);
      const roles = new Set(srv.seed.logins.map((l) => l.role));
      for (const r of ['director', 'manager', 'rep', 'delivery', 'consultant', 'finance', 'admin'])
        expect(roles).toContain(r);
      expect(srv.seed.logins.filter((l) => l.role === 'rep').length).toBeGreaterThanOrEqual(3);
      const d = await srv.as('director@demo.local');
      const leads = (await d.get('/leads?pageSize=100')).body;
      expect(leads.total).toBeGreaterThanOrEqual(10);
      for (const l of leads.items) {
        expect(l.ownerId).toBeTruthy();
        expect(['A', 'B', 'C', 'D']).toContain(l.grade.class);
      }
      expect(
        new Set(leads.items.map((l: { grade: { class: string } }) => l.grade.class)).size,
      ).toBeGreaterThanOrEqual(3);
      // L2 in the demo data: the returning 张伟 (same phone, other format) kept his owner.
      const zw = leads.items.filter((l: { contact: { name: string } }) => l.contact.name === '张伟');
      expect(zw).toHaveLength(2);
      expect(zw[0].ownerId).toBe(zw[1].ownerId);
      // Every rep has something to work on.
      for (const email of ['rep1@demo.local', 'rep2@demo.local', 'rep3@demo.local']) {
        expect((await (await srv.as(email)).get('/leads')).body.total).toBeGreaterThan(0);
      }
    } finally {
      await srv.close();
    }
  });

  test('SEED_DEMO=0 starts an empty organisation with one admin using ADMIN_PASSWORD', async () => {
    const srv = await startTestServer({
      seedDemo: false,
      adminPassword: 'S3cure-admin!',
      adminEmail: 'it@acme.cn',
    });
    try {
      expect(srv.seed.logins).toEqual([{ email: 'it@acme.cn', role: 'admin', password: '(ADMIN_PASSWORD)' }]);
      await expect(srv.as('director@demo.local')).rejects.toThrow(/401/);
      const admin = await srv.as('it@acme.cn', 'S3cure-admin!');
      expect((await admin.get('/users')).body.items).toHaveLength(1);
      expect((await admin.get('/leads')).body.total).toBe(0);
      expect((await admin.get('/artifacts')).body.items.length).toBeGreaterThanOrEqual(8);
    } finally {
      await srv.close();
    }
  });

  test('a second start on the same data does not seed again', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    if (process.env.TEST_DATABASE_URL) return; // covered by the PGlite run: this checks the data folder
    const dir = mkdtempSync(path.join(tmpdir(), 'sales-'));
    try {
      const a = await startTestServer({ dataDir: dir });
      const n = (await (await a.as('director@demo.local')).get('/leads')).body.total;
      await a.close();
      const b = await startTestServer({ dataDir: dir });
      expect(b.seed.seeded).toBe(false);
      expect((await (await b.as('director@demo.local')).get('/leads')).body.total).toBe(n);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
