/**
 * Winning and losing lines through a real scenario, found from the content
 * itself so the tests follow the scenarios as authors change them: the best
 * line the analysis finds, and the shortest line of replies (no silences) that
 * loses the customer.
 */
import {
  availableChoices,
  beginConversation,
  chooseStep,
  isOver,
  type Position,
  type Scenario,
} from '../src/engine/index.ts';
import { analyseScenario, stateKey } from '../src/engine/analysis/index.ts';

export function winningLine(s: Scenario): string[] {
  const best = analyseScenario(s).best;
  if (!best || s.data.endings[best.ending]?.kind !== 'resolved') throw new Error(`${s.data.id}: no winning line`);
  if (best.choices.some((c) => c === null)) throw new Error(`${s.data.id}: the best line relies on a silence`);
  return best.choices as string[];
}

/** The shortest losing line, from the start or from where `played` (replies already made) leaves the conversation. */
export function losingLine(s: Scenario, played: readonly string[] = []): string[] {
  const start: Position = played.reduce<Position>((p, id) => chooseStep(s, p, id).position, beginConversation(s));
  const line = shortestLine(s, start, (p) => isOver(s, p) && s.data.endings[p.at]!.kind === 'lost');
  if (!line) throw new Error(`${s.data.id}: no losing line without silences`);
  return line;
}

/** The shortest line of replies (no silences) from the start to the first time the customer is at this node. */
export function lineTo(s: Scenario, nodeId: string): string[] {
  const start = beginConversation(s);
  const line = start.at === nodeId ? [] : shortestLine(s, start, (p) => p.at === nodeId);
  if (!line) throw new Error(`${s.data.id}: node ${nodeId} cannot be reached by replies alone`);
  return line;
}

/** Breadth first through the replies (no silences) from `start`, to the first position `arrived` accepts. */
function shortestLine(s: Scenario, start: Position, arrived: (p: Position) => boolean): string[] | undefined {
  const queue: { p: Position; line: string[] }[] = [{ p: start, line: [] }];
  const seen = new Set([stateKey(start)]);
  while (queue.length) {
    const { p, line } = queue.shift()!;
    for (const c of availableChoices(s, p)) {
      const next = chooseStep(s, p, c.id).position;
      if (arrived(next)) return [...line, c.id];
      const key = stateKey(next);
      if (seen.has(key) || isOver(s, next)) continue;
      seen.add(key);
      queue.push({ p: next, line: [...line, c.id] });
    }
  }
  return undefined;
}
