/**
 * The conversation as the trainee lives it, turn by turn: the call rings or
 * the chat opens (intro), the customer reacts to a reply (their answer to it,
 * if it draws one, then a beat), says their line (speaking), the replies are
 * on offer while the response clock runs (choosing), and at the end their last
 * words linger while the attempt is recorded (over). Pause holds all of it and
 * comes back where it was.
 *
 * Pure: the machine keeps the engine's conversation in its context, steps it
 * with the engine's reducer, and tells the screen and the canvas what to show
 * through emitted events. Time is XState's (delayed transitions), so tests run
 * it on fake timers; saving and recording are done by whoever runs it.
 */
import { assign, emit, enqueueActions, fromPromise, setup, type ActorRefFrom } from 'xstate';
import type { ChoiceData, Conversation, Scenario, Turn } from '../../engine/index.ts';
// Single modules, not the engine's index: this is part of the conversation screen's download only, but keep it lean.
import { availableChoices, choose, customerLine, isOver, nodeAt, stayQuiet } from '../../engine/model/conversation.ts';
import { lineFor } from '../../engine/model/condition.ts';
import { responseSeconds } from '../../engine/model/reading-time.ts';
import type { TimerSetting } from '../settings.ts';
import type { SoundCue } from '../sound-cue.ts';

/** The pause after a reply while the customer reacts, before they speak again. */
export const BEAT_MS = 650;
/** The least time the customer's last words stay, once shown in full, before the debrief opens. */
export const LAST_WORDS_MS = 2000;
/** Reading time per word of the last words (about 240 words a minute), and the most they stay. */
const LAST_WORDS_PER_WORD_MS = 250;
const LAST_WORDS_MAX_MS = 8000;

/** How long the last words stay: long enough to read them, scaled with their length. A skip still ends it at once. */
export function lastWordsMs(line: string): number {
  const words = line.split(/\s+/).filter(Boolean).length;
  return Math.min(LAST_WORDS_MAX_MS, LAST_WORDS_MS + words * LAST_WORDS_PER_WORD_MS);
}
/** Time left on the response clock at which it warns. */
export const CLOCK_WARNING_MS = 5000;
/** How the timer setting stretches each node's response time; null for no clock. */
export const TIMER_SCALE: Record<TimerSetting, number | null> = { off: null, relaxed: 2, normal: 1 };

export type FlowPhase = 'intro' | 'reacting' | 'speaking' | 'choosing' | 'over';

export interface FlowInput {
  scenario: Scenario;
  /** A new conversation, or one rebuilt from its resume point. */
  conversation: Conversation;
  /** Continued from a resume point: the clock's time left at this node then (undefined for its full time). */
  resumed?: { clockLeftMs: number | null };
  timer: TimerSetting;
  /** Whether animation is on now (beats and lingering shrink to nothing without it). */
  motion: () => boolean;
  now?: () => number;
}

export type FlowEvent =
  /** The call is answered, or the chat or counter conversation opens. */
  | { type: 'BEGIN' }
  /** The customer's line is all on screen. */
  | { type: 'LINE_SHOWN' }
  /** Show the whole line now; on the last words, go on to the debrief. */
  | { type: 'SKIP' }
  | { type: 'CHOOSE'; choiceId: string }
  | { type: 'PAUSE' }
  | { type: 'RESUME' };

export type FlowEmitted =
  /** The customer starts a line: the node's words, or their last words once it is over. */
  | { type: 'say'; line: string; aside?: string; lastWords: boolean }
  | { type: 'finish-line' }
  /** A reply or a silence has been made: announced once, for the screen and the canvas alike. */
  | { type: 'turn'; turn: Turn; conversation: Conversation }
  | { type: 'replies'; choices: ChoiceData[] }
  | { type: 'cue'; cue: Extract<SoundCue, 'warning' | 'resolved' | 'lost'> }
  /** A resume point to keep: after every turn and on pause. */
  | { type: 'persist'; conversation: Conversation; clockLeftMs: number | null }
  /** The attempt is recorded (its id), or could not be kept (the error, which carries the attempt when there is one). */
  | { type: 'finished'; outcome: RecordOutcome };

export type RecordOutcome = { kept: true; attemptId: string } | { kept: false; error: unknown };

