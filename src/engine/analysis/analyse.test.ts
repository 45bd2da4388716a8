import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../cli/content-files.ts';
import { loadLibrary } from '../content/library.ts';
import type { Scenario } from '../content/scenario.ts';
import { availableChoices, beginConversation, chooseStep, isOver, silenceStep, type Position } from '../model/conversation.ts';
import { buildDebrief } from '../model/debrief.ts';
import { choose } from '../model/conversation.ts';
import { clampScore, endingPoints, turnPoints } from '../model/score.ts';
import { reply, scenarioFrom, type NodeInput } from '../test-support/build-scenario.ts';
import { analyseScenario, hardFailures } from './analyse.ts';
import { bestOutcomeJudge } from './judge.ts';

const twoStep = (extra: Partial<Record<string, NodeInput>> = {}) => ({
  open: { stage: 'venting' as const, say: 'Angry!', choices: [reply('hear', 'fix', { techniques: ['empathy'] }), reply('calm', 'fix', { pitfalls: ['calm-down'] })] },
  fix: { stage: 'solving' as const, say: 'So?', choices: [reply('offer', 'resolved', { techniques: ['offer-options'] }), reply('policy', 'lost', { pitfalls: ['policy'] })] },
  ...extra,
});

describe('analysis of hand-made scenarios with known answers', () => {
  it('passes a sound scenario, with its best and worst lines', () => {
    const a = analyseScenario(scenarioFrom({ nodes: twoStep() }));
    expect(hardFailures(a)).toEqual([]);
    expect(a.best!.choices).toEqual(['hear', 'offer']);
    expect(a.best!.ending).toBe('resolved');
    expect(a.worst!.ending).toBe('lost');
    expect(a.randomPlay!.winChance).toBe(0.5);
    expect(a.longestLine).toBe(2);
  });

  it('finds a dead end: a node where no reply is ever available', () => {
    const a = analyseScenario(scenarioFrom({ nodes: twoStep({
      fix: { stage: 'solving', say: 'So?', choices: [reply('offer', 'resolved', { when: { mood: ['calm'] } }), reply('policy', 'lost', { when: { mood: ['calm'] } })] },
    }) }));
    expect(a.deadEnds.length).toBeGreaterThan(0);
    expect(new Set(a.deadEnds.map((p) => p.at))).toEqual(new Set(['fix']));
    expect(hardFailures(a).some((f) => /^\d+ dead end\(s\): no reply available at fix \(anger \d+\)/.test(f))).toBe(true);
  });

  it('names an ending that no reachable state leads to', () => {
    const a = analyseScenario(scenarioFrom({
      nodes: twoStep({ fix: { stage: 'solving', say: 'So?', choices: [reply('offer', 'resolved'), reply('policy', 'lost'), reply('boss', 'supervisor', { when: { anger: { max: 5 } } })] } }),
      endings: { resolved: { kind: 'resolved', say: 'ok', summary: 's', reflection: ['q'] }, lost: { kind: 'lost', say: 'bye', summary: 's', reflection: ['q'] }, supervisor: { kind: 'escalated', say: 'fine', summary: 's', reflection: ['q'] } },
    }));
    expect(a.unreachableEndings).toEqual(['supervisor']);
    expect(hardFailures(a)).toContain('ending "supervisor" can never be reached');
  });

  it('reports an unwinnable scenario', () => {
    // The only way to resolve needs an anger the customer never gets down to.
    const a = analyseScenario(scenarioFrom({ nodes: twoStep({ fix: { stage: 'solving', say: 'So?', choices: [reply('offer', 'resolved', { when: { anger: { max: 1 } } }), reply('policy', 'lost')] } }) }));
    expect(a.winnable).toBe(false);
    expect(hardFailures(a)).toContain('no line leads to a resolved ending');
  });

  it('finds a conversation that can loop for ever', () => {
    const a = analyseScenario(scenarioFrom({ nodes: twoStep({ fix: { stage: 'solving', say: 'So?', choices: [reply('offer', 'resolved'), reply('again', 'fix')] } }) }));
    expect(a.cycle).toEqual(['fix', 'fix']);
    expect(hardFailures(a)).toContain('the conversation can loop for ever: fix → fix');
  });

  it('finds a best line that needs a flag set earlier', () => {
    const a = analyseScenario(scenarioFrom({ nodes: {
      open: { stage: 'venting', say: 'Angry!', choices: [reply('promise', 'close', { techniques: ['empathy'], sets: { promised: true } }), reply('hear', 'close', { techniques: ['empathy', 'let-vent'] })] },
      close: { stage: 'closing', say: 'Well?', choices: [reply('keep-promise', 'resolved', { techniques: ['follow-up', 'check-other-issues'], when: { flags: { promised: true } } }), reply('bye', 'resolved'), reply('rude', 'lost', { pitfalls: ['brush-off'] })] },
    } }));
    expect(a.best!.choices).toEqual(['promise', 'keep-promise']);
  });

  it('judges alternatives by the best score still reachable after them', () => {
    const s = scenarioFrom({ nodes: twoStep() });
    const a = analyseScenario(s);
    const judge = bestOutcomeJudge(a);
    const start = beginConversation(s);
    expect(judge(s, start, 'hear')).toBe(a.best!.raw);
    const played = choose(s, choose(s, start, 'calm'), 'offer');
    expect(buildDebrief(s, played, judge).costliest!.alternative.choiceId).toBe('hear');
  });
});

