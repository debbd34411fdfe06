import { rankQueue, urgencyOf } from './queue';

const now = Date.parse('2026-11-27T02:00:00Z');
const e = (id: string, gradeClass: string, dueAts: string[], createdAt = '2026-11-27T00:00:00Z') => ({
  id,
  gradeClass,
  dueAts,
  createdAt,
});

describe('W1 queue order', () => {
  test('W1: overdue first, then the soonest clock, then class A, then the newest', () => {
    const ranked = rankQueue(
      [
        e('c-waiting', 'C', []),
        e('a-waiting', 'A', []),
        e('b-due-later', 'B', ['2026-11-27T05:00:00Z']),
        e('c-due-soon', 'C', ['2026-11-27T02:10:00Z', '2026-11-28T00:00:00Z']),
        e('b-overdue', 'B', ['2026-11-27T01:59:00Z']),
        e('a-newer', 'A', [], '2026-11-27T01:00:00Z'),
      ],
      now,
    );
    expect(ranked.map((x) => x.id)).toEqual([
      'b-overdue',
      'c-due-soon',
      'b-due-later',
      'a-newer',
      'a-waiting',
      'c-waiting',
    ]);
    expect(urgencyOf(ranked[0]!, now)).toBe('overdue');
  });
});
