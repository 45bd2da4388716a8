/**
 * Issue 17, fault 4: the costliest turn of a lost conversation. It is ranked by
 * the points the reply cost (the analysis's judge), so its words, the chart's
 * ring (the same turn index) and the reflection question must all say points,
 * not "anger rose".
 */
import { describe, expect, it } from 'vitest';
import { analyseScenario, bestOutcomeJudge } from '../engine/analysis/index.ts';
import { beginConversation, choose } from '../engine/model/conversation.ts';
import { buildDebrief } from '../engine/model/debrief.ts';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { MESSAGES as M } from './index.ts';

// Six turns; at each the trainee can calm (−10, a technique) or flare up by the figure the
// issue reports. Flaring up at the last turn loses the customer; calming there resolves it.
const RISES = [18, 37, 23, 1, 8, 11];
const nodes = Object.fromEntries(
  RISES.map((rise, i) => [
    `n${i + 1}`,
    {
      stage: 'venting' as const,
      say: `Line ${i + 1}.`,
      choices: [
        reply(`calm${i + 1}`, i === 5 ? 'resolved' : `n${i + 2}`, {
          techniques: ['active-listening'],
          anger: { change: -10 },
        }),
        reply(`flare${i + 1}`, i === 5 ? 'lost' : `n${i + 2}`, {
          text: `That is just how it is${i === 5 ? '.' : ''}`,
          anger: { change: rise },
        }),
      ],
    },
  ]),
);
const s = scenarioFrom({ anger: 10, nodes });
const judge = bestOutcomeJudge(analyseScenario(s));
const lost = RISES.reduce((c, _, i) => choose(s, c, `flare${i + 1}`), beginConversation(s));

describe('the costliest turn of a lost conversation (+18, +37, +23, +1, +8, +11)', () => {
  const d = buildDebrief(s, lost, judge);
  const c = d.costliest!;

  it('is the turn that cost most points, the one where the customer was let go', () => {
    expect(d.outcome.kind).toBe('lost');
    expect(d.transcript.map((t) => t.change)).toEqual([18, 37, 23, 1, 8, 3]); // the last rise stops at 100
    expect(c.index).toBe(6);
    expect(c.alternative.choiceId).toBe('calm6');
    // Every other turn cost less: a calm reply after them could still resolve it.
    expect(c.cost).toBeGreaterThan(40);
  });

  it('says so in words that name points, not an anger rise it did not rank by', () => {
    const intro = M.costliestIntro(c);
    expect(intro).toMatch(/^Turn 6 cost you the most points/);
    expect(intro).toContain(`${c.cost} more points`);
    expect(intro).not.toMatch(/^Turn 6: anger rose/);
    expect(M.costliest).toMatch(/points/);
  });

  it('asks the reflection question about the same turn, in the same terms', () => {
    const q = d.reflection.find((p) => p.kind === 'costliest')!;
    expect(q).toMatchObject({ turn: c.index });
    const text = M.reflectionPrompt(q);
    expect(text).toContain('cost you the most points');
    // The reply ends in a full stop: no `."`-then-`.` run.
    expect(text).not.toMatch(/\."\./);
  });
});
