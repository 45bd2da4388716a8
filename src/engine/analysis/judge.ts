import type { Scenario } from '../content/scenario.ts';
import { stepOf, type AlternativeJudge } from '../model/debrief.ts';
import { turnPoints } from '../model/score.ts';
import type { Analysis } from './analyse.ts';
import { stateKey } from './state-graph.ts';

/**
 * Rates a reply by the best final score still reachable after it (plus its own
 * points), so the debrief's "better alternative" is the one that leads
 * furthest, not merely the one that calms most this turn. A silence (null) is
 * rated the same way, so the debrief's costs are all points.
 */
export function bestOutcomeJudge(a: Analysis): AlternativeJudge {
  const index = new Map(a.graph.positions.map((p, i) => [stateKey(p), i]));
  return (s: Scenario, from, choiceId) => {
    const step = stepOf(s, from, choiceId);
    const after = index.get(stateKey(step.position));
    const p = turnPoints(s, step.turn);
    const rest = after !== undefined && a.bestFrom ? a.bestFrom[after]! : 0;
    return p.techniques + p.pitfalls + p.timeliness + rest;
  };
}
