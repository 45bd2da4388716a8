/**
 * The best conversation a scenario allows, played out: the analysis finds the
 * line of replies with the highest score; replaying it through the engine gives
 * its score breakdown, so the debrief can set each part of the trainee's score
 * beside the best possible.
 */
import {
  beginConversation,
  choose,
  isOver,
  scoreConversation,
  stayQuiet,
  type Scenario,
  type ScoreBreakdown,
} from '../engine/index.ts';
import type { Analysis } from '../engine/analysis/index.ts';

export function bestBreakdown(s: Scenario, analysis: Analysis): ScoreBreakdown | undefined {
  const line = analysis.best;
  if (!line) return undefined;
  let c = beginConversation(s);
  for (const choiceId of line.choices) {
    if (isOver(s, c)) break;
    c = choiceId === null ? stayQuiet(s, c) : choose(s, c, choiceId);
  }
  if (!isOver(s, c)) return undefined;
  return scoreConversation(s, c.turns, c.at, c.anger);
}
