/**
 * The conversation as a pure reducer. The XState machine, the CLI and the
 * analysis all step through these functions, so they agree by construction.
 */
import { clampAnger, MAX_ANGER, type Stage } from '../catalogue/index.ts';
import { endingById, isEnding, nodeById, startingAnger, type Scenario } from '../content/scenario.ts';
import type { ChoiceData, NodeData } from '../content/schema.ts';
import { conditionHolds, lineFor, type Flags } from './condition.ts';
import { react, silenceReaction, type Reaction } from './reaction.ts';

/** Where the conversation stands: all that decides what can happen next. */
export interface Position {
  /** A node id, or an ending id once the conversation is over. */
  at: string;
  anger: number;
  flags: Flags;
  /**
   * The reply that led here, kept only where the node has a line for that way in
   * (`sayWhen` … `after`), so positions that say the same thing stay one state.
   */
  via?: string;
}

/** What every turn records, whether the trainee replied or let the timer run out. */
interface TurnFacts {
  nodeId: string;
  stage: Stage;
  /** The customer's words as shown at this turn. */
  customer: string;
  techniques: string[];
  pitfalls: string[];
  angerBefore: number;
  angerAfter: number;
  flagsBefore: Flags;
  reaction: Reaction;
  /** After a silence, what the customer says into it ("Hello? Are you still there?"), if the node gives a line. */
  followUp?: string;
}

/** The trainee picked a reply: its id, its words as shown and the scenario's feedback on it. */
export interface ReplyTurn extends TurnFacts {
  choiceId: string;
  reply: string;
  feedback: string;
  /** The customer's immediate answer to the reply, for the mood after it; shown before the next line. */
  reactionLine?: string;
}

/**
 * The trainee let the response timer run out. It has no words and no feedback
 * of its own: `choiceId === null` says it was a silence, and the screens and
 * the CLI say what that means from the message catalogue.
 */
export interface SilenceTurn extends TurnFacts {
  choiceId: null;
}

/** One exchange: the customer's line and the trainee's reply, or silence (choiceId null). */
export type Turn = ReplyTurn | SilenceTurn;

export interface Conversation extends Position {
  turns: Turn[];
  /** Highest anger reached; the debrief offers a breather after a hard call. */
  peak: number;
}

export function beginConversation(s: Scenario): Conversation {
  const anger = startingAnger(s);
  return { at: s.data.start, anger, flags: {}, turns: [], peak: anger };
}

export function isOver(s: Scenario, p: Position): boolean {
  return isEnding(s, p.at);
}

export function nodeAt(s: Scenario, p: Position): NodeData {
  const node = nodeById(s, p.at);
  if (!node) throw new Error(`"${p.at}" is not a node of scenario "${s.data.id}"`);
  return node;
}

/** What the customer says now (their last words once it is over): the first matching way-in line, else the node's. */
export function customerLine(s: Scenario, p: Position): string {
  const ending = endingById(s, p.at);
  if (ending) return lineFor(ending.say, p.anger);
  const node = nodeAt(s, p);
  const wayIn = node.sayWhen?.find(
    (w) =>
      (!w.after || (p.via !== undefined && w.after.includes(p.via))) &&
      conditionHolds({ flags: w.flags }, p.anger, p.flags),
  );
  return lineFor(wayIn?.say ?? node.say, p.anger);
}

/** The reply id, where the node it leads to has a line for arriving by it. */
function viaFor(s: Scenario, at: string, choiceId: string): string | undefined {
  return nodeById(s, at)?.sayWhen?.some((w) => w.after?.includes(choiceId)) ? choiceId : undefined;
}

export function availableChoices(s: Scenario, p: Position): ChoiceData[] {
  if (isOver(s, p)) return [];
  return nodeAt(s, p).choices.filter((c) => conditionHolds(c.when, p.anger, p.flags));
}

/** Where a choice leads from the position after it was applied. */
function destination(s: Scenario, choice: ChoiceData, anger: number, flags: Flags): string {
  if (anger >= MAX_ANGER) return s.data.onMaxAnger;
  if (typeof choice.next === 'string') return choice.next;
  const branch = choice.next.find((b) => conditionHolds(b.when, anger, flags)) ?? choice.next.at(-1)!;
  return branch.to;
}

export interface Step {
  position: Position;
  turn: Turn;
}

/** The trainee picks a reply. Throws if that reply is not available here. */
export function chooseStep(s: Scenario, p: Position, choiceId: string): Step {
  const node = nodeAt(s, p);
  const choice = availableChoices(s, p).find((c) => c.id === choiceId);
  if (!choice) throw new Error(`choice "${choiceId}" is not available at node "${p.at}" of scenario "${s.data.id}"`);
  const reaction = react(choice, node.stage, s.persona);
  const anger = clampAnger(p.anger + reaction.delta);
  const flags = choice.sets ? { ...p.flags, ...choice.sets } : p.flags;
  const at = destination(s, choice, anger, flags);
  const via = viaFor(s, at, choice.id);
  return {
    position: { at, anger, flags, ...(via ? { via } : {}) },
    turn: {
      nodeId: p.at,
      stage: node.stage,
      customer: customerLine(s, p),
      choiceId: choice.id,
      reply: choice.text,
      techniques: choice.techniques,
      pitfalls: choice.pitfalls,
      feedback: choice.feedback,
      angerBefore: p.anger,
      angerAfter: anger,
      flagsBefore: p.flags,
      reaction,
      ...(choice.reaction ? { reactionLine: lineFor(choice.reaction, anger) } : {}),
    },
  };
}

/** The response timer ran out: anger rises by the persona's impatience; the node's timeout says where it goes. */
export function silenceStep(s: Scenario, p: Position): Step {
  const node = nodeAt(s, p);
  const reaction = silenceReaction(s.persona);
  const anger = clampAnger(p.anger + reaction.delta);
  const at = anger >= MAX_ANGER ? s.data.onMaxAnger : (node.timeout?.next ?? p.at);
  // Still at the same node, the last thing the trainee said is still the way in.
  const via = at === p.at ? p.via : undefined;
  return {
    position: { at, anger, flags: p.flags, ...(via ? { via } : {}) },
    turn: {
      nodeId: p.at,
      stage: node.stage,
      customer: customerLine(s, p),
      choiceId: null,
      techniques: [],
      pitfalls: reaction.parts.map((x) => x.id),
      angerBefore: p.anger,
      angerAfter: anger,
      flagsBefore: p.flags,
      reaction,
      ...(node.timeout?.say ? { followUp: lineFor(node.timeout.say, anger) } : {}),
    },
  };
}

export function advance(c: Conversation, step: Step): Conversation {
  return { ...step.position, turns: [...c.turns, step.turn], peak: Math.max(c.peak, step.position.anger) };
}

export function choose(s: Scenario, c: Conversation, choiceId: string): Conversation {
  return advance(c, chooseStep(s, c, choiceId));
}

export function stayQuiet(s: Scenario, c: Conversation): Conversation {
  return advance(c, silenceStep(s, c));
}
