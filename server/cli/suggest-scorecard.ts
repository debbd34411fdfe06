/**
 * `npm run suggest-scorecard -- --leads <train.csv> --target <column> [--exclude <col,…>]
 *  [--evaluate <eval.csv>]` (MISSION L3/F7). Fits a scorecard (≤ 15 conditions with integer
 * points, A/B/C thresholds) on the training CSV only and, with --evaluate, measures it on
 * the held-out CSV next to the unrounded model and a hand-written common-sense rule set.
 * Last line: {"rules": [{"when", "points"}], "thresholds": {"A","B","C"}, "evaluation": {…}}.
 */
import { fileURLToPath } from 'node:url';
import jsonLogic from 'json-logic-js';
import { evaluateScorecard, fitScorecard, scoreRows, type ScorecardEvaluation } from '../../engine/scorecard';
import { parseArgs, runCli, ArgError } from './args';
import { COMMON_SENSE_RULES, COMMON_SENSE_THRESHOLDS } from './common-sense-rules';
import { readCsvFile } from './csv';

export const SCORECARD_USAGE =
  'usage: npm run suggest-scorecard -- --leads <train.csv> --target <column> [--exclude <col,…>] [--evaluate <eval.csv>] [--max-conditions <n>]';

const r4 = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

function evaluationJson(e: ScorecardEvaluation) {
  return {
    n: e.n,
    auc: r4(e.auc),
    classes: Object.fromEntries(
      Object.entries(e.classes).map(([k, v]) => [k, { n: v.n, conversion: r4(v.conversion) }]),
    ),
  };
}

export function suggestScorecardMain(argv: readonly string[]): string[] {
  const args = parseArgs(argv, {
    values: ['leads', 'target', 'exclude', 'evaluate', 'max-conditions'],
    required: ['leads', 'target'],
  });
  const target = args.target as string;
  const train = readCsvFile(args.leads as string);
  if (train.length === 0) throw new ArgError('--leads has no rows');
  if (!(target in (train[0] ?? {}))) throw new ArgError(`--target column "${target}" not found`);
  const exclude = (args.exclude ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const maxConditions = args['max-conditions'] ? Number(args['max-conditions']) : 15;
  if (!Number.isInteger(maxConditions) || maxConditions < 1 || maxConditions > 50) {
    throw new ArgError('--max-conditions must be an integer 1–50');
  }
  const card = fitScorecard(train, target, exclude, { maxConditions });
  const lines: string[] = [];
  lines.push(
    `fitted on ${train.length} rows, ${card.columns.length} columns (skipped identifiers: ${card.skippedColumns.join(', ') || 'none'}; excluded: ${exclude.join(', ') || 'none'})`,
  );
  lines.push(
    `training AUC ${card.training.auc?.toFixed(4)} (unrounded ${card.training.unroundedAuc?.toFixed(4)})`,
  );
  for (const r of card.rules) lines.push(`  ${String(r.points).padStart(4)}  ${JSON.stringify(r.when)}`);
  lines.push(`thresholds A ≥ ${card.thresholds.A}, B ≥ ${card.thresholds.B}, C ≥ ${card.thresholds.C}`);
  const out: Record<string, unknown> = {
    rules: card.rules.map((r) => ({ when: r.when, points: r.points })),
    thresholds: card.thresholds,
  };
  if (args.evaluate) {
    const held = readCsvFile(args.evaluate);
    const e = evaluateScorecard(card, held, target);
    const cs = evaluateScorecard(
      { rules: COMMON_SENSE_RULES, thresholds: COMMON_SENSE_THRESHOLDS },
      held,
      target,
    );
    lines.push(
      `held-out (${held.length} rows): AUC ${e.auc?.toFixed(4)}, unrounded ${e.unroundedAuc?.toFixed(4)}, common-sense rules ${cs.auc?.toFixed(4)}`,
    );
    for (const k of ['A', 'B', 'C', 'D'] as const) {
      lines.push(
        `  class ${k}: fitted n=${e.classes[k].n} conversion ${pct(e.classes[k].conversion)} | common-sense n=${cs.classes[k].n} conversion ${pct(cs.classes[k].conversion)}`,
      );
    }
    // Re-check: json-logic-js itself scores the held-out rows with the emitted rules.
    const ours = scoreRows(card.rules, held);
    const mismatches = held.filter(
      (row, i) =>
        card.rules.reduce(
          (sum, r) => sum + (jsonLogic.truthy(jsonLogic.apply(r.when as never, row)) ? r.points : 0),
          0,
        ) !== ours[i],
    ).length;
    lines.push(`json-logic-js re-evaluation: ${held.length - mismatches} of ${held.length} scores identical`);
    out.evaluation = {
      ...evaluationJson(e),
      jsonLogicMismatches: mismatches,
      unroundedAuc: r4(e.unroundedAuc),
      commonSense: evaluationJson(cs),
    };
  }
  lines.push(JSON.stringify(out));
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runCli(SCORECARD_USAGE, () => {
    for (const line of suggestScorecardMain(process.argv.slice(2))) process.stdout.write(`${line}\n`);
  });
}
