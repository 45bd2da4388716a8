/**
 * Where a trainee stands, at a glance: the scenarios they have resolved, their
 * best score in each, how far along the onboarding track they are, and the
 * scenario up next. What home and the library show; worked out from the
 * attempts in brief, so it needs no turn log. Pure.
 */
import type { EndingKind, Scenario } from '../engine/index.ts';
// A single module, not the engine's index: home, which shows this, is in the start-up download.
import { onboardingTrack } from '../engine/progress/mastery.ts';
import { nextToPlay } from './scenario-facts.ts';

/** What standing needs from an attempt: its scenario, how it ended, its score. */
export interface PlayedBrief {
  scenarioId: string;
  outcome: EndingKind;
  score: number;
}

export interface Standing {
  /** Ids of the scenarios resolved at least once. */
  resolved: ReadonlySet<string>;
  /** Best score per scenario played; a scenario never played has none. */
  best: ReadonlyMap<string, number>;
  /** Onboarding scenarios resolved, of all of them. */
  onboarding: { done: number; total: number };
  /** The first scenario in library order not resolved yet, if any. */
  next?: Scenario;
}

export function standingOf(attempts: readonly PlayedBrief[], scenarios: readonly Scenario[]): Standing {
  const resolved = new Set(attempts.filter((a) => a.outcome === 'resolved').map((a) => a.scenarioId));
  const best = new Map<string, number>();
  for (const a of attempts) best.set(a.scenarioId, Math.max(a.score, best.get(a.scenarioId) ?? 0));
  const { done, total } = onboardingTrack(scenarios, resolved);
  const next = nextToPlay(scenarios, resolved);
  return { resolved, best, onboarding: { done, total }, ...(next ? { next } : {}) };
}

/** What to practise next, and why: a scenario not resolved yet, or the weakest technique's. */
export type PractiseNext =
  { scenario: Scenario; why: 'unresolved' } | { scenario: Scenario; why: 'technique'; reason: string };

/**
 * The one rule home and Progress both follow for what to play next: the first
 * scenario not resolved yet, in library order (home's "Next up"); once every
 * scenario is resolved, the one the engine recommends for the weakest technique
 * (computeProgress's recommendation).
 */
export function practiseNext(
  standing: Pick<Standing, 'next'>,
  recommendation: { scenarioId: string; reason: string } | undefined,
  scenarios: readonly Scenario[],
): PractiseNext | undefined {
  if (standing.next) return { scenario: standing.next, why: 'unresolved' };
  const scenario = recommendation && scenarios.find((s) => s.data.id === recommendation.scenarioId);
  return scenario && recommendation ? { scenario, why: 'technique', reason: recommendation.reason } : undefined;
}