interface FlowContext {
  scenario: Scenario;
  conversation: Conversation;
  timer: TimerSetting;
  /** Milliseconds left on the response clock at this node (as of `choosingSince`), or null for no clock. */
  clockLeft: number | null;
  /** When the replies went on offer, while they are; the clock runs only then. */
  choosingSince: number | null;
  warned: boolean;
  /** The line finished while paused: on resume the replies come straight away. */
  lineShown: boolean;
  recorded: RecordOutcome | null;
  motion: () => boolean;
  now: () => number;
}

/** The node's full response time under the timer setting, or null when no clock runs. */
export function fullClock(c: Pick<FlowContext, 'scenario' | 'conversation' | 'timer'>): number | null {
  const s = c.scenario;
  if (isOver(s, c.conversation)) return null;
  const seconds = responseSeconds(nodeAt(s, c.conversation), s.data, s.persona);
  const scale = TIMER_SCALE[c.timer];
  return seconds === null || scale === null ? null : seconds * 1000 * scale;
}

/** What the customer answers straight back to the last reply, if it draws an answer of its own. */
function reactionOf(c: Conversation): string | undefined {
  const turn = c.turns.at(-1);
  return turn?.choiceId != null ? turn.reactionLine : undefined;
}

/** Milliseconds left on the clock now. */
export function clockLeft(c: Pick<FlowContext, 'clockLeft' | 'choosingSince' | 'now'>): number | null {
  if (c.clockLeft === null) return null;
  return c.choosingSince === null ? c.clockLeft : Math.max(0, c.clockLeft - (c.now() - c.choosingSince));
}

