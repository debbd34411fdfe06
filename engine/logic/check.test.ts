import { describe, expect, it } from '@jest/globals';
// S5: save-time checks of rules against the field catalogue.
import { checkLogic } from './check';

const fields = [
  { path: 'company.registeredCapital', type: 'money', unit: 'CNY' },
  {
    path: 'company.industry',
    type: 'enum',
    options: [{ value: 'manufacturing' }, { value: 'medical_devices' }],
  },
  { path: 'company.name', type: 'string' },
  { path: 'source.channel', type: 'enum', options: [{ value: 'expo_qr' }, { value: 'webinar' }] },
  { path: 'behaviour.dwellSeconds', type: 'duration', unit: 'seconds' },
  { path: 'behaviour.downloadedWhitepaper', type: 'boolean' },
  { path: 'tags', type: 'tags' },
  { path: 'createdAt', type: 'date' },
];
const check = (rule: unknown) => checkLogic(rule, { fields });

describe('S5: checkLogic', () => {
  it('accepts well-formed rules over catalogue fields', () => {
    for (const rule of [
      { '==': [{ var: 'source.channel' }, 'expo_qr'] },
      {
        and: [
          { '>': [{ var: 'behaviour.dwellSeconds' }, 180] },
          { '>=': [{ var: 'company.registeredCapital' }, '5000000'] },
        ],
      },
      { in: [{ var: 'company.industry' }, ['manufacturing', 'medical_devices']] },
      { in: ['mes', { var: 'tags' }] },
      { in: ['精密', { var: 'company.name' }] },
      { some: [{ var: 'tags' }, { '==': [{ var: '' }, 'mes'] }] },
      { reduce: [{ var: 'tags' }, { '+': [{ var: 'accumulator' }, 1] }, 0] },
      { '!': { var: 'behaviour.downloadedWhitepaper' } },
      { '==': [{ var: 'behaviour.downloadedWhitepaper' }, true] },
      { '>': [{ var: 'createdAt' }, '2026-01-01'] },
      { '!!': { var: 'company' } },
      { '==': [{ var: 'tags.0' }, 'mes'] },
      { missing: ['company.name', 'source.channel'] },
      { if: [{ var: 'behaviour.downloadedWhitepaper' }, 10, 0] },
      { '==': [{ var: 'company.industry' }, null] },
      true,
    ]) {
      expect([JSON.stringify(rule), check(rule)]).toEqual([JSON.stringify(rule), []]);
    }
  });

  it('reports an unknown field at the var path, naming the field', () => {
    expect(check({ and: [{ '==': [1, 1] }, { '==': [{ var: 'foo.bar' }, 1] }] })).toEqual([
      { path: '/and/1/==/0/var', message: 'unknown field "foo.bar"' },
    ]);
    expect(check({ var: ['nope', 1] })).toEqual([{ path: '/var/0', message: 'unknown field "nope"' }]);
    expect(check({ missing: ['company.name', 'x'] })).toEqual([
      { path: '/missing/1', message: 'unknown field "x"' },
    ]);
  });

  it('reports type mismatches', () => {
    const cases: [unknown, string, RegExp][] = [
      [
        { '>': [{ var: 'company.registeredCapital' }, '五百万'] },
        '/>/1',
        /registeredCapital" is money.*五百万/,
      ],
      [{ '==': [{ var: 'behaviour.downloadedWhitepaper' }, 1] }, '/==/1', /boolean.*number 1/],
      [{ '>': [{ var: 'behaviour.downloadedWhitepaper' }, false] }, '/>/1', /cannot be ordered/],
      [
        { in: ['x', { var: 'company.industry' }] },
        '/in/1',
        /"in" needs a tags or text field.*company.industry/,
      ],
      [
        { '==': [{ var: 'source.channel' }, 'tv'] },
        '/==/1',
        /"tv" is not an option of field "source.channel"/,
      ],
      [{ in: [{ var: 'source.channel' }, ['expo_qr', 'tv']] }, '/in/1/1', /"tv" is not an option/],
      [{ '==': [{ var: 'tags' }, 'mes'] }, '/==/1', /tags.*list/],
      [{ '+': [{ var: 'company.name' }, 1] }, '/+/0', /company.name" is string, not a number/],
      [{ '==': [{ var: 'createdAt' }, 'yesterday'] }, '/==/1', /not an ISO date/],
      [{ some: [{ var: 'company.name' }, true] }, '/some/0', /"some" needs a list/],
      [{ '==': [{ var: 'company.registeredCapital' }, { var: 'company.industry' }] }, '/==/0', /money/],
    ];
    for (const [rule, path, message] of cases) {
      const issues = check(rule);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toBe(path);
      expect(issues[0]?.message).toMatch(message);
    }
  });

  it('reports arity, computed paths, multi-key objects and limits', () => {
    expect(check({ '==': [1, 2, 3] })).toEqual([
      { path: '/==', message: 'operator "==" takes 2 arguments, got 3' },
    ]);
    expect(check({ '!': [1, 2] })[0]?.message).toBe('operator "!" takes 1 argument, got 2');
    expect(check({ var: { cat: ['a', 'b'] } })[0]?.message).toMatch(/literal/);
    expect(check({ and: [{ a: 1, b: 2 }] })).toEqual([
      { path: '/and/0', message: 'an operation must have exactly one operator key, found 2' },
    ]);
    const wide = { or: Array.from({ length: 30 }, () => ({ '==': [{ var: 'source.channel' }, 'expo_qr'] })) };
    expect(checkLogic(wide, { fields, maxNodes: 50 })[0]?.message).toMatch(/more than 50 nodes/);
    expect(checkLogic({ '!': { '!': { '!': true } } }, { fields, maxDepth: 2 })[0]?.message).toMatch(
      /deeper than 2/,
    );
  });

  it('escapes operator names in JSON pointers', () => {
    expect(check({ '/': [{ var: 'company.name' }, 2] })[0]?.path).toBe('/~1/0');
  });
});
