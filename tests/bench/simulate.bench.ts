// S4 benchmark: simulate a grading draft against 100,000 leads (goal: < 2 s on 2 cores).
// Measured separately: (1) engine only — simulateGrading over 100k leads already in memory;
// (2) end to end — POST /api/artifacts/:id/simulate {limit: 100000} on an in-process server
// with 100k leads in in-memory PGlite (reading the JSONB rows + simulating + JSON response).
// Run: node --import tsx tests/bench/simulate.bench.ts
import { fileURLToPath } from 'node:url';
import grading from '../../templates/defaults/grading-rules.json' with { type: 'json' };
import { gradeLead, type GradingRulesView } from '../../engine';
import { simulateGrading, type SimLead } from '../../engine/simulate';
import { startServer } from '../../server/index';
import { leads as leadsTable } from '../../server/db/schema';
import { signIn } from './sign-in';

export type BenchResult = { name: string; value: number; unit: string; p50?: number; p99?: number };

const N = Number(process.env.SIM_N ?? 100_000);
const CHANNELS = [
  'expo_qr',
  'website_form',
  'webinar',
  'referral',
  'partner',
  'cold_call',
  'ad_campaign',
  'wecom',
];
const INDUSTRIES = [
  'manufacturing',
  'medical_devices',
  'education',
  'saas',
  'retail_chain',
  'nev',
  'finance',
];

function leadData(i: number): Record<string, unknown> {
  return {
    name: `联系人${i}`,
    company: {
      name: `公司${i}`,
      industry: INDUSTRIES[i % INDUSTRIES.length],
      registeredCapital: ((i * 7919) % 100) * 1_000_000,
      employees: (i * 31) % 900,
    },
    contact: { name: `联系人${i}`, phone: `139${String(i).padStart(8, '0')}` },
    source: { channel: CHANNELS[i % CHANNELS.length] },
    behaviour: {
      dwellSeconds: (i * 13) % 600,
      pageViews: i % 12,
      downloadedWhitepaper: i % 3 === 0,
      requestedDemo: i % 7 === 0,
      visitedPricing: i % 5 === 0,
    },
    tags: [],
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  };
}

const published = grading.content as unknown as GradingRulesView;
/** The draft: expo leads weigh less, a new demo + capital rule, stricter A. */
const draft: GradingRulesView & Record<string, unknown> = {
  ...(grading.content as unknown as Record<string, unknown>),
  rules: [
    ...published.rules.map((r) => (r.id === 'expo_qr' ? { ...r, points: 20 } : r)),
    {
      id: 'demo_and_capital',
      label: { zh: '预约演示且注册资本超500万', en: 'Demo and capital over 5M' },
      category: 'behaviour',
      when: {
        and: [
          { '==': [{ var: 'behaviour.requestedDemo' }, true] },
          { '>': [{ var: 'company.registeredCapital' }, 5_000_000] },
        ],
      },
      points: 20,
    } as GradingRulesView['rules'][number],
  ],
  thresholds: { A: 75, B: 45, C: 20 },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchSimulateEngine(): BenchResult[] {
  const leads: SimLead[] = Array.from({ length: N }, (_, i) => ({ id: `L${i}`, data: leadData(i) }));
  const times: number[] = [];
  let changed = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    changed = simulateGrading(published, draft, leads).changedTotal;
    times.push(performance.now() - t0);
  }
  const t0 = performance.now();
  for (const l of leads) {
    gradeLead(published, l.data);
    gradeLead(draft, l.data);
  }
  const naive = performance.now() - t0;
  return [
    { name: `engine simulateGrading ${N} leads (median of 5)`, value: Math.round(median(times)), unit: 'ms' },
    { name: 'engine naive 2× gradeLead baseline', value: Math.round(naive), unit: 'ms' },
    { name: 'leads changing class', value: changed, unit: 'leads' },
  ];
}

export async function benchSimulateEndToEnd(): Promise<BenchResult[]> {
  const srv = await startServer({
    port: 0,
    dataDir: null,
    seedDemo: true,
    serveUi: false,
    scheduler: false,
    notifyIntervalMs: 0,
  });
  try {
    const cookie = await signIn(srv.url);
    const once = (path: string, body?: unknown) =>
      fetch(`${srv.url}/api${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { cookie, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      }).then((r) => r.json() as Promise<Record<string, any>>);
    // A kept-alive socket idle through the long insert may have been closed by the server: retry once.
    const api = (path: string, body?: unknown) => once(path, body).catch(() => once(path, body));
    const g = (await api('/artifacts?kind=grading-rules')).items[0];
    const t0 = performance.now();
    for (let start = 0; start < N; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, N - start) }, (_, k) => {
        const i = start + k;
        const data = leadData(i);
        const grade = gradeLead(published, data);
        return {
          status: 'new',
          name: data.name as string,
          companyName: (data.company as { name: string }).name,
          channel: (data.source as { channel: string }).channel,
          data,
          gradeClass: grade.class,
          gradeScore: grade.score,
          gradeHits: grade.hits,
          gradeArtifactId: g.id,
          gradeArtifactVersion: 1,
          createdVia: 'import',
          createdAt: new Date(data.createdAt as string),
        };
      });
      await srv.ctx.db.insert(leadsTable).values(rows);
    }
    const loadMs = performance.now() - t0;
    const times: number[] = [];
    const server: { load: number; total: number }[] = [];
    let evaluated = 0;
    for (let run = 0; run < 3; run++) {
      const s0 = performance.now();
      const r = await api(`/artifacts/${g.id}/simulate`, { content: draft, limit: N });
      times.push(performance.now() - s0);
      server.push(r.ms);
      evaluated = r.evaluated;
    }
    return [
      { name: `setup: insert ${N} leads into PGlite`, value: Math.round(loadMs), unit: 'ms' },
      {
        name: `end-to-end POST simulate limit ${N} (median of 3)`,
        value: Math.round(median(times)),
        unit: 'ms',
      },
      {
        name: '  of which reading rows from PGlite',
        value: Math.round(median(server.map((s) => s.load))),
        unit: 'ms',
      },
      {
        name: '  server total (read + simulate)',
        value: Math.round(median(server.map((s) => s.total))),
        unit: 'ms',
      },
      { name: 'leads evaluated', value: evaluated, unit: 'leads' },
    ];
  } finally {
    await srv.close();
  }
}

const print = (rs: BenchResult[]) => {
  for (const r of rs) console.log(`${r.name.padEnd(52)} ${String(r.value).padStart(8)} ${r.unit}`);
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  print(benchSimulateEngine());
  if (!process.argv.includes('--engine-only')) print(await benchSimulateEndToEnd());
  process.exit(0);
}
