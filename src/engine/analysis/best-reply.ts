import type { Scenario } from '../content/scenario.ts';
import { availableChoices, type Position } from '../model/conversation.ts';
import type { AlternativeJudge } from '../model/debrief.ts';

/**
 * The best reply on offer at a position by the judge (the analysis's: the
 * reply after which the best final score is still reachable), and where it
 * stands among those shown. The first of equals wins, as the debrief's does.
 */
export function bestReplyAt(
  s: Scenario,
  from: Position,
  judge: AlternativeJudge,
): { choiceId: string; position: number } | undefined {
  let best: { choiceId: string; position: number } | undefined;
  let top = -Infinity;
  availableChoices(s, from).forEach((c, position) => {
    const value = judge(s, from, c.id);
    if (value > top) [top, best] = [value, { choiceId: c.id, position }];
  });
  return best;
}
