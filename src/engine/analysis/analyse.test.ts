import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../test-support/content-files.ts';
import { loadLibrary } from '../content/library.ts';
import type { Scenario } from '../content/scenario.ts';
import {
  availableChoices,
  beginConversation,
  chooseStep,
  isOver,
  silenceStep,
  type Position,
} from '../model/conversation.ts';
import { buildDebrief } from '../model/debrief.ts';
import { choose } from '../model/conversation.ts';
import { clampScore, endingPoints, turnPoints } from '../model/score.ts';
import { reply, scenarioFrom, type NodeInput } from '../test-support/build-scenario.ts';
import { analyseScenario, hardFailures } from './analyse.ts';
import { bestOutcomeJudge } from './judge.ts';
import { timed } from './state-graph.ts';

const fixtures = loadLibrary(contentFiles('src/engine/analysis/__fixtures__'));
const fixture = (id: string): Scenario => {
  const s = fixtures.scenarios.find((x) => x.data.id === `fixture-${id}`);
  if (!s) throw new Error(`no fixture ${id}`);
  return s;
};

describe('analysis of hand-made fixtures with known answers', () => {
  it('loads every fixture cleanly', () => expect(fixtures.problems).toEqual([]));

  it('finds a dead end: the customer can reach fix too angry for either reply', () => {
    const a = analyseScenario(fixture('dead-end'));
    expect(a.deadEnds).toEqual([{ at: 'fix', anger: 55, flags: {} }]);
    expect(hardFailures(a)).toEqual(['1 dead end(s): no reply available at fix (anger 55)']);
    expect(a.pointsOfNoReturn).toContainEqual({ nodeId: 'open', choiceId: 'rush', fromAnger: 50 });
  });

  it('names an ending whose condition is never met', () => {
    const a = analyseScenario(fixture('unreachable-ending'));
    expect(a.unreachableEndings).toEqual(['supervisor']);
    expect(a.unreachableNodes).toEqual([]);
    expect(hardFailures(a)).toEqual(['ending "supervisor" can never be reached']);
  });

  it('reports an unwinnable scenario, with its best line still shown', () => {
    const a = analyseScenario(fixture('unwinnable'));
    expect(a.winnable).toBe(false);
    expect(a.losable).toBe(true);
    expect(hardFailures(a)).toEqual(['no line leads to a resolved ending']);
    expect(a.best).toMatchObject({ choices: ['hear', 'boss'], ending: 'supervisor' });
    expect(a.randomPlay!.winChance).toBe(0);
  });

  it('finds a conversation that can loop for ever, and only that', () => {
    const a = analyseScenario(fixture('loop'));
    expect(a.cycle).toEqual(['fix', 'fix']);
    expect(a.winnable).toBe(true);
    expect(a.losable).toBe(true);
    expect(hardFailures(a)).toEqual(['the conversation can loop for ever: fix → fix']);
    expect(a.best).toBeUndefined();
  });

  it('finds a best line that needs a flag set earlier, with exact figures', () => {
    const a = analyseScenario(fixture('flag-best-line'));
    expect(hardFailures(a)).toEqual([]);
    // promise (+5) → keep-promise (+5) → resolved (45) calmed from 50 to 30 (8).
    expect(a.best).toEqual({ raw: 63, score: 63, choices: ['promise', 'keep-promise'], ending: 'resolved' });
    // A pitfall (−6) then a lost ending: −1, shown as 0.
    expect(a.worst).toMatchObject({ raw: -1, score: 0, ending: 'lost' });
    // ½·⅔ + ½·½ of random lines resolve; scores (63 + 54 + 0)/3 and (54 + 0)/2, averaged.
    expect(a.randomPlay!.winChance).toBeCloseTo(7 / 12, 12);
    expect(a.randomPlay!.expectedScore).toBeCloseTo(33, 12);
    expect(a.longestLine).toBe(2);
    expect(a.pointsOfNoReturn).toEqual([{ nodeId: 'close', choiceId: 'rude', fromAnger: 40 }]);
  });

  it('warns about content that is legal but probably unintended', () => {
    const a = analyseScenario(fixture('lints'));
    expect(hardFailures(a)).toEqual([]);
    expect(a.lints.map((l) => l.path)).toEqual([
      'authority',
      'nodes.open.say.calm',
      'nodes.open.say.angry',
      'nodes.open.choices.sorry',
      'nodes.open.choices.sorry',
      'nodes.fix.say.calm',
      'nodes.fix.say',
      'nodes.fix.choices.shrug',
    ]);
    expect(a.lints[0]!.message).toMatch(/^the briefing does not say what the trainee may do/);
    expect(a.lints[3]!.message).toBe('an empathy or apology reply raises anger (+5 at anger 50)');
    expect(a.lints[4]!.message).toBe(
      'dominated: "hear" is at least as good wherever both are offered, and better somewhere',
    );
    expect(a.lints[6]!.message).toMatch(/^no line for frustrated and no default/);
  });

  it('warns where a clock the author set (5 s, ×1.2 for patience 3) runs out before the node can be read', () => {
    const long = 'This reply runs on for a good many words so that reading it takes real time, as some do.';
    const s = scenarioFrom({
      timer: 5,
      nodes: {
        open: {
          stage: 'venting',
          say: 'It never came.',
          choices: [reply('a', 'next', { text: long }), reply('b', 'next', { text: long })],
        },
        next: { stage: 'solving', say: 'Well?', timer: 60, choices: [reply('c', 'resolved'), reply('d', 'lost')] },
      },
    });
    const timers = analyseScenario(s).lints.filter((l) => /timer$/.test(l.path));
    expect(timers).toEqual([
      {
        path: 'timer',
        message:
          '6 s to answer at open, but reading its 41 words and thinking takes 19 s: a silence here measures reading speed (leave the timer out for the reading time, or shorten the words)',
      },
    ]);
  });

  it('warns about a weak reply that folds back into the next node with nothing answering it', () => {
    const folding = (next: NodeInput, blame: Partial<Parameters<typeof reply>[2]> = {}) =>
      analyseScenario(
        scenarioFrom({
          nodes: {
            open: {
              stage: 'venting',
              say: 'It never came.',
              choices: [
                reply('listen', 'next', { techniques: ['empathy'] }),
                reply('blame', 'next', { pitfalls: ['blame'], ...blame }),
              ],
            },
            next,
          },
        }),
      ).lints.filter((l) => l.message.startsWith('folds back'));
    const next: NodeInput = {
      stage: 'solving',
      say: 'Thank you. So what now?',
      choices: [reply('fix', 'resolved'), reply('quit', 'lost')],
    };
    expect(folding(next)).toEqual([
      {
        path: 'nodes.open.choices.blame',
        message:
          'folds back into "next" with "listen", and nothing answers it: give it a reaction, add a sayWhen line after it at "next", or mark "next" fitsEveryWayIn',
      },
    ]);
    expect(folding(next, { reaction: 'My fault, is it?' })).toEqual([]);
    expect(folding({ ...next, sayWhen: [{ after: ['blame'], say: 'Whatever. What now?' }] })).toEqual([]);
    expect(folding({ ...next, fitsEveryWayIn: true })).toEqual([]);
  });

  it('warns about an ending without debrief text', () => {
    const s = fixture('flag-best-line');
    const data = structuredClone(s.data);
    data.endings.resolved!.summary = ' ';
    const a = analyseScenario({ ...s, data });
    expect(a.lints).toContainEqual({
      path: 'endings.resolved.summary',
      message: 'no debrief summary: the debrief cannot explain this ending',
    });
  });

  it('counts silence as a move only where a timer runs, and reports random play both ways', () => {
    const untimed = fixture('flag-best-line');
    expect(
      analyseScenario(untimed)
        .graph.moves.flat()
        .some((m) => m.choiceId === null),
    ).toBe(false);
    const timed = analyseScenario({ ...untimed, data: { ...untimed.data, timer: 20 } });
    expect(timed.graph.moves.flat().some((m) => m.choiceId === null)).toBe(true);
    expect(timed.randomPlay!.winChance).toBeCloseTo(7 / 12, 12);
    expect(timed.randomPlay!.withSilence.winChance).toBeLessThan(7 / 12);
  });

  it('judges alternatives by the best score still reachable after them', () => {
    const s = fixture('flag-best-line');
    const a = analyseScenario(s);
    const judge = bestOutcomeJudge(a);
    const start = beginConversation(s);
    expect(judge(s, start, 'promise')).toBe(63);
    expect(judge(s, start, 'hear')).toBe(54);
    const played = choose(s, choose(s, start, 'hear'), 'rude');
    const costliest = buildDebrief(s, played, judge).costliest!;
    expect(costliest.alternative.choiceId).toBe('bye');
  });
});