/** Every path, the slow way: for checking the dynamic programming. */
function bruteForce(s: Scenario): { best: number; worst: number; win: number; expected: number } {
  const walk = (p: Position, raw: number, replies: boolean): { best: number; worst: number; win: number; expected: number } => {
    if (isOver(s, p)) {
      const e = endingPoints(s, p.at, p.anger);
      const v = raw + e.outcome + e.calmed;
      return { best: v, worst: v, win: s.data.endings[p.at]!.kind === 'resolved' ? 1 : 0, expected: clampScore(v) };
    }
    const options = availableChoices(s, p);
    const kids = options.map((c) => { const st = chooseStep(s, p, c.id); const t = turnPoints(s, st.turn); return walk(st.position, raw + t.techniques + t.pitfalls + t.timeliness, replies); });
    const q = silenceStep(s, p);
    const quiet = walk(q.position, raw + turnPoints(s, q.turn).timeliness, replies);
    const all = [...kids, quiet];
    return {
      best: Math.max(...all.map((k) => k.best)),
      worst: Math.min(...all.map((k) => k.worst)),
      win: kids.reduce((x, k) => x + k.win, 0) / kids.length,
      expected: kids.reduce((x, k) => x + k.expected, 0) / kids.length,
    };
  };
  return walk(beginConversation(s), 0, true);
}

describe('the analysis agrees with brute force', () => {
  const techniques = ['empathy', 'offer-options', 'follow-up', 'let-vent'];
  const pitfalls = ['calm-down', 'policy', 'brush-off'];
  const arbChoice = (targets: string[]) => fc.record({
    to: fc.constantFrom(...targets),
    technique: fc.option(fc.constantFrom(...techniques), { nil: undefined }),
    pitfall: fc.option(fc.constantFrom(...pitfalls), { nil: undefined }),
  });
  it('on small random scenarios: best, worst, win chance and expected score', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.tuple(fc.array(arbChoice(['b', 'c', 'resolved', 'lost']), { minLength: 2, maxLength: 3 }), fc.array(arbChoice(['c', 'resolved', 'lost']), { minLength: 2, maxLength: 3 }), fc.array(arbChoice(['resolved', 'lost', 'left']), { minLength: 2, maxLength: 3 }), fc.integer({ min: 30, max: 90 })),
        ([a, b, c, start]) => {
          const node = (stage: 'venting' | 'solving' | 'closing', cs: typeof a) => ({ stage, say: 'x', choices: cs.map((x, i) => reply(`c${i}`, x.to, { techniques: x.technique ? [x.technique] : [], pitfalls: x.pitfall ? [x.pitfall] : [] })) });
          let s: Scenario;
          try {
            s = scenarioFrom({
              anger: Math.min(start, 99),
              nodes: { a: node('venting', a), b: node('solving', b), c: node('closing', c) },
              endings: { resolved: { kind: 'resolved', say: 'ok', summary: 's', reflection: ['q'] }, lost: { kind: 'lost', say: 'x', summary: 's', reflection: ['q'] }, left: { kind: 'escalated', say: 'y', summary: 's', reflection: ['q'] } },
            }, { anger: { start: 50, volatility: 5, patience: 1 } });
          } catch {
            return; // an invalid draw (an unreachable node or ending) is the loader's business, not the analysis's
          }
          const fast = analyseScenario(s);
          const slow = bruteForce(s);
          expect(fast.best!.raw).toBe(slow.best);
          expect(fast.worst!.raw).toBe(slow.worst);
          expect(fast.randomPlay!.winChance).toBeCloseTo(slow.win, 10);
          expect(fast.randomPlay!.expectedScore).toBeCloseTo(slow.expected, 8);
          checked++;
        },
      ),
      { numRuns: 200, seed: 20261122 },
    );
    expect(checked).toBeGreaterThan(25);
  });
});

describe('every scenario in the library', () => {
  const library = loadLibrary(readContentDir('scenarios'));
  it('has scenarios to analyse', () => expect(library.scenarios.length).toBeGreaterThanOrEqual(3));
  for (const s of library.scenarios) {
    it(`${s.data.id} passes every hard property, and its best line resolves`, () => {
      const a = analyseScenario(s);
      expect(hardFailures(a)).toEqual([]);
      expect(a.best!.ending).toSatisfy((id: string) => s.data.endings[id]!.kind === 'resolved');
      expect(a.longestLine).toBeGreaterThanOrEqual(6);
    });
  }
});
