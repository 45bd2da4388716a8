import { describe, expect, it } from 'vitest';
import type { EndingKind } from '../engine/index.ts';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { practiseNext, standingOf } from './standing.ts';

const make = (id: string, difficulty: number, onboarding?: number) => {
  const s = scenarioFrom({
    nodes: { open: { stage: 'venting', say: 'Well?', choices: [reply('a', 'resolved'), reply('b', 'lost')] } },
  });
  return {
    ...s,
    data: { ...s.data, id, title: id, difficulty, ...(onboarding ? { tracks: { onboarding } } : {}) },
  } as typeof s;
};
const played = (scenarioId: string, outcome: EndingKind, score: number) => ({ scenarioId, outcome, score });

describe('standing', () => {
  const hard = make('hard', 4);
  const easy = make('easy', 1);
  const second = make('second', 3, 2);
  const first = make('first', 2, 1);
  const all = [hard, easy, second, first];

  it('for a new trainee: nothing resolved, no scores, the first onboarding step up next', () => {
    const s = standingOf([], all);
    expect([...s.resolved]).toEqual([]);
    expect([...s.best]).toEqual([]);
    expect(s.onboarding).toEqual({ done: 0, total: 2 });
    expect(s.next?.data.id).toBe('first');
  });

  it('counts only resolved scenarios, keeps the best score of each, and moves on in library order', () => {
    const s = standingOf(
      [
        played('first', 'lost', 30),
        played('first', 'resolved', 70),
        played('first', 'escalated', 50),
        played('second', 'escalated', 80),
        played('hard', 'resolved', 0),
      ],
      all,
    );
    expect([...s.resolved].sort()).toEqual(['first', 'hard']);
    expect(Object.fromEntries(s.best)).toEqual({ first: 70, second: 80, hard: 0 });
    expect(s.onboarding).toEqual({ done: 1, total: 2 });
    // Escalated is not resolved: the second onboarding step is still next.
    expect(s.next?.data.id).toBe('second');
  });

  it('after the onboarding track, the easiest unresolved scenario; none when all are resolved', () => {
    const track = [played('first', 'resolved', 90), played('second', 'resolved', 90)];
    expect(standingOf(track, all).next?.data.id).toBe('easy');
    expect(standingOf(track, all).onboarding).toEqual({ done: 2, total: 2 });
    const everything = all.map((s) => played(s.data.id, 'resolved', 90));
    expect(standingOf(everything, all).next).toBeUndefined();
  });

  it('ignores attempts at scenarios no longer in the library for the track and what is next', () => {
    const s = standingOf([played('retired', 'resolved', 100)], all);
    expect(s.onboarding).toEqual({ done: 0, total: 2 });
    expect(s.next?.data.id).toBe('first');
    expect(s.best.get('retired')).toBe(100);
  });
});

describe('what to practise next (issue 17, 7f: home and Progress agree)', () => {
  const first = make('first', 2, 1);
  const second = make('second', 3, 2);
  const all = [first, second];
  const weakest = { techniqueId: 'empathy', techniqueName: 'Empathy', scenarioId: 'second', reason: 'Weak.' };

  it('is the scenario home leads with while any is unresolved, whatever the engine recommends', () => {
    const standing = standingOf([played('first', 'lost', 10)], all);
    expect(practiseNext(standing, weakest, all)).toEqual({ scenario: standing.next, why: 'unresolved' });
    expect(practiseNext(standing, weakest, all)?.scenario.data.id).toBe('first');
  });

  it('is the engine recommendation once every scenario is resolved', () => {
    const standing = standingOf([played('first', 'resolved', 80), played('second', 'resolved', 50)], all);
    expect(standing.next).toBeUndefined();
    expect(practiseNext(standing, weakest, all)).toEqual({ scenario: second, why: 'technique', reason: 'Weak.' });
    expect(practiseNext(standing, undefined, all)).toBeUndefined();
  });
});
