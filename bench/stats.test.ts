import { describe, expect, it } from 'vitest';
import { percentile, spread } from './stats.ts';

describe('percentile', () => {
  it('takes the nearest rank, so the answer is always a sample', () => {
    const xs = [5, 1, 4, 2, 3];
    expect(percentile(xs, 50)).toBe(3);
    expect(percentile(xs, 95)).toBe(5);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(5);
  });
  it('reads p95 of twenty samples as the nineteenth', () => {
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
  });
  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('spread', () => {
  it('gives the median run with the lowest and highest', () => {
    expect(spread([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30 });
  });
});
