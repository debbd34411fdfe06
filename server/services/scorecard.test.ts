/** L3/F7: the studio's scorecard suggestion service on (a slice of) the X Education leads. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkArtifact } from '../../engine';
import { HttpError } from '../http/errors';
import { readCsvFile } from '../cli/csv';
import { suggestScorecard, validateSuggestInput } from './scorecard';

const LEADS = '../shared/data/leads-xeducation.csv';
const maybe = existsSync(LEADS) ? describe : describe.skip;
const MAPPING = {
  'Total Time Spent on Website': 'behaviour.dwellSeconds',
  'Page Views Per Visit': 'behaviour.pageViews',
  'Lead Source': 'source.campaign',
  'What is your current occupation': 'contact.title',
  City: 'company.city',
};

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function errorsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof HttpError)
      return (e as HttpError & { errors: { path: string; message: string }[] }).errors;
    throw e;
  }
  return [];
}

maybe('L3/F7: scorecard suggestion service', () => {
  let dir = '';
  let file = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-svc-'));
    file = join(dir, 'leads.csv');
    const rows = readCsvFile(LEADS).slice(0, 3000);
    const header = Object.keys(rows[0] ?? {});
    writeFileSync(
      file,
      [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))]
        .map((c) => c.map(csvCell).join(','))
        .join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('L3: mapped columns give lead-field rules that open as a valid grading-rules draft', () => {
    const s = suggestScorecard(
      file,
      validateSuggestInput({ target: 'Converted', mapping: JSON.stringify(MAPPING) }),
    );
    expect(s.rows.holdoutRule).toMatch(/Lead Number/);
    expect(s.rows.training + s.rows.holdout).toBe(3000);
    expect(s.content.rules.length).toBeGreaterThan(0);
    expect(s.content.rules.length).toBeLessThanOrEqual(15);
    const vars = JSON.stringify(s.content.rules.map((r) => r.when)).match(/"var":"([^"]+)"/g) ?? [];
    for (const v of vars) expect(Object.values(MAPPING)).toContain(v.slice(7, -1));
    expect(s.draftIssues).toEqual([]);
    const { rules, ...rest } = s.content;
    expect(
      checkArtifact('grading-rules', { ...rest, rules: rules.map(({ columns: _c, ...r }) => r) }),
    ).toEqual([]);
    expect(s.content.rules[0]?.id).toBe('fit_01');
    expect(s.content.rules[0]?.label.zh).not.toBe('');
    expect(s.evaluation.auc).toBeGreaterThan(0.7);
    expect(s.baseline?.auc).toBeGreaterThan(0.7); // the X Education columns are there
  });

  test('F7: without a mapping the rules read CSV columns and say why they cannot be a draft yet', () => {
    const s = suggestScorecard(
      file,
      validateSuggestInput({
        target: 'Converted',
        exclude: JSON.stringify(['Tags', 'Lead Quality', 'Last Notable Activity']),
      }),
    );
    expect(JSON.stringify(s.content.rules)).not.toContain('"Tags"');
    expect(s.draftIssues[0]?.path).toBe('/mapping');
    expect(s.columns.skipped).toEqual(expect.arrayContaining(['Prospect ID', 'Lead Number']));
  });

  test('L3: field-level 400s for bad input', () => {
    expect(errorsOf(() => validateSuggestInput({}))).toEqual([
      { path: '/target', message: expect.any(String) },
    ]);
    expect(errorsOf(() => validateSuggestInput({ target: 'x', exclude: '{' })).map((e) => e.path)).toEqual([
      '/exclude',
    ]);
    expect(
      errorsOf(() => validateSuggestInput({ target: 'x', mapping: '{"a":"no.such.field"}' }))[0]?.path,
    ).toBe('/mapping/a');
    expect(errorsOf(() => validateSuggestInput({ target: 'x', maxConditions: '99' }))[0]?.path).toBe(
      '/maxConditions',
    );
    const input = validateSuggestInput({ target: 'Nope' });
    expect(errorsOf(() => suggestScorecard(file, input))[0]).toEqual({
      path: '/target',
      message: expect.stringContaining('Nope'),
    });
  });
});
