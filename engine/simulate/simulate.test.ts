// S4: simulation of a grading draft (class shifts and the rules that fire differently) and of an
// assignment draft (per-rep load), against the engine's own gradeLead/chooseOwner.
import grading from '../../templates/defaults/grading-rules.json' with { type: 'json' };
import { gradeLead } from '../grading';
import type { GradingRulesView } from '../types';
import { simulateAssignment, simulateGrading, type SimLead } from './index';

const published = grading.content as unknown as GradingRulesView;

function lead(i: number): SimLead {
  const channels = ['expo_qr', 'website_form', 'cold_call', 'referral', 'webinar'];
  return {
    id: `L${i}`,
    data: {
      source: { channel: channels[i % channels.length] },
      company: {
        registeredCapital: (i % 7) * 2_000_000,
        industry: i % 3 ? 'manufacturing' : 'saas',
        employees: 5 + (i % 50),
      },
      behaviour: {
        dwellSeconds: (i * 37) % 400,
        pageViews: i % 9,
        downloadedWhitepaper: i % 4 === 0,
        requestedDemo: i % 5 === 0,
      },
      tags: [],
    },
  };
}
const leads = Array.from({ length: 500 }, (_, i) => lead(i));

describe('S4 simulateGrading', () => {
  it('with an identical draft changes nothing and matches gradeLead', () => {
    const r = simulateGrading(published, published, leads);
    expect(r.evaluated).toBe(500);
    expect(r.changed).toEqual([]);
    expect(r.before).toEqual(r.after);
    const counts = { A: 0, B: 0, C: 0, D: 0 };
    for (const l of leads) counts[gradeLead(published, l.data).class]++;
    expect(r.before).toEqual(counts);
  });

  it('reports class shifts with the rules that fire differently', () => {
    const draft: GradingRulesView = {
      ...published,
      rules: [
        ...published.rules.filter((r) => r.id !== 'expo_qr'),
        {
          id: 'demo_and_capital',
          label: { zh: '演示+资本', en: 'Demo + capital' },
          points: 40,
          when: {
            and: [
              { '==': [{ var: 'behaviour.requestedDemo' }, true] },
              { '>': [{ var: 'company.registeredCapital' }, 5_000_000] },
            ],
          },
        },
      ],
    };
    const r = simulateGrading(published, draft, leads);
    expect(r.changedTotal).toBeGreaterThan(0);
    for (const c of r.changed) {
      const l = leads.find((x) => x.id === c.leadId)!;
      expect(gradeLead(published, l.data).class).toBe(c.from);
      expect(gradeLead(draft, l.data).class).toBe(c.to);
      expect(c.from).not.toBe(c.to);
      const fired = [...c.rulesFired.added, ...c.rulesFired.removed];
      expect(fired.every((id) => id === 'expo_qr' || id === 'demo_and_capital')).toBe(true);
      expect(fired.length).toBeGreaterThan(0);
    }
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(r.before)).toBe(500);
    expect(sum(r.after)).toBe(500);
    expect(r.ruleHits.find((h) => h.ruleId === 'expo_qr')).toEqual({
      ruleId: 'expo_qr',
      before: 100,
      after: 0,
    });
  });

  it('threshold changes alone shift classes; maxChanged caps the list, not the total', () => {
    const draft = { ...published, thresholds: { A: 40, B: 20, C: 5 } };
    const r = simulateGrading(published, draft, leads, { maxChanged: 3 });
    expect(r.changed).toHaveLength(3);
    expect(r.changedTotal).toBeGreaterThan(3);
    expect(r.changed[0]!.rulesFired).toEqual({ added: [], removed: [] });
  });

  it('never throws on unsafe or broken rules (they do not fire)', () => {
    const draft = {
      ...published,
      rules: [
        { id: 'evil', label: { zh: '', en: '' }, points: 50, when: { var: 'constructor.constructor' } },
      ],
    };
    const r = simulateGrading(published, draft as GradingRulesView, leads);
    expect(r.after.D + r.after.C + r.after.B + r.after.A).toBe(500);
    expect(r.ruleHits.find((h) => h.ruleId === 'evil')!.after).toBe(0);
  });

  it('without a published version everything starts as D', () => {
    const r = simulateGrading(null, published, leads.slice(0, 10));
    expect(r.before).toEqual({ A: 0, B: 0, C: 0, D: 10 });
  });
});

describe('S4 simulateAssignment', () => {
  const reps = ['r1', 'r2', 'r3'].map((id) => ({
    id,
    onDuty: true,
    openLeads: 7,
    industries: id === 'r3' ? ['saas'] : [],
  }));
  const owned = leads.slice(0, 30).map((l) => ({ ...l, ownerId: 'r1' }));

  it('round robin spreads the leads evenly from an empty load', () => {
    const r = simulateAssignment({ strategy: 'round_robin', routes: [] }, owned, reps);
    expect(r.evaluated).toBe(30);
    expect(r.load.map((l) => [l.ownerId, l.after]).sort()).toEqual([
      ['r1', 10],
      ['r2', 10],
      ['r3', 10],
    ]);
    expect(r.load.find((l) => l.ownerId === 'r1')!.before).toBe(30);
    expect(r.changedTotal).toBe(20);
  });

  it('routes by industry and respects capacity caps', () => {
    const policy = {
      strategy: 'least_loaded',
      capacity: { maxOpenLeads: 8 },
      routes: [
        {
          id: 'saas',
          when: { '==': [{ var: 'company.industry' }, 'saas'] },
          match: { industries: ['saas'] },
        },
      ],
      fallback: 'any_rep',
    };
    const r = simulateAssignment(policy, owned, reps);
    expect(r.byRoute.saas).toBeGreaterThan(0);
    for (const l of r.load) if (l.ownerId) expect(l.after).toBeLessThanOrEqual(8);
    expect(r.load.find((l) => l.ownerId === null)?.after ?? 0).toBe(30 - 24);
  });
});
