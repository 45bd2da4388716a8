import { describe, expect, it } from 'vitest';
import {
  ARC_STEPS,
  findPitfall,
  findTechnique,
  PITFALLS,
  pitfall,
  SILENCE_PITFALL,
  STAGE_FIT,
  STAGES,
  technique,
  TECHNIQUES,
} from './index.ts';

const SOURCES = ['000', '001', '002', '003', '004'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe.each([
  ['technique', TECHNIQUES],
  ['pitfall', PITFALLS],
] as const)('every %s', (_kind, entries) => {
  it.each(entries.map((e) => [e.id, e] as const))('%s has a name, a summary and sources among 000–004', (_id, e) => {
    expect(e.id).toMatch(ID);
    expect(e.name.trim()).not.toBe('');
    expect(e.summary.trim().length).toBeGreaterThan(20);
    expect(e.sources.length).toBeGreaterThan(0);
    for (const src of e.sources) expect(SOURCES).toContain(src);
    expect(new Set(e.sources).size).toBe(e.sources.length);
  });

  it('has a unique id', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe('technique and pitfall ids', () => {
  it('never collide between the two lists', () => {
    const pitfallIds = new Set(PITFALLS.map((p) => p.id));
    expect(TECHNIQUES.filter((t) => pitfallIds.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it('every technique calms and every pitfall heats', () => {
    for (const t of TECHNIQUES) expect(t.calm, t.id).toBeGreaterThan(0);
    for (const p of PITFALLS) expect(p.heat, p.id).toBeGreaterThan(0);
  });

  it('the arc steps are each covered by at least one technique', () => {
    for (const step of ARC_STEPS)
      expect(
        TECHNIQUES.some((t) => t.arc === step),
        step,
      ).toBe(true);
  });

  it('the silence pitfall the engine logs is in the catalogue', () => {
    expect(findPitfall(SILENCE_PITFALL)?.id).toBe('silence');
  });
});

describe('lookup', () => {
  it('finds by id and returns undefined for an unknown id', () => {
    expect(findTechnique('empathy')?.name).toBe('Acknowledge the feeling');
    expect(findTechnique('nope')).toBeUndefined();
    expect(findPitfall('blame')?.heat).toBe(14);
    expect(findPitfall('empathy')).toBeUndefined();
  });

  it('technique() and pitfall() throw naming the unknown id', () => {
    expect(technique('ally').id).toBe('ally');
    expect(pitfall('argue').id).toBe('argue');
    expect(() => technique('emapthy')).toThrow('unknown technique "emapthy"');
    expect(() => pitfall('blam')).toThrow('unknown pitfall "blam"');
  });
});

describe('STAGE_FIT', () => {
  it('gives every family a multiplier for every stage', () => {
    for (const fit of Object.values(STAGE_FIT)) expect(Object.keys(fit).sort()).toEqual([...STAGES].sort());
  });

  it('puts feelings before facts: feeling peaks while venting, fix while solving, follow-through at the close', () => {
    const best = (family: keyof typeof STAGE_FIT) =>
      STAGES.reduce((a, b) => (STAGE_FIT[family][b] > STAGE_FIT[family][a] ? b : a));
    expect(best('feeling')).toBe('venting');
    expect(best('fix')).toBe('solving');
    expect(best('follow-through')).toBe('closing');
    expect(new Set(Object.values(STAGE_FIT.conduct))).toEqual(new Set([1]));
  });
});
