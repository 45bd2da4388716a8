/**
 * The difficulty figure: the exact chance of winning and the exact expected
 * (clamped) score when a player picks uniformly at random. Dynamic programming
 * over the state DAG, children first; no sampling.
 */
import { clampScore } from '../model/score.ts';
import type { StateGraph } from './state-graph.ts';

export interface RandomPlay {
  winChance: number;
  /** Expected final score as shown (0–100, clamped per line, not after averaging). */
  expectedScore: number;
}

export interface EndingValue {
  /** Raw ending points (outcome + calmed) if the state is an ending. */
  points: number;
  resolved: boolean;
}

/**
 * `withSilence` false: each available reply equally likely (silence only when no
 * reply is offered), which is exactly play with the timer off. `withSilence`
 * true: letting the timer run out counts as one more equally likely move.
 *
 * Each state carries the whole distribution of its remaining raw points (a
 * map from total to probability; totals are small integers, so the maps stay
 * small), and the clamp is applied to each total at the start state: the
 * expectation of the clamped score, not the clamp of the expected score.
 */
export function randomPlay(
  g: StateGraph,
  order: readonly number[],
  endingAt: (i: number) => EndingValue | undefined,
  withSilence: boolean,
): RandomPlay {
  const n = g.positions.length;
  const win = new Float64Array(n);
  const dist: Map<number, number>[] = new Array(n);
  for (const i of order) {
    const end = endingAt(i);
    if (end) {
      win[i] = end.resolved ? 1 : 0;
      dist[i] = new Map([[end.points, 1]]);
      continue;
    }
    const all = g.moves[i]!;
    const replies = all.filter((m) => m.choiceId !== null);
    const moves = withSilence || replies.length === 0 ? all : replies;
    const mixed = new Map<number, number>();
    let w = 0;
    for (const m of moves) {
      w += win[m.to]! / moves.length;
      for (const [v, p] of dist[m.to]!) mixed.set(v + m.points, (mixed.get(v + m.points) ?? 0) + p / moves.length);
    }
    win[i] = w;
    dist[i] = mixed;
  }
  let expectedScore = 0;
  for (const [v, p] of dist[g.start]!) expectedScore += p * clampScore(v);
  return { winChance: win[g.start]!, expectedScore };
}
