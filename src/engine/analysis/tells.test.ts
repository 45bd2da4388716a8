import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import { analyseScenario } from './analyse.ts';
import { chanceOfAtLeast, giveaways } from './tells.ts';

/** A one-decision scenario: a good reply (placed `bestAt`) and a weak one that says "I'm afraid". */
function scenario(id: string, bestAt: 0 | 1) {
  const good = reply('good', 'resolved', {
    techniques: ['ownership'],
    text: 'I will sort the refund myself today and call you by five.',
  });
  const weak = reply('weak', 'lost', { pitfalls: ['policy'], text: "I'm afraid the policy says no refunds." });
  return scenarioFrom({
    id,
    nodes: { open: { stage: 'solving', say: 'Well?', choices: bestAt === 0 ? [good, weak] : [weak, good] } },
  });
}

const analysed = (list: ReturnType<typeof scenario>[]) =>
  list.map((s) => ({ scenario: s, analysis: analyseScenario(s) }));

describe('giveaways across the library', () => {
  const places = [0, 0, 1, 0, 1, 0, 0, 1] as const;
  const g = giveaways(analysed(places.map((at, i) => scenario(`s${i + 1}`, at))));

  it('names a phrase found only in weak replies, with its counts, once for the longest form', () => {
    expect(g.tells).toContainEqual({ phrase: "i'm afraid the", weak: 8, good: 0, scenarios: 8 });
    expect(g.tells.some((t) => t.phrase === "i'm afraid")).toBe(false);
    expect(g.tells).toContainEqual({ phrase: 'refund myself today', weak: 0, good: 8, scenarios: 8 });
  });

  it('leaves out a one-sided phrase that could be chance or that only one or two scenarios use', () => {
    // Four of eight replies on one side, half of all replies being weak: one chance in sixteen.
    expect(giveaways(analysed(([0, 1, 0, 1] as const).map((at, i) => scenario(`s${i + 1}`, at)))).tells).toEqual([]);
    expect(chanceOfAtLeast(4, 4, 0.5)).toBeCloseTo(1 / 16);
    expect(chanceOfAtLeast(0, 5, 0.3)).toBeCloseTo(1);
    expect(chanceOfAtLeast(2, 3, 0.5)).toBeCloseTo(0.5);
  });

  it('leaves out a phrase found on both sides, and phrases of common words only', () => {
    const all = g.tells.map((t) => t.phrase);
    expect(all.some((p) => /^refunds?$/.test(p))).toBe(false);
    expect(all).not.toContain('the');
  });

  it('reports where the best reply sits and how long it is beside the others', () => {
    expect(g.decisions).toBe(8);
    expect(g.bestPosition).toEqual([5, 3, 0, 0]);
    expect(g.bestLongest).toBe(8);
    expect(g.meanWords.best).toBe(12);
    expect(g.meanWords.others).toBe(7);
  });
});
