/**
 * Proves a scenario works, over its whole reachable state space: every node
 * and ending reachable, no dead ends, no endless conversations, a winning and a
 * losing line, the best and worst score with a line reaching each, and the
 * chance of winning by random play. Dynamic programming over states, so cost
 * grows with the number of states, never with the number of paths.
 */
import { endingById, nodeById, type Scenario } from '../content/scenario.ts';
import type { Position } from '../model/conversation.ts';
import { clampScore, endingPoints } from '../model/score.ts';
import { difficultyLints } from './difficulty.ts';
import { contentLints, dominatedChoices, type Lint } from './lints.ts';
import { randomPlay, type RandomPlay } from './random-play.ts';
import { resumePointBound } from './resume-bound.ts';
import { buildStateGraph, type StateGraph } from './state-graph.ts';

export interface Line {
  /** Raw score before clamping; `score` is what the trainee would see. */
  raw: number;
  score: number;
  /** Choice ids in order (null = silence), and the ending reached. */
  choices: (string | null)[];
  ending: string;
}

export interface Analysis {
  scenarioId: string;
  states: number;
  graph: StateGraph;
  unreachableNodes: string[];
  unreachableEndings: string[];
  deadEnds: Position[];
  /** Some line reaches a resolved ending / a lost ending. */
  winnable: boolean;
  losable: boolean;
  /** Replies that take a winnable conversation to one that can no longer be won, from the lowest anger where that happens. */
  pointsOfNoReturn: { nodeId: string; choiceId: string; fromAnger: number }[];
  /** Node ids around a loop the conversation can go round for ever, if any. */
  cycle?: string[];
  /** The DP results below are absent when the conversation can loop for ever (best and worst also when every line hits a dead end). */
  best?: Line;
  worst?: Line;
  /**
   * Exact, over uniformly random replies: silence is not counted as a move, so
   * this is also play with the timer off. `withSilence` counts letting the
   * timer run out as one more equally likely move.
   */
  randomPlay?: RandomPlay & { withSilence: RandomPlay };
  /** Most replies on any line (silences not counted): a seat-time estimate. */
  longestLine?: number;
  /** Most characters a resume point of this scenario can take as JSON (resume-bound.ts). */
  resumePointChars?: number;
  /** Best raw score reachable from each state (index as in graph.positions). */
  bestFrom?: Float64Array;
  lints: Lint[];
}

export function hardFailures(a: Analysis): string[] {
  const out: string[] = [];
  for (const n of a.unreachableNodes) out.push(`node "${n}" can never be reached`);
  for (const e of a.unreachableEndings) out.push(`ending "${e}" can never be reached`);
  if (a.deadEnds.length)
    out.push(
      `${a.deadEnds.length} dead end(s): no reply available at ${a.deadEnds
        .slice(0, 3)
        .map((p) => `${p.at} (anger ${p.anger})`)
        .join(', ')}`,
    );
  if (a.cycle) out.push(`the conversation can loop for ever: ${a.cycle.join(' → ')}`);
  if (!a.winnable) out.push('no line leads to a resolved ending');
  if (!a.losable) out.push('no line leads to a lost ending: choices must matter');
  return out;
}