interface Tally {
  best: number;
  worst: number;
  win: number;
  expected: number;
  winSilent: number;
  expectedSilent: number;
}

/** Every path, the slow way: for checking the dynamic programming. */
function bruteForce(s: Scenario): Tally {
  const walk = (p: Position, raw: number): Tally => {
    if (isOver(s, p)) {
      const e = endingPoints(s, p.at, p.anger);
      const v = raw + e.outcome + e.calmed;
      const win = s.data.endings[p.at]!.kind === 'resolved' ? 1 : 0;
      return { best: v, worst: v, win, expected: clampScore(v), winSilent: win, expectedSilent: clampScore(v) };
    }
    const kids = availableChoices(s, p).map((c) => {
      const st = chooseStep(s, p, c.id);
      const t = turnPoints(s, st.turn);
      return walk(st.position, raw + t.techniques + t.pitfalls + t.timeliness);
    });
    const quiet = timed(s, p)
      ? [silenceStep(s, p)].map((q) => walk(q.position, raw + turnPoints(s, q.turn).timeliness))
      : [];
    const all = [...kids, ...quiet];
    const mean = (xs: Tally[], f: (t: Tally) => number) => xs.reduce((x, k) => x + f(k), 0) / xs.length;
    return {
      best: Math.max(...all.map((k) => k.best)),
      worst: Math.min(...all.map((k) => k.worst)),
      win: mean(kids, (k) => k.win),
      expected: mean(kids, (k) => k.expected),
      winSilent: mean(all, (k) => k.winSilent),
      expectedSilent: mean(all, (k) => k.expectedSilent),
    };
  };
  return walk(beginConversation(s), 0);
}

