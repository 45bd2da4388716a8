/**
 * The reachable state space of a scenario: every Position (node × anger ×
 * flags) the conversation can be in, and the moves between them. Built once by
 * a breadth-first walk; every other analysis is dynamic programming over it.
 */
import type { Scenario } from '../content/scenario.ts';
import {
  availableChoices,
  beginConversation,
  chooseStep,
  isOver,
  nodeAt,
  silenceStep,
  type Position,
} from '../model/conversation.ts';
import { responseSeconds } from '../model/reading-time.ts';
import { turnPoints } from '../model/score.ts';

export interface Move {
  /** The choice id, or null for silence (the timer running out). */
  choiceId: string | null;
  to: number;
  /** Points this turn adds to the score (techniques, pitfalls, timeliness). */
  points: number;
  /** Anger change this turn. */
  change: number;
}

export interface StateGraph {
  positions: Position[];
  /** Moves out of each state, choices first in display order, then silence (at timed nodes only). */
  moves: Move[][];
  /** Index of the start state (always 0). */
  start: number;
}

export function stateKey(p: Position): string {
  const flags = Object.keys(p.flags)
    .filter((k) => p.flags[k])
    .sort()
    .join(',');
  return `${p.at}|${p.anger}|${flags}|${p.via ?? ''}`;
}

/** Stops runaway content (a scenario this large would also be unplayable). */
export const MAX_STATES = 200_000;

export function buildStateGraph(s: Scenario): StateGraph {
  const index = new Map<string, number>();
  const positions: Position[] = [];
  const moves: Move[][] = [];
  const intern = (p: Position): number => {
    const key = stateKey(p);
    let i = index.get(key);
    if (i === undefined) {
      if (positions.length >= MAX_STATES)
        throw new Error(`scenario "${s.data.id}" has more than ${MAX_STATES} reachable states`);
      i = positions.length;
      index.set(key, i);
      const { turns: _t, peak: _p, ...position } = p as Position & { turns?: unknown; peak?: unknown };
      positions.push(position);
    }
    return i;
  };
  intern(beginConversation(s));
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (isOver(s, p)) {
      moves.push([]);
      continue;
    }
    const out: Move[] = availableChoices(s, p).map((c) => {
      const step = chooseStep(s, p, c.id);
      const tp = turnPoints(s, step.turn);
      return {
        choiceId: c.id,
        to: intern(step.position),
        points: tp.techniques + tp.pitfalls + tp.timeliness,
        change: step.position.anger - p.anger,
      };
    });
    // Silence is a move only where a response timer runs: an untimed node waits for a reply.
    if (timed(s, p)) {
      const quiet = silenceStep(s, p);
      out.push({
        choiceId: null,
        to: intern(quiet.position),
        points: turnPoints(s, quiet.turn).timeliness,
        change: quiet.position.anger - p.anger,
      });
    }
    moves.push(out);
  }
  return { positions, moves, start: 0 };
}

/** Whether the response timer runs at this position (the game's timer setting aside). */
export function timed(s: Scenario, p: Position): boolean {
  return responseSeconds(nodeAt(s, p), s.data, s.persona) !== null;
}
