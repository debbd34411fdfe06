import { describe, expect, it } from '@jest/globals';
import { parseIsoDuration } from './duration';

describe('parseIsoDuration', () => {
  it.each([
    ['PT3S', 3_000],
    ['PT5M', 300_000],
    ['PT30M', 1_800_000],
    ['PT2H', 7_200_000],
    ['P3D', 259_200_000],
    ['P7D', 604_800_000],
    ['P1W', 604_800_000],
    ['P1DT12H', 129_600_000],
    ['PT1H30M15S', 5_415_000],
    ['PT0.5S', 500],
  ])('%s → %d ms', (text, ms) => {
    expect(parseIsoDuration(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', 'P1Y', 'P1M', '5M', 'PT5', 'P1H', 'pt5m'])('rejects %p', (text) => {
    expect(() => parseIsoDuration(text)).toThrow(RangeError);
  });
});
