/** The events xstate/graph may send a compiled scenario, matching the analysis's moves (silence only where a timer runs). */
import { stateKey, timed } from '../src/engine/analysis/index.ts';
import {
  availableChoices,
  isOver,
  type ConversationEvent,
  type ConversationSnapshot,
  type Position,
  type Scenario,
} from '../src/engine/index.ts';

export const machineEvents =
  (s: Scenario) =>
  (snap: ConversationSnapshot): ConversationEvent[] => {
    const c = snap.context;
    if (isOver(s, c)) return [];
    return [
      ...availableChoices(s, c).map((x) => ({ type: 'CHOOSE' as const, choiceId: x.id })),
      ...(timed(s, c) ? [{ type: 'TIMEOUT' as const }] : []),
    ];
  };

/** Same state identity as the analysis: node, anger and flags (not the history). */
export const serializeSnapshot = ((snap: ConversationSnapshot) => stateKey(snap.context as Position)) as never;
