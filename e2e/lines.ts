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
  const queue: { p: Position; line: string[] }[] = [{ p: start, line: [] }];
  const seen = new Set([stateKey(start)]);
  while (queue.length) {
    const { p, line } = queue.shift()!;
    for (const c of availableChoices(s, p)) {
      const next = chooseStep(s, p, c.id).position;
      const key = stateKey(next);
      if (seen.has(key)) continue;
      seen.add(key);
      if (isOver(s, next)) {
        if (s.data.endings[next.at]!.kind === 'lost') return [...line, c.id];
        continue;
      }
      queue.push({ p: next, line: [...line, c.id] });
    }
  }
  throw new Error(`${s.data.id}: no losing line without silences`);
}
