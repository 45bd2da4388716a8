/**
 * What a package holds, in the standards' common terms: a course of launchable
 * units, one per scenario, each with the score that passes it. Every manifest
 * (SCORM 1.2, SCORM 2004, cmi5) is written from this.
 */
import { contentHash } from '../../engine/content/hash.ts';
import type { Scenario } from '../../engine/index.ts';

export interface CourseUnit {
  /** The scenario id; also the launch parameter that opens it. */
  id: string;
  title: string;
  description: string;
  /** Changes whenever the scenario file does. */
  version: string;
  /** The best score the analysis finds reachable, 0–100. */
  bestPossible: number;
  /** Lowest score that passes (with a resolved ending), 0–100. */
  masteryScore: number;
}

export interface Course {
  /** Stable across builds of the same content: an id an LMS can recognise an update by. */
  id: string;
  title: string;
  description: string;
  /** Changes whenever a scenario file does. */
  version: string;
  /** The share of each unit's best possible score that passes it, 0–1. */
  mastery: number;
  units: CourseUnit[];
}

/** Share of the best possible score that passes, unless the package says otherwise. */
export const DEFAULT_MASTERY = 0.7;

/** The launch parameter naming the scenario a unit opens (`index.html?scenario=…`). */
export const SCENARIO_PARAMETER = 'scenario';

export interface CourseInput {
  /** The name of the course as a whole: the track's, or the single scenario's title. */
  title: string;
  description: string;
  scenarios: readonly { scenario: Scenario; bestPossible: number }[];
  mastery: number;
}

export function courseOf({ title, description, scenarios, mastery }: CourseInput): Course {
  const ids = scenarios.map((x) => x.scenario.data.id);
  return {
    id: `cooldown-${ids.length === 1 ? ids[0] : contentHash(ids).slice(0, 8)}`,
    title,
    description,
    version: contentHash(scenarios.map((x) => x.scenario.hash)).slice(0, 8),
    mastery,
    units: scenarios.map(({ scenario, bestPossible }) => ({
      id: scenario.data.id,
      title: scenario.data.title,
      description: scenario.data.summary,
      version: scenario.hash.slice(0, 8),
      bestPossible,
      masteryScore: Math.ceil(bestPossible * mastery),
    })),
  };
}