export const flowMachine = setup({
  types: {} as {
    context: FlowContext;
    input: FlowInput;
    events: FlowEvent;
    emitted: FlowEmitted;
  },
  actors: {
    /** Saves the finished conversation; provided by whoever runs the flow. */
    recordAttempt: fromPromise<{ id: string }, { conversation: Conversation }>(() => {
      throw new Error('recordAttempt is provided by the conversation service');
    }),
  },
  guards: {
    isOver: ({ context }) => isOver(context.scenario, context.conversation),
    lineShown: ({ context }) => context.lineShown,
    noReaction: ({ context }) => !reactionOf(context.conversation),
    available: ({ context, event }) =>
      event.type === 'CHOOSE' &&
      availableChoices(context.scenario, context.conversation).some((c) => c.id === event.choiceId),
    clockRuns: ({ context }) => context.clockLeft !== null,
    still: ({ context }) => !context.motion(),
    shouldWarn: ({ context }) => context.clockLeft !== null && !context.warned,
  },
  delays: {
    beat: ({ context }) => (context.motion() ? BEAT_MS : 0),
    lastWords: ({ context }) =>
      context.motion() ? lastWordsMs(customerLine(context.scenario, context.conversation)) : 0,
    responseClock: ({ context }) => context.clockLeft ?? 0,
    clockWarning: ({ context }) => Math.max(0, (context.clockLeft ?? 0) - CLOCK_WARNING_MS),
  },
  actions: {
    sayLine: enqueueActions(({ context, enqueue }) => {
      const { scenario: s, conversation: c } = context;
      const lastWords = isOver(s, c);
      const aside = lastWords ? undefined : nodeAt(s, c).aside;
      enqueue.assign({ lineShown: false });
      enqueue.emit({
        type: 'say',
        line: customerLine(s, c),
        lastWords,
        ...(aside ? { aside: lineFor(aside, c.anger) } : {}),
      });
    }),
    sayReaction: enqueueActions(({ context, enqueue }) => {
      const line = reactionOf(context.conversation);
      if (!line) return;
      enqueue.assign({ lineShown: false });
      enqueue.emit({ type: 'say', line, lastWords: false });
    }),
    lineShownWhilePaused: assign({ lineShown: true }),
    offerReplies: emit(({ context }) => ({
      type: 'replies' as const,
      choices: availableChoices(context.scenario, context.conversation),
    })),
    finishLine: emit({ type: 'finish-line' as const }),
    startClock: assign({ choosingSince: ({ context }) => context.now() }),
    stopClock: assign({ clockLeft: ({ context }) => clockLeft(context), choosingSince: null }),
    warn: enqueueActions(({ enqueue }) => {
      enqueue.assign({ warned: true });
      enqueue.emit({ type: 'cue', cue: 'warning' });
    }),
    /** A reply, or silence when the clock ran out: the engine steps, the turn is announced once, the point kept. */
    takeTurn: enqueueActions(({ context, event, enqueue }) => {
      const { scenario: s, conversation: c } = context;
      const conversation = event.type === 'CHOOSE' ? choose(s, c, event.choiceId) : stayQuiet(s, c);
      const clock = fullClock({ ...context, conversation });
      enqueue.assign({ conversation, clockLeft: clock, warned: false });
      enqueue.emit({ type: 'turn', turn: conversation.turns.at(-1)!, conversation });
      if (!isOver(s, conversation)) enqueue.emit({ type: 'persist', conversation, clockLeftMs: clock });
    }),
    persist: emit(({ context }) => ({
      type: 'persist' as const,
      conversation: context.conversation,
      clockLeftMs: clockLeft(context),
    })),
    endingCue: emit(({ context }) => {
      const ending = context.scenario.data.endings[context.conversation.at]!;
      return { type: 'cue' as const, cue: ending.kind === 'lost' ? ('lost' as const) : ('resolved' as const) };
    }),
    announceFinished: emit(({ context }) => ({ type: 'finished' as const, outcome: context.recorded! })),
  },
}).createMachine({
  id: 'flow',
  context: ({ input }) => {
    const base = { scenario: input.scenario, conversation: input.conversation, timer: input.timer };
    return {
      ...base,
      clockLeft: input.resumed ? input.resumed.clockLeftMs : fullClock(base),
      choosingSince: null,
      warned: false,
      lineShown: false,
      recorded: null,
      motion: input.motion,
      now: input.now ?? (() => performance.now()),
    };
  },
  initial: 'running',
  states: {
    running: {
      initial: 'intro',
      on: { PAUSE: 'paused' },
      states: {
        intro: {
          on: {
            BEGIN: [
              { guard: 'isOver', target: '#flow.over' },
              { target: 'speaking', actions: 'sayLine' },
            ],
          },
        },
        reacting: {
          initial: 'answering',
          states: {
            // The customer's immediate answer to what was said, when the reply has one, before anything else.
            answering: {
              always: [
                { guard: 'noReaction', target: 'beat' },
                { guard: 'lineShown', target: 'beat' },
              ],
              on: { LINE_SHOWN: 'beat', SKIP: { actions: 'finishLine' } },
            },
            beat: {
              always: [
                { guard: 'isOver', target: '#flow.over' },
                // Without motion there is no beat: the next line comes in the same step as the reply, not a timer
                // (and so a frame) later.
                { guard: 'still', target: '#flow.running.speaking', actions: 'sayLine' },
              ],
              after: { beat: { target: '#flow.running.speaking', actions: 'sayLine' } },
            },
          },
        },
        speaking: {
          always: { guard: 'lineShown', target: 'choosing', actions: 'offerReplies' },
          on: { LINE_SHOWN: { target: 'choosing', actions: 'offerReplies' }, SKIP: { actions: 'finishLine' } },
        },
        choosing: {
          entry: 'startClock',
          exit: 'stopClock',
          on: { CHOOSE: { guard: 'available', target: 'reacting', actions: ['takeTurn', 'sayReaction'] } },
          after: {
            responseClock: { guard: 'clockRuns', target: 'reacting', actions: 'takeTurn' },
            clockWarning: { guard: 'shouldWarn', actions: 'warn' },
          },
        },
        history: { type: 'history', history: 'deep' },
      },
    },
    paused: {
      entry: 'persist',
      on: { RESUME: '#flow.running.history', LINE_SHOWN: { actions: 'lineShownWhilePaused' } },
    },
    over: {
      type: 'parallel',
      entry: ['endingCue', 'sayLine'],
      states: {
        record: {
          initial: 'saving',
          states: {
            saving: {
              invoke: {
                src: 'recordAttempt',
                input: ({ context }) => ({ conversation: context.conversation }),
                onDone: {
                  target: 'done',
                  actions: assign({ recorded: ({ event }) => ({ kept: true as const, attemptId: event.output.id }) }),
                },
                // Not kept is still the end: the debrief shows, and says it could not be kept.
                onError: {
                  target: 'done',
                  actions: assign({ recorded: ({ event }) => ({ kept: false as const, error: event.error }) }),
                },
              },
            },
            done: { type: 'final' },
          },
        },
        words: {
          initial: 'speaking',
          states: {
            speaking: { on: { LINE_SHOWN: 'lingering', SKIP: { actions: 'finishLine' } } },
            lingering: { after: { lastWords: 'read' }, on: { SKIP: 'read' } },
            read: { type: 'final' },
          },
        },
      },
      onDone: 'done',
    },
    done: {
      type: 'final',
      entry: 'announceFinished',
    },
  },
});

export type FlowActor = ActorRefFrom<typeof flowMachine>;
