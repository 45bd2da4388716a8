import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import { difficultyLints, DIFFICULTY_FLOORS, suggestedDifficulty } from './difficulty.ts';

describe('suggested difficulty', () => {
  it('falls one level at each floor of the random-play win chance', () => {
    expect(suggestedDifficulty(0.9)).toBe(1);
    expect(DIFFICULTY_FLOORS.map(suggestedDifficulty)).toEqual([1, 2, 3, 4]);
    expect(DIFFICULTY_FLOORS.map((f) => suggestedDifficulty(f - 0.001))).toEqual([2, 3, 4, 5]);
    expect(suggestedDifficulty(0)).toBe(5);
  });

  it('lets the author differ by one level, and names the field when they differ by more', () => {
    const at = (difficulty: number) =>
      scenarioFrom({
        difficulty,
        nodes: { ask: { stage: 'venting', say: 'Well?', choices: [reply('fix', 'resolved'), reply('shrug', 'lost')] } },
      });
    expect(difficultyLints(at(3), 0.2)).toEqual([]);
    expect(difficultyLints(at(4), 0.2)).toEqual([]);
    expect(difficultyLints(at(5), 0.2)).toEqual([
      {
        path: 'difficulty',
        message: 'difficulty 5, but random play wins 20% of the time, which suggests 3 (keep it within one level)',
      },
    ]);
    expect(difficultyLints(at(1), 0.05)[0]?.message).toContain('suggests 5');
  });
});
