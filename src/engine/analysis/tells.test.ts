import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import { analyseScenario } from './analyse.ts';
import { giveaways } from './tells.ts';

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

describe('giveaways across the library', () => {
  const library = [scenario('s1', 0), scenario('s2', 0), scenario('s3', 1), scenario('s4', 0)].map((s) => ({
    scenario: s,
    analysis: analyseScenario(s),
  }));
  const g = giveaways(library);

  it('names a phrase found only in weak replies, with its counts, once for the longest form', () => {
    expect(g.tells).toContainEqual({ phrase: "i'm afraid the", weak: 4, good: 0 });
    expect(g.tells.some((t) => t.phrase === "i'm afraid")).toBe(false);
    expect(g.tells).toContainEqual({ phrase: 'refund myself today', weak: 0, good: 4 });
  });

  it('leaves out a phrase found on both sides, and phrases of common words only', () => {
    const all = g.tells.map((t) => t.phrase);
    expect(all.some((p) => /^refunds?$/.test(p))).toBe(false);
    expect(all).not.toContain('the');
  });

  it('reports where the best reply sits and how long it is beside the others', () => {
    expect(g.decisions).toBe(4);
    expect(g.bestPosition).toEqual([3, 1, 0, 0]);
    expect(g.bestLongest).toBe(4);
    expect(g.meanWords.best).toBe(12);
    expect(g.meanWords.others).toBe(7);
  });
});
