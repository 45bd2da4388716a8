import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampAnger, MAX_ANGER, moodOf, moodRange, MOODS } from './mood.ts';

describe('moodOf', () => {
  it.each([
    [0, 'calm'],
    [19, 'calm'],
    [20, 'annoyed'],
    [39, 'annoyed'],
    [40, 'frustrated'],
    [59, 'frustrated'],
    [60, 'angry'],
    [79, 'angry'],
    [80, 'furious'],
    [100, 'furious'],
  ] as const)('anger %i is %s', (anger, mood) => {
    expect(moodOf(anger)).toBe(mood);
  });
});

describe('moodRange', () => {
  it.each([
    ['calm', 0, 19],
    ['annoyed', 20, 39],
    ['frustrated', 40, 59],
    ['angry', 60, 79],
    ['furious', 80, 100],
  ] as const)('%s spans %i–%i', (mood, min, max) => {
    expect(moodRange(mood)).toEqual({ min, max });
  });

  it('the bands tile 0–100 with no gap or overlap, and agree with moodOf', () => {
    let next = 0;
    for (const mood of MOODS) {
      const { min, max } = moodRange(mood);
      expect(min).toBe(next);
      for (let a = min; a <= max; a++) expect(moodOf(a)).toBe(mood);
      next = max + 1;
    }
    expect(next).toBe(MAX_ANGER + 1);
  });
});

describe('clampAnger', () => {
  it.each([
    [-5, 0],
    [0, 0],
    [42, 42],
    [100, 100],
    [130, 100],
    [41.4, 41],
    [41.5, 42],
  ])('%d → %d', (raw, clamped) => {
    expect(clampAnger(raw)).toBe(clamped);
  });

  it('always gives a whole number within 0–100', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (raw) => {
        const a = clampAnger(raw);
        return Number.isInteger(a) && a >= 0 && a <= MAX_ANGER;
      }),
    );
  });
});