describe('the analysis agrees with brute force', () => {
  const techniques = ['empathy', 'offer-options', 'follow-up', 'let-vent'];
  const pitfalls = ['calm-down', 'policy', 'brush-off'];
  const arbChoice = (targets: string[]) =>
    fc.record({
      to: fc.constantFrom(...targets),
      technique: fc.option(fc.constantFrom(...techniques), { nil: undefined }),
      pitfall: fc.option(fc.constantFrom(...pitfalls), { nil: undefined }),
    });
  it('on small random scenarios: best, worst, and random play with and without silence', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.tuple(
          fc.array(arbChoice(['b', 'c', 'resolved', 'lost']), { minLength: 2, maxLength: 3 }),
          fc.array(arbChoice(['c', 'resolved', 'lost']), { minLength: 2, maxLength: 3 }),
          fc.array(arbChoice(['resolved', 'lost', 'left']), { minLength: 2, maxLength: 3 }),
          fc.integer({ min: 30, max: 90 }),
          fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        ),
        ([a, b, c, start, untimed]) => {
          let k = 0;
          // Some nodes without a timer, where silence is not a move.
          const node = (stage: 'venting' | 'solving' | 'closing', cs: typeof a) => ({
            stage,
            say: 'x',
            ...(untimed[k++] ? { timer: false as const } : {}),
            choices: cs.map((x, i) =>
              reply(`c${i}`, x.to, {
                techniques: x.technique ? [x.technique] : [],
                pitfalls: x.pitfall ? [x.pitfall] : [],
              }),
            ),
          });
          let s: Scenario;
          try {
            s = scenarioFrom(
              {
                anger: Math.min(start, 99),
                nodes: { a: node('venting', a), b: node('solving', b), c: node('closing', c) },
                endings: {
                  resolved: { kind: 'resolved', say: 'ok', summary: 's', reflection: ['q'] },
                  lost: { kind: 'lost', say: 'x', summary: 's', reflection: ['q'] },
                  left: { kind: 'escalated', say: 'y', summary: 's', reflection: ['q'] },
                },
              },
              { anger: { start: 50, volatility: 5, patience: 1 } },
            );
          } catch {
            return; // an invalid draw (an unreachable node or ending) is the loader's business, not the analysis's
          }
          const fast = analyseScenario(s);
          const slow = bruteForce(s);
          expect(fast.best!.raw).toBe(slow.best);
          expect(fast.worst!.raw).toBe(slow.worst);
          expect(fast.randomPlay!.winChance).toBeCloseTo(slow.win, 10);
          expect(fast.randomPlay!.expectedScore).toBeCloseTo(slow.expected, 8);
          expect(fast.randomPlay!.withSilence.winChance).toBeCloseTo(slow.winSilent, 10);
          expect(fast.randomPlay!.withSilence.expectedScore).toBeCloseTo(slow.expectedSilent, 8);
          checked++;
        },
      ),
      { numRuns: 200, seed: 20261122 },
    );
    expect(checked).toBeGreaterThan(25);
  });
});

describe('every scenario in the library', () => {
  const library = loadLibrary(contentFiles('scenarios'));
  it('has scenarios to analyse', () => expect(library.scenarios.length).toBeGreaterThanOrEqual(3));
  for (const s of library.scenarios) {
    it(`${s.data.id} passes every hard property`, () => {
      expect(hardFailures(analyseScenario(s))).toEqual([]);
    });
  }
});
