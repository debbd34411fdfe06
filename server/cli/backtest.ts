/**
 * `npm run backtest -- --deals <csv> [--mapping <json>] [--from <date>] [--to <date>]
 *  [--quarter-end on|off]` (MISSION F7). Replays weekly snapshots, fitting only on deals
 * closed before each snapshot; prints per-period errors, Brier scores and calibration
 * tables for the signal method and the stage-percentage baseline; the last line is JSON:
 * {"methods": {"signal": {"meanError", "brier", …}, "stage": {…}}, "periods": [...]}.
 */
import { fileURLToPath } from 'node:url';
import signalModel from '../../templates/defaults/signal-model.json' with { type: 'json' };
import type { SignalModelView } from '../../engine/forecast';
import { ArgError, parseArgs, runCli } from './args';
import { runBacktest, type BacktestResult, type MethodSummary } from './backtest-core';
import { loadDeals, readMapping } from './deals';

export const BACKTEST_USAGE =
  'usage: npm run backtest -- --deals <csv> [--mapping <json>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--quarter-end on|off]';

const DAY = 86_400_000;

function parseDay(s: string, name: string): number {
  const t = Date.parse(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !Number.isFinite(t))
    throw new ArgError(`--${name} must be YYYY-MM-DD`);
  return t;
}

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
const money = (x: number) => Math.round(x).toLocaleString('en-US').padStart(11);
const r4 = (x: number) => Math.round(x * 10000) / 10000;

function methodJson(m: MethodSummary) {
  return {
    meanError: r4(m.meanError),
    brier: r4(m.brier),
    avgPredicted: r4(m.avgPredicted),
    actualWinRate: r4(m.actualRate),
    pairs: m.pairs,
  };
}

/** Human-readable report lines followed by the JSON summary line. */
export function formatBacktest(result: BacktestResult): string[] {
  const lines: string[] = [];
  for (const p of result.periods) {
    lines.push(
      `${p.period}  actual won ${money(p.actual)}  signal mean error ${pct(p.meanError)}  stage mean error ${pct(p.stageMeanError)}  signal worst from week 3 ${pct(p.maxErrorFromWeek3)}`,
    );
    lines.push(
      '  snapshot    wk  open  won so far   pipeline  new biz    forecast  error  |  stage fcst  error',
    );
    for (const s of p.snapshots) {
      lines.push(
        `  ${s.date} ${String(s.week).padStart(3)} ${String(s.openDeals).padStart(5)} ${money(s.wonSoFar)} ${money(s.pipeline)} ${money(s.newBusiness)} ${money(s.forecast)} ${pct(s.error)}  | ${money(s.stageForecast)} ${pct(s.stageError)}`,
      );
    }
  }
  for (const [name, m] of Object.entries(result.methods)) {
    lines.push(
      `${name}: mean weekly error ${pct(m.meanError)}, Brier ${m.brier.toFixed(3)} over ${m.pairs} (snapshot, deal) pairs, mean predicted p(win) ${pct(m.avgPredicted)} vs actual ${pct(m.actualRate)}`,
    );
    lines.push('  calibration: predicted bin   n   mean predicted   actual win rate');
    for (const row of m.calibration) {
      if (row.n === 0) continue;
      lines.push(
        `    [${row.bin[0].toFixed(1)}, ${row.bin[1].toFixed(1)})  ${String(row.n).padStart(6)}   ${pct(row.meanPredicted)}   ${pct(row.actualRate)}`,
      );
    }
  }
  lines.push(
    JSON.stringify({
      methods: { signal: methodJson(result.methods.signal), stage: methodJson(result.methods.stage) },
      periods: result.periods.map((p) => ({
        period: p.period,
        actual: Math.round(p.actual),
        signal: { meanError: r4(p.meanError), maxErrorFromWeek3: r4(p.maxErrorFromWeek3) },
        stage: { meanError: r4(p.stageMeanError) },
        snapshots: p.snapshots.map((s) => ({
          date: s.date,
          week: s.week,
          forecast: Math.round(s.forecast),
          error: s.error === null ? null : r4(s.error),
          stageForecast: Math.round(s.stageForecast),
          stageError: s.stageError === null ? null : r4(s.stageError),
        })),
      })),
    }),
  );
  return lines;
}

export function backtestMain(argv: readonly string[]): string[] {
  const args = parseArgs(argv, {
    values: ['deals', 'mapping', 'from', 'to', 'quarter-end'],
    required: ['deals'],
  });
  const from = parseDay(args.from ?? '2017-07-01', 'from');
  const to = parseDay(args.to ?? '2017-12-31', 'to') + DAY;
  if (to <= from) throw new ArgError('--to must not be before --from');
  const qe = args['quarter-end'] ?? 'on';
  if (qe !== 'on' && qe !== 'off') throw new ArgError('--quarter-end must be on or off');
  const mapping = readMapping(args.mapping);
  const deals = loadDeals(args.deals as string, mapping);
  const signals = mapping.signals ?? [];
  const base = signalModel.content as unknown as SignalModelView;
  const model: SignalModelView = { ...base, signals: signals.map((s) => ({ id: s.id, weight: s.weight })) };
  const result = runBacktest(deals, { from, to, model, signals, quarterEnd: qe === 'on' });
  return formatBacktest(result);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runCli(BACKTEST_USAGE, () => {
    for (const line of backtestMain(process.argv.slice(2))) process.stdout.write(`${line}\n`);
  });
}
