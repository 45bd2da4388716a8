/**
 * Proves a scenario works, over its whole reachable state space: every node
 * and ending reachable, no dead ends, no endless conversations, a winning and a
 * losing line, the best and worst score with a line reaching each, and the
 * chance of winning by random play. Dynamic programming over states, so cost
 * grows with the number of states, never with the number of paths.
 */
import { moodOf, MOODS, type Mood } from '../catalogue/mood.ts';
import type { Scenario } from '../content/scenario.ts';
import type { Position } from '../model/conversation.ts';
import { clampScore, endingPoints } from '../model/score.ts';
import { buildStateGraph, type StateGraph } from './state-graph.ts';

export interface Line {
  /** Raw score before clamping; `score` is what the trainee would see. */
  raw: number;
  score: number;
  /** Choice ids in order (null = silence), and the ending reached. */
  choices: (string | null)[];
  ending: string;
}

export interface Lint {
  path: string;
  message: string;
}

export interface Analysis {
  scenarioId: string;
  states: number;
  graph: StateGraph;
  unreachableNodes: string[];
  unreachableEndings: string[];
  deadEnds: Position[];
  /** Node ids around a loop the conversation can go round for ever, if any. */
  cycle?: string[];
  /** The DP results below are absent when the conversation can loop for ever. */
  best?: Line;
  worst?: Line;
  winnable: boolean;
  losable: boolean;
  /** Replies that take a winnable conversation to one that can no longer be won, from the lowest anger where that happens. */
  pointsOfNoReturn: { nodeId: string; choiceId: string; fromAnger: number }[];
  /** Exact, over uniformly random replies (silence not counted as a move). */
  randomPlay?: { winChance: number; expectedScore: number };
  /** Most replies on any line (silences not counted): a seat-time estimate. */
  longestLine?: number;
  /** Best raw score reachable from each state (index as in graph.positions). */
  bestFrom?: Float64Array;
  lints: Lint[];
}

export function hardFailures(a: Analysis): string[] {
  const out: string[] = [];
  for (const n of a.unreachableNodes) out.push(`node "${n}" can never be reached`);
  for (const e of a.unreachableEndings) out.push(`ending "${e}" can never be reached`);
  if (a.deadEnds.length) out.push(`${a.deadEnds.length} dead end(s): no reply available at ${a.deadEnds.slice(0, 3).map((p) => `${p.at} (anger ${p.anger})`).join(', ')}`);
  if (a.cycle) out.push(`the conversation can loop for ever: ${a.cycle.join(' → ')}`);
  if (!a.winnable) out.push('no line leads to a resolved ending');
  if (!a.losable) out.push('no line leads to a lost ending: choices must matter');
  return out;
}

