// S3: a readable diff between two versions — rules, signals, form fields, thresholds.
import grading from '../../templates/defaults/grading-rules.json' with { type: 'json' };
import signals from '../../templates/defaults/signal-model.json' with { type: 'json' };
import form from '../../templates/defaults/form-template.json' with { type: 'json' };
import { diffArtifacts, logicText } from './index';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
type Rules = { rules: { id: string; points: number; when: unknown }[]; thresholds: Record<string, number> };

describe('S3 diffArtifacts', () => {
  it('finds nothing between identical versions', () => {
    for (const t of [grading, signals, form])
      expect(diffArtifacts(t.kind, t.content, clone(t.content))).toEqual([]);
  });

  it('names added, removed and changed rules with what changed', () => {
    const before = grading.content as unknown as Rules;
    const after = clone(before);
    after.rules[1]!.points = 30;
    after.rules[5]!.when = { '>': [{ var: 'behaviour.dwellSeconds' }, 300] };
    after.rules = after.rules.filter((r) => r.id !== 'webinar');
    after.rules.push({ id: 'vip', points: 5, when: { in: ['vip', { var: 'tags' }] } } as never);
    after.thresholds.A = 75;
    const d = diffArtifacts('grading-rules', before, after);
    expect(d).toContainEqual(expect.objectContaining({ op: 'added', section: 'rules', id: 'vip' }));
    expect(d).toContainEqual(expect.objectContaining({ op: 'removed', section: 'rules', id: 'webinar' }));
    expect(d).toContainEqual({
      op: 'changed',
      section: 'rules',
      id: 'website_form',
      label: { zh: '官网表单', en: 'Website form' },
      changes: [{ prop: 'points', from: '20', to: '30' }],
    });
    expect(d).toContainEqual(
      expect.objectContaining({
        id: 'dwell_over_3min',
        changes: [{ prop: 'when', from: 'behaviour.dwellSeconds > 180', to: 'behaviour.dwellSeconds > 300' }],
      }),
    );
    expect(d).toContainEqual({
      op: 'changed',
      section: 'thresholds',
      id: 'thresholds',
      changes: [{ prop: 'A', from: '70', to: '75' }],
    });
  });

  it('shows signal weights as percentages and notices reordering', () => {
    const after = clone(signals.content) as { signals: { id: string; weight: number }[] };
    after.signals[0]!.weight = 30;
    after.signals.reverse();
    const d = diffArtifacts('signal-model', signals.content, after);
    const w = d.find((e) => e.op === 'changed' && e.section === 'signals')!;
    expect(w.changes).toEqual([{ prop: 'weight', from: '25%', to: '30%' }]);
    expect(d.some((e) => e.op === 'reordered')).toBe(true);
  });

  it('goes into form sections to name fields', () => {
    const after = clone(form.content) as {
      sections: { id: string; fields: { key: string; required?: boolean }[] }[];
    };
    const s = after.sections[0]!;
    s.fields[0]!.required = false;
    s.fields.push({
      key: 'pilotSites',
      type: 'number',
      label: { zh: '试点工厂数', en: 'Pilot sites' },
    } as never);
    const d = diffArtifacts('form-template', form.content, after);
    expect(d).toContainEqual(
      expect.objectContaining({ op: 'added', section: `sections/${s.id}/fields`, id: 'pilotSites' }),
    );
    expect(d).toContainEqual(
      expect.objectContaining({
        op: 'changed',
        section: `sections/${s.id}/fields`,
        changes: [{ prop: 'required', from: 'true', to: 'false' }],
      }),
    );
  });
});

describe('logicText', () => {
  it('reads like a sentence', () => {
    expect(
      logicText({
        and: [
          { '==': [{ var: 'source.channel' }, 'expo_qr'] },
          { or: [{ '>': [{ var: 'a' }, 1] }, { '!': { var: 'b' } }] },
        ],
      }),
    ).toBe('source.channel == "expo_qr" AND (a > 1 OR NOT b)');
    expect(logicText({ '<=': [1, { var: 'company.employees' }, 19] })).toBe('1 <= company.employees <= 19');
    let deep: unknown = true;
    for (let i = 0; i < 5000; i++) deep = { '!': deep };
    expect(logicText(deep).length).toBeLessThan(400);
  });
});