export function analyseScenario(s: Scenario): Analysis {
  const graph = buildStateGraph(s);
  const { positions, moves } = graph;
  const n = positions.length;
  const ending = (i: number) => endingById(s, positions[i]!.at);

  const seenNodes = new Set(positions.map((p) => p.at));
  const unreachableNodes = Object.keys(s.data.nodes).filter((id) => !seenNodes.has(id));
  const unreachableEndings = Object.keys(s.data.endings).filter((id) => !seenNodes.has(id));
  const deadEnds = positions.filter((p, i) => !ending(i) && !moves[i]!.some((m) => m.choiceId !== null));

  // Reachability needs no order, so it is reported even when the graph has a loop.
  const canWin = canReach(graph, (i) => ending(i)?.kind === 'resolved');
  const canLose = canReach(graph, (i) => ending(i)?.kind === 'lost');
  const noReturn = new Map<string, { nodeId: string; choiceId: string; fromAnger: number }>();
  positions.forEach((p, i) => {
    if (!canWin[i]) return;
    for (const m of moves[i]!) {
      if (m.choiceId === null || canWin[m.to]) continue;
      const key = `${p.at}/${m.choiceId}`;
      const seen = noReturn.get(key);
      if (!seen || p.anger < seen.fromAnger)
        noReturn.set(key, { nodeId: p.at, choiceId: m.choiceId, fromAnger: p.anger });
    }
  });
  const base = {
    scenarioId: s.data.id,
    states: n,
    graph,
    unreachableNodes,
    unreachableEndings,
    deadEnds,
    lints: [] as Lint[],
    winnable: canWin[graph.start] === 1,
    losable: canLose[graph.start] === 1,
    pointsOfNoReturn: [...noReturn.values()].sort(
      (x, y) => x.fromAnger - y.fromAnger || x.nodeId.localeCompare(y.nodeId),
    ),
  };

  const { order, cycle } = postOrder(graph);
  if (cycle) return { ...base, cycle: cycle.map((i) => positions[i]!.at) };

  const best = new Float64Array(n);
  const worst = new Float64Array(n);
  const bestMove = new Int32Array(n).fill(-1);
  const worstMove = new Int32Array(n).fill(-1);
  const longest = new Int32Array(n);

  for (const i of order) {
    const e = ending(i);
    if (e) {
      const pts = endingPoints(s, positions[i]!.at, positions[i]!.anger);
      best[i] = worst[i] = pts.outcome + pts.calmed;
      continue;
    }
    best[i] = -Infinity;
    worst[i] = Infinity;
    const out = moves[i]!;
    out.forEach((m, k) => {
      const b = m.points + best[m.to]!;
      const w = m.points + worst[m.to]!;
      if (b > best[i]!) {
        best[i] = b;
        bestMove[i] = k;
      }
      if (w < worst[i]!) {
        worst[i] = w;
        worstMove[i] = k;
      }
      if (m.choiceId !== null) longest[i] = Math.max(longest[i]!, 1 + longest[m.to]!);
    });
  }

  // Among replies that reach the same best score, the line takes the one with fewer pitfalls on the way,
  // then one the analysis does not call dominated: the best line shown in debriefs is one to copy.
  const dominatedBy = dominatedChoices(s, graph, best);
  const pitfallsOnBest = new Int32Array(n);
  for (const i of order) {
    if (ending(i)) continue;
    let chosen = -1;
    let fewest = Infinity;
    let chosenDominated = true;
    moves[i]!.forEach((m, k) => {
      if (m.points + best[m.to]! < best[i]! - 1e-9) return;
      const pitfalls = pitfallCount(s, positions[i]!.at, m.choiceId) + pitfallsOnBest[m.to]!;
      const isDominated = m.choiceId !== null && dominatedBy.has(`${positions[i]!.at}/${m.choiceId}`);
      if (pitfalls < fewest || (pitfalls === fewest && chosenDominated && !isDominated)) {
        chosen = k;
        fewest = pitfalls;
        chosenDominated = isDominated;
      }
    });
    if (chosen >= 0) {
      bestMove[i] = chosen;
      pitfallsOnBest[i] = fewest;
    }
  }

  const line = (start: number, pick: Int32Array, values: Float64Array): Line => {
    const choices: (string | null)[] = [];
    let i = start;
    while (!ending(i)) {
      const m = moves[i]![pick[i]!]!;
      choices.push(m.choiceId);
      i = m.to;
    }
    return { raw: values[start]!, score: clampScore(values[start]!), choices, ending: positions[i]!.at };
  };

  const endingAt = (i: number) => {
    const e = ending(i);
    return e ? { points: best[i]!, resolved: e.kind === 'resolved' } : undefined;
  };

  const play = randomPlay(graph, order, endingAt, false);
  const analysis: Analysis = {
    ...base,
    // Absent only when every line runs into a dead end.
    ...(Number.isFinite(best[graph.start]) ? { best: line(graph.start, bestMove, best) } : {}),
    ...(Number.isFinite(worst[graph.start]) ? { worst: line(graph.start, worstMove, worst) } : {}),
    randomPlay: { ...play, withSilence: randomPlay(graph, order, endingAt, true) },
    longestLine: longest[graph.start]!,
    resumePointChars: resumePointBound(s, graph, order),
    bestFrom: best,
  };
  analysis.lints = [...contentLints(s, graph, dominatedBy), ...difficultyLints(s, play.winChance)];
  return analysis;
}

/** The pitfalls a move commits; a silence counts as one (it is never the reply to copy). */
function pitfallCount(s: Scenario, nodeId: string, choiceId: string | null): number {
  if (choiceId === null) return 1;
  return nodeById(s, nodeId)?.choices.find((c) => c.id === choiceId)?.pitfalls.length ?? 0;
}

/** Which states can still reach a target state: a backward walk from the targets. */
function canReach(g: StateGraph, target: (i: number) => boolean): Uint8Array {
  const into: number[][] = g.positions.map(() => []);
  g.moves.forEach((out, i) => {
    for (const m of out) into[m.to]!.push(i);
  });
  const yes = new Uint8Array(g.positions.length);
  const queue: number[] = [];
  g.positions.forEach((_, i) => {
    if (target(i)) {
      yes[i] = 1;
      queue.push(i);
    }
  });
  while (queue.length)
    for (const from of into[queue.pop()!]!)
      if (!yes[from]) {
        yes[from] = 1;
        queue.push(from);
      }
  return yes;
}

/** Children before parents; or a cycle (state indexes) if the graph has one. */
function postOrder(g: StateGraph): { order: number[]; cycle?: number[] } {
  const colour = new Uint8Array(g.positions.length); // 0 new, 1 on stack, 2 done
  const order: number[] = [];
  const stack: { i: number; k: number }[] = [{ i: g.start, k: 0 }];
  colour[g.start] = 1;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const out = g.moves[top.i]!;
    if (top.k < out.length) {
      const to = out[top.k++]!.to;
      if (colour[to] === 1) {
        const from = stack.findIndex((f) => f.i === to);
        return { order, cycle: [...stack.slice(from).map((f) => f.i), to] };
      }
      if (colour[to] === 0) {
        colour[to] = 1;
        stack.push({ i: to, k: 0 });
      }
    } else {
      colour[top.i] = 2;
      order.push(top.i);
      stack.pop();
    }
  }
  return { order };
}
