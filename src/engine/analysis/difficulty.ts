/**
 * The difficulty a scenario's random-play win chance suggests, so the 1–5 an
 * author writes can be checked against the analysis. Each level roughly
 * halves the chance that a trainee guessing at random talks the customer down.
 */
import type { Scenario } from '../content/scenario.ts';
import type { Lint } from './lints.ts';

/** Lowest random-play win chance (timer off) for difficulty 1, 2, 3 and 4; below the last is 5. */
export const DIFFICULTY_FLOORS = [0.35, 0.22, 0.14, 0.07] as const;

export function suggestedDifficulty(winChance: number): number {
  const level = DIFFICULTY_FLOORS.findIndex((floor) => winChance >= floor);
  return level === -1 ? 5 : level + 1;
}

/** An author may weigh what random play cannot see (a subtle trap, an abusive tone) by one level, not more. */
export function difficultyLints(s: Scenario, winChance: number): Lint[] {
  const suggested = suggestedDifficulty(winChance);
  if (Math.abs(s.data.difficulty - suggested) <= 1) return [];
  return [
    {
      path: 'difficulty',
      message: `difficulty ${s.data.difficulty}, but random play wins ${Math.round(winChance * 100)}% of the time, which suggests ${suggested} (keep it within one level)`,
    },
  ];
}
