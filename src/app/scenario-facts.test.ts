import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { inOnboardingOrder, nextScenario, nextToPlay, practisedTechniques } from './scenario-facts.ts';

const make = (id: string, difficulty: number, onboarding?: number) => {
  const s = scenarioFrom({
    nodes: {
      open: {
        stage: 'venting',
        say: 'Well?',
        choices: [
          reply('a', 'resolved', { techniques: ['empathy', 'ownership'] }),
          reply('b', 'lost', { techniques: ['empathy'], pitfalls: ['calm-down'] }),
          reply('c', 'resolved', { techniques: ['empathy'] }),
        ],
      },
    },
  });
  return {
    ...s,
    data: { ...s.data, id, title: id, difficulty, ...(onboarding ? { tracks: { onboarding } } : {}) },
  } as typeof s;
};

describe('scenario facts', () => {
  const hard = make('hard', 4);
  const easy = make('easy', 1);
  const second = make('second', 3, 2);
  const first = make('first', 2, 1);
  const all = [hard, easy, second, first];

  it('orders onboarding steps first, then by difficulty', () => {
    expect(inOnboardingOrder(all).map((s) => s.data.id)).toEqual(['first', 'second', 'easy', 'hard']);
  });

  it('finds the next scenario and the first one not yet resolved', () => {
    expect(nextScenario(all, first)?.data.id).toBe('second');
    expect(nextScenario(all, hard)).toBeUndefined();
    expect(nextToPlay(all, new Set(['first']))?.data.id).toBe('second');
    expect(nextToPlay(all, new Set(all.map((s) => s.data.id)))).toBeUndefined();
  });

  it('counts techniques only in replies free of pitfalls', () => {
    expect(practisedTechniques(first)).toEqual(['empathy', 'ownership']);
  });
});
