/**
 * What a facilitator can ask the room at a decision: the techniques and
 * pitfalls the replies on offer turn on (the catalogue explains each), and
 * the scenario's own reflection questions, those of the endings the replies
 * here lead to first.
 */
import type { Position, Scenario } from '../../engine/index.ts';
import { availableChoices, chooseStep, endingById, isOver } from '../../engine/index.ts';

export interface Discussion {
  techniques: string[];
  pitfalls: string[];
  questions: string[];
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

export function discussionAt(s: Scenario, at: Position): Discussion {
  const shown = availableChoices(s, at);
  const near = shown.map((c) => chooseStep(s, at, c.id).position).filter((p) => isOver(s, p));
  const endings = [...near.map((p) => endingById(s, p.at)!), ...Object.values(s.data.endings)];
  return {
    techniques: unique(shown.flatMap((c) => c.techniques)),
    pitfalls: unique(shown.flatMap((c) => c.pitfalls)),
    questions: unique(endings.flatMap((e) => e.reflection)).slice(0, 4),
  };
}
