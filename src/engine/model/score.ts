/**
 * Scoring: an explainable breakdown that adds up turn by turn, so the analysis
 * can compute the best score a scenario allows with the same functions.
 */
import { STAGE_FIT, technique } from '../catalogue/index.ts';
import { endingById, startingAnger, type Scenario } from '../content/scenario.ts';
import type { EndingKind } from '../content/schema.ts';
import type { Turn } from './conversation.ts';
import { RATINGS, ratingFor, type Rating } from './rating.ts';

export const OUTCOME_POINTS: Record<EndingKind, number> = { resolved: 45, escalated: 30, boundary: 25, lost: 0 };
/** Full marks for bringing anger all the way down from where it started. */
export const CALMED_POINTS = 20;
export const WELL_TIMED_POINTS = 5;
export const OFF_STAGE_POINTS = 2;
export const PITFALL_POINTS = -6;
export const HOT_BUTTON_POINTS = -9;
export const SILENCE_POINTS = -5;
export const MAX_SCORE = 100;

export interface ScoreBreakdown {
  outcome: number;
  /** How far anger came down from its start. */
  calmed: number;
  /** Techniques used at the right stage. */
  techniques: number;
  /** Pitfalls committed (zero or negative). */
  pitfalls: number;
  /** Silences past the timer (zero or negative). */
  timeliness: number;
  /** 0–100. */
  total: number;
  /** The band the total falls in, as an id (the message catalogue gives the words). */
  rating: Rating;
}

export { RATINGS, ratingFor, type Rating };

/** Does a technique suit the stage it was used in? (fit 1 or more) */
export function wellTimed(techniqueId: string, stage: Turn['stage']): boolean {
  return STAGE_FIT[technique(techniqueId).family][stage] >= 1;
}

export interface TurnPoints {
  techniques: number;
  pitfalls: number;
  timeliness: number;
}

/** Points one turn earns. A turn with a pitfall earns only the off-stage technique points: a good line undone by a bad one. */
export function turnPoints(
  s: Scenario,
  turn: Pick<Turn, 'choiceId' | 'stage' | 'techniques' | 'pitfalls'>,
): TurnPoints {
  if (turn.choiceId === null) return { techniques: 0, pitfalls: 0, timeliness: SILENCE_POINTS };
  const pitfalls = turn.pitfalls.reduce(
    (sum, id) => sum + (s.persona.hotButtons.includes(id) ? HOT_BUTTON_POINTS : PITFALL_POINTS),
    0,
  );
  let techniques = 0;
  if (turn.techniques.length > 0) {
    const timely = turn.techniques.some((id) => wellTimed(id, turn.stage));
    techniques = timely && turn.pitfalls.length === 0 ? WELL_TIMED_POINTS : OFF_STAGE_POINTS;
  }
  return { techniques, pitfalls, timeliness: 0 };
}

/** Points for how the conversation ended: the ending's kind and how far anger came down. */
export function endingPoints(s: Scenario, endingId: string, finalAnger: number): { outcome: number; calmed: number } {
  const ending = endingById(s, endingId);
  if (!ending) throw new Error(`"${endingId}" is not an ending of scenario "${s.data.id}"`);
  const start = startingAnger(s);
  const fraction = start > 0 ? Math.max(0, start - finalAnger) / start : finalAnger === 0 ? 1 : 0;
  return {
    outcome: ending.points ?? OUTCOME_POINTS[ending.kind],
    calmed: ending.kind === 'lost' ? 0 : Math.round(CALMED_POINTS * fraction),
  };
}

export function clampScore(raw: number): number {
  return Math.max(0, Math.min(MAX_SCORE, raw));
}

export function scoreConversation(
  s: Scenario,
  turns: readonly Turn[],
  endingId: string,
  finalAnger: number,
): ScoreBreakdown {
  const sum = { techniques: 0, pitfalls: 0, timeliness: 0 };
  for (const t of turns) {
    const p = turnPoints(s, t);
    sum.techniques += p.techniques;
    sum.pitfalls += p.pitfalls;
    sum.timeliness += p.timeliness;
  }
  const end = endingPoints(s, endingId, finalAnger);
  const total = clampScore(end.outcome + end.calmed + sum.techniques + sum.pitfalls + sum.timeliness);
  return { ...end, ...sum, total, rating: ratingFor(total) };
}
