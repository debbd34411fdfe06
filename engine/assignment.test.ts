import { describe, expect, it } from '@jest/globals';
import { chooseOwner, type Candidate } from './assignment';
import type { AssignmentPolicyView } from './types';

const rep = (id: string, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  onDuty: true,
  openLeads: 0,
  ...extra,
});
const base: AssignmentPolicyView = {
  strategy: 'round_robin',
  onDutyOnly: true,
  capacity: { maxOpenLeads: 80 },
  routes: [],
  fallback: 'any_rep',
};
const reps = [rep('rep-3'), rep('rep-1'), rep('rep-2')];

describe('L4: owner assignment', () => {
  it('L4: round robin cycles in id order and wraps', () => {
    let cursor: string | null = null;
    const owners: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      const c = chooseOwner(base, {}, reps, { cursor });
      owners.push(c.ownerId);
      cursor = c.cursor;
    }
    expect(owners).toEqual(['rep-1', 'rep-2', 'rep-3', 'rep-1', 'rep-2']);
    expect(chooseOwner(base, {}, reps, { cursor: 'rep-2' }).reason).toMatch(/round_robin after rep-2/);
  });

  it('L4: skips off-duty reps and reps at capacity', () => {
    const list = [rep('rep-1', { onDuty: false }), rep('rep-2', { openLeads: 80 }), rep('rep-3')];
    expect(chooseOwner(base, {}, list, { cursor: null }).ownerId).toBe('rep-3');
    expect(chooseOwner({ ...base, onDutyOnly: false }, {}, list, { cursor: null }).ownerId).toBe('rep-1');
  });

  it('L4: nobody available → ownerId null and the cursor is kept', () => {
    const c = chooseOwner(base, {}, [rep('rep-1', { onDuty: false })], { cursor: 'rep-1' });
    expect(c).toMatchObject({ ownerId: null, cursor: 'rep-1' });
    expect(c.reason).toMatch(/no available rep/);
  });

  it('L4: a route whose condition holds narrows candidates by attributes', () => {
    const policy: AssignmentPolicyView = {
      ...base,
      routes: [
        {
          id: 'medical_team',
          when: { '==': [{ var: 'company.industry' }, 'medical_devices'] },
          match: { skills: ['medical'], industries: [], regions: ['华东'], teams: [] },
        },
      ],
    };
    const list = [
      rep('rep-1'),
      rep('rep-2', { skills: ['medical', 'saas'], regions: ['华东'] }),
      rep('rep-3', { skills: ['medical'] }),
    ];
    const medical = chooseOwner(policy, { company: { industry: 'medical_devices' } }, list, {
      cursor: 'rep-2',
    });
    expect(medical).toMatchObject({ ownerId: 'rep-2', routeId: 'medical_team', cursor: 'rep-2' });
    expect(medical.reason).toBe('round_robin after rep-2; route medical_team');
    const other = chooseOwner(policy, { company: { industry: 'education' } }, list, { cursor: 'rep-2' });
    expect(other).toMatchObject({ ownerId: 'rep-3' });
    expect(other.routeId).toBeUndefined();
  });

  it('L4: fallback when the route has no available rep: any_rep → whole pool, pool → no owner', () => {
    const route = { id: 'medical_team', when: true, match: { skills: ['medical'] } };
    const list = [rep('rep-1'), rep('rep-2', { skills: ['medical'], onDuty: false })];
    const any = chooseOwner({ ...base, routes: [route] }, {}, list, { cursor: null });
    expect(any).toMatchObject({ ownerId: 'rep-1' });
    expect(any.reason).toMatch(/route medical_team has no available rep; fallback any_rep/);
    const pooled = chooseOwner({ ...base, routes: [route], fallback: 'pool' }, {}, list, { cursor: null });
    expect(pooled).toMatchObject({ ownerId: null, cursor: null });
    expect(pooled.reason).toMatch(/fallback pool/);
  });

  it('L4: routes form a chain: the next holding route is tried when the first has nobody', () => {
    const routes = [
      { id: 'a', when: true, match: { teams: ['t-a'] } },
      { id: 'b', when: true, match: { teams: ['t-b'] } },
    ];
    const list = [rep('rep-1', { teams: ['t-b'] }), rep('rep-2')];
    expect(chooseOwner({ ...base, routes }, {}, list, {})).toMatchObject({ ownerId: 'rep-1', routeId: 'b' });
  });

  it('L4: least_loaded picks the fewest open leads, ties by id', () => {
    const policy = { ...base, strategy: 'least_loaded' };
    const list = [
      rep('rep-1', { openLeads: 5 }),
      rep('rep-3', { openLeads: 2 }),
      rep('rep-2', { openLeads: 2 }),
    ];
    const c = chooseOwner(policy, {}, list, {});
    expect(c.ownerId).toBe('rep-2');
    expect(c.reason).toMatch(/least_loaded/);
  });

  it('L4: weighted without seed gives each rep `weight` consecutive leads', () => {
    const policy = { ...base, strategy: 'weighted' };
    const list = [rep('rep-1', { weight: 2 }), rep('rep-2', { weight: 1 }), rep('rep-3', { weight: 0 })];
    let cursor: string | null = null;
    const owners: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      const c = chooseOwner(policy, {}, list, { cursor });
      owners.push(c.ownerId);
      cursor = c.cursor;
    }
    expect(owners).toEqual(['rep-1', 'rep-1', 'rep-2', 'rep-1', 'rep-1', 'rep-2']);
  });

  it('L4: weighted with a seed is deterministic and proportional', () => {
    const policy = { ...base, strategy: 'weighted' };
    const list = [rep('rep-1', { weight: 3 }), rep('rep-2', { weight: 1 })];
    const counts: Record<string, number> = {};
    for (let seed = 0; seed < 4000; seed++) {
      const id = chooseOwner(policy, {}, list, { seed }).ownerId as string;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    expect(chooseOwner(policy, {}, list, { seed: 42 }).ownerId).toBe(
      chooseOwner(policy, {}, list, { seed: 42 }).ownerId,
    );
    expect((counts['rep-1'] ?? 0) / 4000).toBeCloseTo(0.75, 1);
  });
});
