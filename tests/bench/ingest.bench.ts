// Lead ingest through the real HTTP API on PGlite, beside GET /api/health in the same run
// (the machine's own baseline), so the ratio means something on a noisy 2-core box.
import { startServer } from '../../server';
import { load } from './http-load';

export async function benchIngest(seconds = 8) {
  const srv = await startServer({ port: 0, dataDir: null, seedDemo: true, serveUi: false });
  try {
    const login = await fetch(`${srv.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'director@demo.local', password: 'demo1234' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const health = await load(seconds, 16, () => fetch(`${srv.url}/api/health`));
    const ingest = await load(seconds, 16, (i) =>
      fetch(`${srv.url}/api/leads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          name: `客户${i}`,
          company: {
            name: `压测制造${i}有限公司`,
            registeredCapital: (i % 20) * 1_000_000,
            industry: 'manufacturing',
            province: '江苏',
          },
          contact: { name: `联系人${i}`, phone: `139${String(i).padStart(8, '0')}` },
          source: { channel: i % 2 ? 'expo_qr' : 'website_form' },
          behaviour: { dwellSeconds: i % 400, pageViews: i % 9, downloadedWhitepaper: i % 3 === 0 },
        }),
      }),
    );
    return [
      {
        name: 'GET /api/health',
        value: Math.round(health.perSecond),
        unit: 'req/s',
        p50: health.p50,
        p99: health.p99,
      },
      {
        name: 'POST /api/leads (PGlite)',
        value: Math.round(ingest.perSecond),
        unit: 'leads/s',
        p50: ingest.p50,
        p99: ingest.p99,
        errors: ingest.errors,
      },
      { name: 'ingest / health ratio', value: +(ingest.perSecond / health.perSecond).toFixed(3), unit: '' },
    ];
  } finally {
    await srv.close();
  }
}
