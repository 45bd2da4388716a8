import { describe, expect, it } from 'vitest';
import { analyseScenario, bestOutcomeJudge } from '../../engine/analysis/index.ts';
import { reply, scenarioFrom } from '../../engine/test-support/build-scenario.ts';
import {
  agreement,
  backToMainLine,
  consensus,
  conversationOf,
  countVotes,
  currentRun,
  fitsLibrary,
  goToScenario,
  majority,
  newWorkshop,
  playForRoom,
  repliesOf,
  revealLess,
  revealMore,
  rewind,
  setCountdown,
  stepVotes,
} from './workshop.ts';

const s = scenarioFrom({
  anger: 45,
  nodes: {
    open: {
      stage: 'venting',
      say: 'It never came.',
      choices: [reply('listen', 'next', { techniques: ['empathy'] }), reply('blame', 'next', { pitfalls: ['blame'] })],
    },
    next: {
      stage: 'solving',
      say: 'So what now?',
      choices: [
        reply('fix', 'resolved', { techniques: ['ownership'] }),
        reply('quit', 'lost', { pitfalls: ['helpless'] }),
      ],
    },
  },
});
const judge = bestOutcomeJudge(analyseScenario(s));
const start = newWorkshop('w1', ['test-scenario', 'other'], new Date('2026-12-03T09:00:00Z'));

describe('a workshop decision', () => {
  it('takes the room’s show of hands, plays the majority and records the vote with the best reply', () => {
    let w = countVotes(start, 'listen', 4);
    w = countVotes(w, 'blame', 7);
    w = revealMore(w);
    expect(w.phase).toBe('votes');
    w = playForRoom(w, s, judge);
    expect(currentRun(w).main.decisions).toEqual([
      { nodeId: 'open', votes: { listen: 4, blame: 7 }, played: 'blame', best: 'listen' },
    ]);
    expect(w.votes).toEqual({});
    expect(w.phase).toBe('discuss');
    expect(conversationOf(s, currentRun(w)).at).toBe('next');
    expect(agreement(currentRun(w).main.decisions[0]!)).toBeCloseTo(4 / 11);
  });

  it('plays any reply the facilitator names, and a consensus', () => {
    const w = playForRoom(consensus(start, 'listen'), s, judge);
    expect(currentRun(w).main.decisions[0]).toMatchObject({ votes: { listen: 1 }, played: 'listen' });
    expect(currentRun(playForRoom(countVotes(start, 'blame', 9), s, judge, 'listen')).main.decisions[0]!.played).toBe(
      'listen',
    );
  });

  it('leaves a tie or an empty vote to the facilitator', () => {
    expect(majority({})).toBeUndefined();
    expect(majority({ listen: 3, blame: 3 })).toBeUndefined();
    expect(() => playForRoom(start, s, judge)).toThrow(/empty or tied/);
    expect(() => playForRoom(start, s, judge, 'fix')).toThrow(/not on offer/);
  });

  it('counts hands one at a time, never below zero', () => {
    expect(countVotes(start, 'listen', -2).votes).toEqual({ listen: 0 });
    expect(stepVotes(stepVotes(stepVotes(start, 'blame', 1), 'blame', 1), 'blame', -1).votes).toEqual({ blame: 1 });
    expect(stepVotes(start, 'blame', -1).votes).toEqual({ blame: 0 });
  });

  it('reveals the vote, then what every reply would do, and takes them back in turn', () => {
    expect(revealMore(start).phase).toBe('votes');
    expect(revealMore(revealMore(start)).phase).toBe('what-if');
    expect(revealMore(revealMore(revealMore(start))).phase).toBe('what-if');
    expect(revealLess(revealMore(revealMore(start))).phase).toBe('votes');
    expect(revealLess(start).phase).toBe('discuss');
  });

  it('keeps the countdown whole, between off and an hour', () => {
    expect(start.countdown).toBe(60);
    expect(setCountdown(start, 90.4).countdown).toBe(90);
    expect(setCountdown(start, -5).countdown).toBe(0);
    expect(setCountdown(start, Number.NaN).countdown).toBe(0);
    expect(setCountdown(start, 1e9).countdown).toBe(3600);
  });
});

describe('rewinding', () => {
  const played = playForRoom(playForRoom(consensus(start, 'blame'), s, judge), s, judge, 'quit');

  it('tries another branch from an earlier decision and keeps the main line', () => {
    let w = rewind(played, 1);
    expect(conversationOf(s, currentRun(w)).turns).toHaveLength(0);
    w = playForRoom(consensus(w, 'listen'), s, judge);
    w = playForRoom(consensus(w, 'fix'), s, judge);
    const r = currentRun(w);
    expect(repliesOf(r, r.main)).toEqual(['blame', 'quit']);
    expect(repliesOf(r)).toEqual(['listen', 'fix']);
    expect(conversationOf(s, r).at).toBe('resolved');
    expect(repliesOf(currentRun(backToMainLine(w)))).toEqual(['blame', 'quit']);
  });

  it('a what-if from the second decision keeps the first', () => {
    const r = currentRun(playForRoom(consensus(rewind(played, 2), 'fix'), s, judge));
    expect(repliesOf(r)).toEqual(['blame', 'fix']);
  });

  it('only to a decision that was made', () => {
    expect(() => rewind(played, 3)).toThrow('there is no decision 3 to go back to');
    expect(() => rewind(played, 0)).toThrow();
  });
});

describe('the plan', () => {
  it('moves between scenarios and keeps what was played in each', () => {
    const played = playForRoom(consensus(start, 'listen'), s, judge);
    const other = goToScenario(played, 1);
    expect(currentRun(other).scenarioId).toBe('other');
    expect(currentRun(goToScenario(other, 0)).main.decisions).toHaveLength(1);
    expect(() => goToScenario(start, 2)).toThrow('the plan has no scenario 3');
  });
});

describe('a workshop kept from before', () => {
  it('fits the library while every line it played can still be played, and not once a scenario changed or went', () => {
    const played = playForRoom(consensus(start, 'blame'), s, judge);
    expect(fitsLibrary(played, [s])).toBe(true);
    const changed = {
      ...s,
      data: { ...s.data, nodes: { ...s.data.nodes, open: { ...s.data.nodes.open!, choices: [] } } },
    };
    expect(fitsLibrary(played, [changed])).toBe(false);
    expect(fitsLibrary(played, [])).toBe(false);
  });
});
