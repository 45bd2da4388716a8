/**
 * What every reply on offer would do from here, without advancing: the anger
 * change, the customer's answer (their reaction and next line, or their last
 * words), and the techniques and pitfalls behind it. A workshop reveals it to
 * the room; it is the same step the conversation itself takes.
 */
import type { EndingKind } from '../content/schema.ts';
import { endingById } from '../content/scenario.ts';
import type { Scenario } from '../content/scenario.ts';
import { availableChoices, chooseStep, customerLine, isOver, type Position } from './conversation.ts';

export interface Outlook {
  choiceId: string;
  /** Where the reply stands among those on offer (0 first). */
  position: number;
  change: number;
  angerAfter: number;
  techniques: readonly string[];
  pitfalls: readonly string[];
  feedback: string;
  /** The customer's immediate reaction to the reply, if it has one. */
  reaction?: string;
  /** What the customer says next, or how it ends. */
  then: { kind: 'line'; line: string } | { kind: 'ending'; ending: EndingKind; lastWords: string };
}

export function whatIf(s: Scenario, from: Position): Outlook[] {
  return availableChoices(s, from).map((choice, position) => {
    const { position: after, turn } = chooseStep(s, from, choice.id);
    const ending = isOver(s, after) ? endingById(s, after.at) : undefined;
    return {
      choiceId: choice.id,
      position,
      change: after.anger - from.anger,
      angerAfter: after.anger,
      techniques: choice.techniques,
      pitfalls: choice.pitfalls,
      feedback: choice.feedback,
      ...(turn.choiceId !== null && turn.reactionLine ? { reaction: turn.reactionLine } : {}),
      then: ending
        ? { kind: 'ending', ending: ending.kind, lastWords: customerLine(s, after) }
        : { kind: 'line', line: customerLine(s, after) },
    };
  });
}
