/**
 * The persona reaction model, checked against figures worked out by hand from
 * the formula in docs/anger-model.md. Default test persona: volatility 3
 * (calm ×0.9, heat ×1.2), patience 3 (silence ×1.0).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PITFALLS, STAGES, TECHNIQUES } from '../catalogue/index.ts';
import { personaFrom } from '../test-support/build-scenario.ts';
import { calmScale, heatScale, react, silenceReaction, silenceScale } from './reaction.ts';

const neutral = personaFrom();
const says = (techniques: string[], pitfalls: string[] = []) => ({ techniques, pitfalls });

describe('trait scales', () => {
  it.each([
    [1, 0.8, 1.1],
    [3, 1.2, 0.9],
    [5, 1.6, 0.7],
  ])('volatility %i: heat ×%d, calm ×%d', (v, heat, calm) => {
    expect(heatScale(v)).toBeCloseTo(heat, 10);
    expect(calmScale(v)).toBeCloseTo(calm, 10);
  });

  it.each([
    [1, 1.4],
    [3, 1.0],
    [5, 0.6],
  ])('patience %i: silence ×%d', (p, scale) => {
    expect(silenceScale(p)).toBeCloseTo(scale, 10);
  });
});

describe('stage fit (feelings before facts)', () => {
  it('empathy lands better while venting than while solving', () => {
    // 10 calm × 1.25 venting × 0.9 = 11.25 → -11; × 0.6 solving = 5.4 → -5
    expect(react(says(['empathy']), 'venting', neutral).delta).toBe(-11);
    expect(react(says(['empathy']), 'solving', neutral).delta).toBe(-5);
  });

  it('offering options lands better while solving than while venting', () => {
    // 10 × 1.25 × 0.9 = 11.25 → -11; 10 × 0.3 × 0.9 = 2.7 → -3
    expect(react(says(['offer-options']), 'solving', neutral).delta).toBe(-11);
    expect(react(says(['offer-options']), 'venting', neutral).delta).toBe(-3);
  });

  it('follow-through lands at the close, conduct the same everywhere', () => {
    // follow-up 6 × 1.25 × 0.9 = 6.75 → -7; × 0.2 venting = 1.08 → -1
    expect(react(says(['follow-up']), 'closing', neutral).delta).toBe(-7);
    expect(react(says(['follow-up']), 'venting', neutral).delta).toBe(-1);
    // stay-calm 4 × 1 × 0.9 = 3.6 → -4 in every stage
    for (const stage of ['venting', 'disarming', 'solving', 'closing'] as const)
      expect(react(says(['stay-calm']), stage, neutral).delta).toBe(-4);
  });

  it('pitfalls hurt more while the customer is still venting', () => {
    // policy 10 × 1.2 = 12 after venting; × 1.25 while venting = 15
    expect(react(says([], ['policy']), 'solving', neutral).delta).toBe(12);
    expect(react(says([], ['policy']), 'venting', neutral).delta).toBe(15);
  });
});

describe('persona sensitivities', () => {
  it('a soother calms half as much again', () => {
    const soothed = personaFrom({ soothedBy: ['empathy'] });
    // 11.25 × 1.5 = 16.875 → -17
    expect(react(says(['empathy']), 'venting', soothed).delta).toBe(-17);
    expect(react(says(['active-listening']), 'venting', soothed).delta).toBe(
      react(says(['active-listening']), 'venting', neutral).delta,
    );
  });

  it('a hot button hurts half as much again', () => {
    const touchy = personaFrom({ hotButtons: ['policy'] });
    // 12 × 1.5 = 18 after venting; 15 × 1.5 = 22.5 → 23 (halves round towards more anger)
    expect(react(says([], ['policy']), 'solving', touchy).delta).toBe(18);
    expect(react(says([], ['policy']), 'venting', touchy).delta).toBe(23);
  });

  it('rounds an exact half up even when floating point lands just below it', () => {
    // brush-off 12 × 1.5 hot × 1.25 venting × 1.4 (volatility 4) = 31.5, computed as 31.499999999999996
    const persona = personaFrom({ hotButtons: ['brush-off'], anger: { volatility: 4 } });
    expect(react(says([], ['brush-off']), 'venting', persona).delta).toBe(32);
  });

  it('volatility makes a customer flare faster and cool slower, both ways', () => {
    const steady = personaFrom({ anger: { volatility: 1 } });
    const volatile = personaFrom({ anger: { volatility: 5 } });
    // empathy while venting: 12.5 × 1.1 = 13.75 → -14; 12.5 × 0.7 = 8.75 → -9
    expect(react(says(['empathy']), 'venting', steady).delta).toBe(-14);
    expect(react(says(['empathy']), 'venting', volatile).delta).toBe(-9);
    // policy after venting: 10 × 0.8 = 8; 10 × 1.6 = 16
    expect(react(says([], ['policy']), 'solving', steady).delta).toBe(8);
    expect(react(says([], ['policy']), 'solving', volatile).delta).toBe(16);
  });
});

describe('stacking', () => {
  it('techniques in one reply count 1, ½, ¼ from the strongest down', () => {
    // venting: empathy 11.25, active-listening 8 × 1.25 × 0.9 = 9, stay-calm 3.6
    // 11.25 + 9/2 + 3.6/4 = 16.65 → -17
    const r = react(says(['stay-calm', 'empathy', 'active-listening']), 'venting', neutral);
    expect(r.delta).toBe(-17);
    expect(r.parts).toEqual([
      { kind: 'technique', id: 'empathy', points: -11.2 },
      { kind: 'technique', id: 'active-listening', points: -4.5 },
      { kind: 'technique', id: 'stay-calm', points: -0.9 },
    ]);
  });

  it('pitfalls add up in full, and a bad line undoes a good one', () => {
    // venting: calm-down 14 × 1.25 × 1.2 = 21, argue 12 × 1.25 × 1.2 = 18; with empathy -11.25
    expect(react(says([], ['calm-down', 'argue']), 'venting', neutral).delta).toBe(39);
    const mixed = react(says(['empathy'], ['calm-down']), 'venting', neutral);
    expect(mixed.delta).toBe(10); // 21 - 11.25 = 9.75
    expect(mixed.parts).toEqual([
      { kind: 'technique', id: 'empathy', points: -11.2 },
      { kind: 'pitfall', id: 'calm-down', points: 21 },
    ]);
  });

  it('a reply with neither techniques nor pitfalls changes nothing', () => {
    expect(react(says([]), 'solving', neutral)).toEqual({ delta: 0, model: 0, parts: [] });
  });
});

describe('author control', () => {
  it('`adjust` is added to the model figure', () => {
    const r = react({ ...says(['empathy']), anger: { adjust: 3 } }, 'venting', neutral);
    expect(r).toMatchObject({ model: -11, delta: -8 });
  });

  it('`change` replaces the model figure, which is still reported', () => {
    const r = react({ ...says(['empathy']), anger: { change: 25 } }, 'venting', neutral);
    expect(r).toMatchObject({ model: -11, delta: 25 });
    expect(r.parts.map((p) => p.id)).toEqual(['empathy']);
  });
});

describe('silence', () => {
  it('adds the silence pitfall scaled by patience and volatility', () => {
    // 8 × 1.0 × 1.2 = 9.6 → 10
    expect(silenceReaction(neutral)).toEqual({
      delta: 10,
      model: 10,
      parts: [{ kind: 'pitfall', id: 'silence', points: 9.6 }],
    });
  });

  it.each([
    [1, 3, 13], // 8 × 1.4 × 1.2 = 13.44
    [5, 3, 6], // 8 × 0.6 × 1.2 = 5.76
    [3, 1, 6], // 8 × 1.0 × 0.8 = 6.4
    [3, 5, 13], // 8 × 1.0 × 1.6 = 12.8
    [5, 1, 4], // 8 × 0.6 × 0.8 = 3.84, the mildest silence there is
  ])('patience %i, volatility %i: +%i', (patience, volatility, delta) => {
    expect(silenceReaction(personaFrom({ anger: { patience, volatility } })).delta).toBe(delta);
  });

  it('hurts more when silence is a hot button', () => {
    // 9.6 × 1.5 = 14.4 → 14
    expect(silenceReaction(personaFrom({ hotButtons: ['silence'] })).delta).toBe(14);
  });
});

describe('properties of the model', () => {
  const techniqueIds = TECHNIQUES.map((t) => t.id);
  const pitfallIds = PITFALLS.map((p) => p.id);
  const someOf = (ids: string[]) => fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 });
  const trait = fc.integer({ min: 1, max: 5 });
  const stage = fc.constantFrom(...STAGES);
  const persona = fc
    .record({ volatility: trait, patience: trait, hotButtons: someOf(pitfallIds), soothedBy: someOf(techniqueIds) })
    .map(({ volatility, patience, hotButtons, soothedBy }) =>
      personaFrom({ anger: { volatility, patience }, hotButtons, soothedBy }),
    );

  it('techniques alone never raise anger, pitfalls alone never lower it', () => {
    fc.assert(
      fc.property(someOf(techniqueIds), someOf(pitfallIds), stage, persona, (ts, ps, st, p) => {
        expect(react(says(ts), st, p).delta).toBeLessThanOrEqual(0);
        expect(react(says([], ps), st, p).delta).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('adding a technique never makes a reply worse, adding a pitfall never makes it better', () => {
    fc.assert(
      fc.property(
        someOf(techniqueIds),
        someOf(pitfallIds),
        fc.constantFrom(...techniqueIds),
        fc.constantFrom(...pitfallIds),
        stage,
        persona,
        (ts, ps, t, pf, st, p) => {
          const base = react(says(ts, ps), st, p).delta;
          if (!ts.includes(t)) expect(react(says([...ts, t], ps), st, p).delta).toBeLessThanOrEqual(base);
          if (!ps.includes(pf)) expect(react(says(ts, [...ps, pf]), st, p).delta).toBeGreaterThanOrEqual(base);
        },
      ),
    );
  });

  it('a more volatile persona is never calmed more nor inflamed less', () => {
    fc.assert(
      fc.property(someOf(techniqueIds), someOf(pitfallIds), stage, fc.integer({ min: 1, max: 4 }), (ts, ps, st, v) => {
        const [lower, higher] = [
          personaFrom({ anger: { volatility: v } }),
          personaFrom({ anger: { volatility: v + 1 } }),
        ];
        expect(react(says(ts), st, higher).delta).toBeGreaterThanOrEqual(react(says(ts), st, lower).delta);
        expect(react(says([], ps), st, higher).delta).toBeGreaterThanOrEqual(react(says([], ps), st, lower).delta);
        expect(silenceReaction(higher).delta).toBeGreaterThanOrEqual(silenceReaction(lower).delta);
      }),
    );
  });

  it('the order techniques and pitfalls are listed in does not matter', () => {
    fc.assert(
      fc.property(someOf(techniqueIds), someOf(pitfallIds), stage, persona, (ts, ps, st, p) => {
        expect(react(says([...ts].reverse(), [...ps].reverse()), st, p).delta).toBe(react(says(ts, ps), st, p).delta);
      }),
    );
  });
});
