/**
 * Compiles a scenario into an XState 5 machine: nodes become states, endings
 * final states, replies CHOOSE transitions with guards, the response timer a
 * delayed transition. Every guard and action calls the pure reducer in
 * conversation.ts, so the machine and the analysis cannot disagree.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import { nodeById, type Scenario } from '../content/scenario.ts';
import type { ChoiceData } from '../content/schema.ts';
import {
  availableChoices,
  beginConversation,
  choose,
  chooseStep,
  silenceStep,
  stayQuiet,
  type Conversation,
} from './conversation.ts';
import { responseSeconds } from './reading-time.ts';

export type ConversationEvent = { type: 'CHOOSE'; choiceId: string } | { type: 'TIMEOUT' };

export interface CompileOptions {
  /**
   * Multiplier on every response timer when the machine keeps time itself
   * (1 normal, 2 relaxed). Leave it out when something else keeps time and
   * sends TIMEOUT: the game does, because a workshop must be able to pause.
   */
  timerScale?: number;
}

/** Every place a reply can lead: its branches, plus the lost ending when anger can hit 100. */
function targetsOf(s: Scenario, c: ChoiceData): string[] {
  const next = typeof c.next === 'string' ? [c.next] : c.next.map((b) => b.to);
  return [...new Set([...next, s.data.onMaxAnger])];
}

/** The next conversation as a whole, with every key of the old one it no longer has set to undefined. */
function replacing(old: Conversation, next: Conversation): Conversation {
  return {
    ...(Object.fromEntries(Object.keys(old).map((k) => [k, undefined])) as Partial<Conversation>),
    ...next,
  } as Conversation;
}

export function compileScenario(s: Scenario, options: CompileOptions = {}) {
  const machineSetup = setup({
    types: {} as { context: Conversation; events: ConversationEvent },
    guards: {
      replyLeadsTo: ({ context, event }, params: { choiceId: string; target: string }) =>
        event.type === 'CHOOSE' &&
        event.choiceId === params.choiceId &&
        availableChoices(s, context).some((c) => c.id === params.choiceId) &&
        chooseStep(s, context, params.choiceId).position.at === params.target,
      silenceLeadsTo: ({ context }, params: { target: string }) =>
        silenceStep(s, context).position.at === params.target,
    },
    actions: {
      // assign merges into the context: a way in (`via`) the new position does not have must be cleared.
      applyReply: assign(({ context, event }) =>
        event.type === 'CHOOSE' ? replacing(context, choose(s, context, event.choiceId)) : context,
      ),
      applySilence: assign(({ context }) => replacing(context, stayQuiet(s, context))),
    },
    delays: {
      responseTimer: ({ context }) => {
        const node = nodeById(s, context.at);
        const seconds = node ? responseSeconds(node, s.data, s.persona) : null;
        return (seconds ?? 0) * 1000 * (options.timerScale ?? 1);
      },
    },
  });

  const states: Record<string, object> = {};
  for (const [nodeId, node] of Object.entries(s.data.nodes)) {
    const choose = node.choices.flatMap((c) =>
      targetsOf(s, c).map((target) => ({
        guard: { type: 'replyLeadsTo' as const, params: { choiceId: c.id, target } },
        target,
        reenter: true,
        actions: { type: 'applyReply' as const },
      })),
    );
    const silenceTargets = [...new Set([node.timeout?.next ?? nodeId, s.data.onMaxAnger])];
    const silence = silenceTargets.map((target) => ({
      guard: { type: 'silenceLeadsTo' as const, params: { target } },
      target,
      reenter: true,
      actions: { type: 'applySilence' as const },
    }));
    const timed = options.timerScale !== undefined && responseSeconds(node, s.data, s.persona) !== null;
    states[nodeId] = {
      meta: { stage: node.stage },
      on: { CHOOSE: choose, TIMEOUT: silence },
      ...(timed ? { after: { responseTimer: silence } } : {}),
    };
  }
  for (const [endingId, ending] of Object.entries(s.data.endings))
    states[endingId] = { type: 'final', meta: { kind: ending.kind } };

  return machineSetup.createMachine({
    id: s.data.id,
    initial: s.data.start,
    context: beginConversation(s),
    states: states as never,
  });
}

export type ConversationMachine = ReturnType<typeof compileScenario>;
export type ConversationSnapshot = SnapshotFrom<ConversationMachine>;