export function analyseScenario(s: Scenario): Analysis {
  const graph = buildStateGraph(s);
  const { positions, moves } = graph;
  const n = positions.length;
  const ending = (i: number) => s.data.endings[positions[i]!.at];

  const seenNodes = new Set(positions.map((p) => p.at));
  const unreachableNodes = Object.keys(s.data.nodes).filter((id) => !seenNodes.has(id));
  const unreachableEndings = Object.keys(s.data.endings).filter((id) => !seenNodes.has(id));
  const deadEnds = positions.filter((p, i) => !ending(i) && !moves[i]!.some((m) => m.choiceId !== null));

  const { order, cycle } = postOrder(graph);
  const base = { scenarioId: s.data.id, states: n, graph, unreachableNodes, unreachableEndings, deadEnds, lints: [] as Lint[] };
  if (cycle) return { ...base, cycle: cycle.map((i) => positions[i]!.at), winnable: false, losable: false, pointsOfNoReturn: [] };

  const best = new Float64Array(n);
  const worst = new Float64Array(n);
  const bestMove = new Int32Array(n).fill(-1);
  const worstMove = new Int32Array(n).fill(-1);
  const canWin = new Uint8Array(n);
  const canLose = new Uint8Array(n);
  const winChance = new Float64Array(n);
  const longest = new Int32Array(n);
  const dist: Map<number, number>[] = new Array(n);

  for (const i of order) {
    const e = ending(i);
    if (e) {
      const pts = endingPoints(s, positions[i]!.at, positions[i]!.anger);
      best[i] = worst[i] = pts.outcome + pts.calmed;
      canWin[i] = e.kind === 'resolved' ? 1 : 0;
      canLose[i] = e.kind === 'lost' ? 1 : 0;
      winChance[i] = canWin[i]!;
      dist[i] = new Map([[best[i]!, 1]]);
      continue;
    }
    best[i] = -Infinity;
    worst[i] = Infinity;
    const out = moves[i]!;
    const replies = out.filter((m) => m.choiceId !== null);
    const mixed = new Map<number, number>();
    out.forEach((m, k) => {
      const b = m.points + best[m.to]!;
      const w = m.points + worst[m.to]!;
      if (b > best[i]!) { best[i] = b; bestMove[i] = k; }
      if (w < worst[i]!) { worst[i] = w; worstMove[i] = k; }
      canWin[i] ||= canWin[m.to]!;
      canLose[i] ||= canLose[m.to]!;
      if (m.choiceId === null) return;
      winChance[i] = winChance[i]! + winChance[m.to]! / replies.length;
      longest[i] = Math.max(longest[i]!, 1 + longest[m.to]!);
      for (const [v, p] of dist[m.to]!) mixed.set(v + m.points, (mixed.get(v + m.points) ?? 0) + p / replies.length);
    });
    dist[i] = mixed;
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

  const noReturn = new Map<string, { nodeId: string; choiceId: string; fromAnger: number }>();
  positions.forEach((p, i) => {
    if (!canWin[i]) return;
    for (const m of moves[i]!) {
      if (m.choiceId === null || canWin[m.to]) continue;
      const key = `${p.at}/${m.choiceId}`;
      const seen = noReturn.get(key);
      if (!seen || p.anger < seen.fromAnger) noReturn.set(key, { nodeId: p.at, choiceId: m.choiceId, fromAnger: p.anger });
    }
  });

  let expected = 0;
  for (const [v, p] of dist[0]!) expected += p * clampScore(v);

  const analysis: Analysis = {
    ...base,
    best: line(0, bestMove, best),
    worst: line(0, worstMove, worst),
    winnable: canWin[0] === 1,
    losable: canLose[0] === 1,
    pointsOfNoReturn: [...noReturn.values()].sort((x, y) => x.fromAnger - y.fromAnger || x.nodeId.localeCompare(y.nodeId)),
    randomPlay: { winChance: winChance[0]!, expectedScore: expected },
    longestLine: longest[0]!,
    bestFrom: best,
  };
  analysis.lints = contentLints(s, analysis);
  return analysis;
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

const CARING = ['empathy', 'apology-first-person'];

function contentLints(s: Scenario, a: Analysis): Lint[] {
  const lints: Lint[] = [];
  const { positions, moves } = a.graph;
  const moodsAt = new Map<string, Set<Mood>>();
  positions.forEach((p) => {
    const set = moodsAt.get(p.at) ?? new Set<Mood>();
    set.add(moodOf(p.anger));
    moodsAt.set(p.at, set);
  });
  const raised = new Set<string>();
  for (const [nodeId, node] of Object.entries(s.data.nodes)) {
    const reached = moodsAt.get(nodeId) ?? new Set<Mood>();
    if (typeof node.say !== 'string') {
      for (const mood of MOODS) {
        if (node.say[mood] && reached.size && !reached.has(mood)) lints.push({ path: `nodes.${nodeId}.say.${mood}`, message: `the ${mood} line can never be shown: the customer never reaches this node ${mood}` });
        if (!node.say[mood] && !node.say.default && reached.has(mood)) lints.push({ path: `nodes.${nodeId}.say`, message: `no line for ${mood} and no default, though the customer can arrive ${mood} (the nearest mood's line is used)` });
      }
    }
    // A caring reply that still raises anger usually means its effect needs a look.
    for (const c of node.choices) if (c.techniques.some((t) => CARING.includes(t)) && c.pitfalls.length === 0) {
      positions.forEach((p, i) => {
        if (p.at !== nodeId) return;
        const m = moves[i]!.find((x) => x.choiceId === c.id);
        if (m && m.change > 0 && !raised.has(c.id)) {
          raised.add(c.id);
          lints.push({ path: `nodes.${nodeId}.choices.${c.id}`, message: `an empathy or apology reply raises anger (${m.change > 0 ? '+' : ''}${m.change} at anger ${p.anger})` });
        }
      });
    }
    // A reply without pitfalls that is worse than another such reply in every state where both are offered.
    const clean = node.choices.filter((c) => c.pitfalls.length === 0);
    for (const c of clean) {
      const dominatedBy = clean.find((o) => o !== c && positions.every((p, i) => {
        if (p.at !== nodeId) return true;
        const mc = moves[i]!.find((x) => x.choiceId === c.id);
        const mo = moves[i]!.find((x) => x.choiceId === o.id);
        return !mc || !mo || mc.points + a.bestFrom![mc.to]! < mo.points + a.bestFrom![mo.to]!;
      }) && positions.some((p, i) => p.at === nodeId && moves[i]!.some((x) => x.choiceId === c.id) && moves[i]!.some((x) => x.choiceId === o.id)));
      if (dominatedBy) lints.push({ path: `nodes.${nodeId}.choices.${c.id}`, message: `dominated: "${dominatedBy.id}" is better wherever both are offered` });
    }
  }
  return lints;
}
