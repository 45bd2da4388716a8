/**
 * The largest a resume point can get in this scenario, in characters of JSON:
 * the most any path of replies can add up to, at the state where it is
 * largest. A forward pass over the state graph (parents before children), so
 * it is exact and costs one visit per move. An LMS keeps a resume point in as
 * little as 4,096 characters (SCORM 1.2's suspend data); this proves it fits.
 */
import type { Scenario } from '../content/scenario.ts';
import { resumePointOf, type ResumePoint } from '../model/resume-point.ts';
import type { StateGraph } from './state-graph.ts';

/** The longest clock value written (whole milliseconds): nine digits is over a day. */
const LONGEST_CLOCK = 999_999_999;

/** `order` lists the states children before parents, as the analysis's post-order does. */
export function resumePointBound(s: Scenario, graph: StateGraph, order: readonly number[]): number {
  const { positions, moves } = graph;
  // Most characters the replies list can hold on arrival at each state (each reply and its comma).
  const replyChars = new Float64Array(positions.length).fill(-Infinity);
  replyChars[graph.start] = 0;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    if (replyChars[i] === -Infinity) continue;
    for (const m of moves[i]!) {
      const chars = replyChars[i]! + JSON.stringify(m.choiceId).length + 1;
      if (chars > replyChars[m.to]!) replyChars[m.to] = chars;
    }
  }
  let most = 0;
  positions.forEach((p, i) => {
    if (Object.hasOwn(s.data.endings, p.at) || replyChars[i] === -Infinity) return;
    const empty: ResumePoint = resumePointOf(s, { ...p, turns: [], peak: p.anger }, LONGEST_CLOCK);
    most = Math.max(most, JSON.stringify(empty).length + replyChars[i]!);
  });
  return most;
}
