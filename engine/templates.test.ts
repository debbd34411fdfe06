// S5: every shipped template passes checkArtifact (schema + semantic checks): the defaults the
// platform publishes on first start must never be refused by its own save-time checks.
import { describe, expect, it } from '@jest/globals';
import { ARTIFACT_KINDS } from '../schemas';
import { loadDefaultArtifacts } from '../templates';
import { chooseOwner } from './assignment';
import { checkArtifact } from './check-artifact';
import { gradeLead } from './grading';

const artifacts = loadDefaultArtifacts();

describe('S5: shipped templates pass checkArtifact', () => {
  it('has one default per artefact kind', () => {
    for (const kind of ARTIFACT_KINDS) expect(artifacts.some((a) => a.kind === kind)).toBe(true);
  });

  it.each(artifacts.map((a) => [a.kind, a.key, a] as const))(
    '%s %s has no issues',
    (_kind, _key, artifact) => {
      expect(checkArtifact(artifact.kind, artifact.content)).toEqual([]);
    },
  );

  it('L3: the default grading rules grade the issue’s sample lead', () => {
    const grading = artifacts.find((a) => a.kind === 'grading-rules');
    if (grading?.kind !== 'grading-rules') throw new Error('no default grading rules');
    const grade = gradeLead(grading.content, {
      name: '张伟',
      company: {
        name: '苏州精密制造有限公司',
        registeredCapital: 8_000_000,
        industry: 'manufacturing',
        province: '江苏',
      },
      contact: { name: '张伟', title: 'IT经理', phone: '13800138000', email: 'zw@example.cn' },
      source: { channel: 'expo_qr', campaign: '2026工博会' },
      behaviour: { dwellSeconds: 240, pageViews: 6, downloadedWhitepaper: true },
    });
    expect(grade.hits.length).toBeGreaterThan(0);
    expect(['A', 'B']).toContain(grade.class);
  });

  it('L4: the default assignment policy assigns among on-duty reps', () => {
    const policy = artifacts.find((a) => a.kind === 'assignment-policy');
    if (policy?.kind !== 'assignment-policy') throw new Error('no default assignment policy');
    const reps = ['rep-1', 'rep-2', 'rep-3'].map((id) => ({ id, onDuty: id !== 'rep-2', openLeads: 0 }));
    const first = chooseOwner(policy.content, { company: { industry: 'education' } }, reps, { cursor: null });
    const second = chooseOwner(policy.content, { company: { industry: 'education' } }, reps, {
      cursor: first.cursor,
    });
    expect([first.ownerId, second.ownerId].sort()).toEqual(['rep-1', 'rep-3']);
  });
});
