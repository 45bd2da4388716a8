/**
 * A running conversation flow: the machine's actor, with the saving and
 * recording it asks for done through a store. The conversation screen renders
 * its view and events and sends it the trainee's input; the canvas follows
 * the same events (ConversationFeed). Nothing else decides what happens next.
 */
import { createActor, fromPromise, type Subscription } from 'xstate';
import type { ChoiceData, Conversation } from '../../engine/index.ts';
import { availableChoices } from '../../engine/model/conversation.ts';
import {
  clockLeft,
  flowMachine,
  fullClock,
  type FlowActor,
  type FlowEmitted,
  type FlowEvent,
  type FlowInput,
  type FlowPhase,
} from './flow-machine.ts';

/** Where a flow keeps its resume point and its finished attempt. */
export interface FlowStore {
  save(conversation: Conversation, clockLeftMs: number | null): Promise<void>;
  record(conversation: Conversation): Promise<{ id: string }>;
  /** Forgets the resume point (the trainee restarts). */
  discard(): Promise<void>;
}

export interface FlowView {
  phase: FlowPhase;
  paused: boolean;
  conversation: Conversation;
  /** Replies on offer now (empty unless choosing). */
  choices: ChoiceData[];
  /** The clock's full time at this node in ms, or null when no clock runs. */
  clockMs: number | null;
}

/** The flow's own reports, beside the machine's: a resume point reached storage, or could not. */
export type FlowReport = FlowEmitted | { type: 'saved'; turns: number } | { type: 'save-failed'; error: unknown };
type ReportOf<T extends FlowReport['type']> = Extract<FlowReport, { type: T }>;

/** What the canvas needs of a conversation: where anger starts, and each turn as it is made. */
export type ConversationFeed = Pick<ConversationFlow, 'view' | 'on'>;

const RUNNING_PHASES = ['intro', 'reacting', 'speaking', 'choosing'] as const;

export class ConversationFlow {
  private readonly actor: FlowActor;
  private readonly listeners = new Map<string, Set<(e: FlowReport) => void>>();
  private readonly subscriptions: Subscription[] = [];
  /** Continued from a resume point rather than started afresh. */
  readonly resumed: boolean;
  /** The phase before a pause, which the view keeps showing under the pause menu. */
  private lastPhase: FlowPhase = 'intro';

  constructor(
    input: FlowInput,
    private readonly store: FlowStore,
  ) {
    const machine = flowMachine.provide({
      actors: {
        recordAttempt: fromPromise(({ input: i }: { input: { conversation: Conversation } }) =>
          store.record(i.conversation),
        ),
      },
    });
    this.actor = createActor(machine, { input });
    this.resumed = input.resumed !== undefined;
    this.subscriptions.push(
      this.actor.subscribe((snapshot) => {
        const phase = RUNNING_PHASES.find((p) => snapshot.matches({ running: p }));
        if (phase) this.lastPhase = phase;
      }),
      this.actor.on('*', (e) => {
        this.report(e);
        if (e.type === 'persist') this.persist(e.conversation, e.clockLeftMs);
      }),
    );
  }

  /** Starts the flow at its intro and keeps the starting point, so Continue is offered even before the first reply. */
  start(): void {
    this.actor.start();
    const { context } = this.actor.getSnapshot();
    this.persist(context.conversation, clockLeft(context));
  }

  send(event: FlowEvent): void {
    this.actor.send(event);
  }

  get view(): FlowView {
    const snapshot = this.actor.getSnapshot();
    const { context } = snapshot;
    const paused = snapshot.matches('paused');
    let phase: FlowPhase = 'over';
    if (paused) phase = this.lastPhase;
    else if (snapshot.matches('running'))
      phase = RUNNING_PHASES.find((p) => snapshot.matches({ running: p })) ?? 'intro';
    this.lastPhase = phase;
    return {
      phase,
      paused,
      conversation: context.conversation,
      choices: phase === 'choosing' ? availableChoices(context.scenario, context.conversation) : [],
      clockMs: fullClock(context),
    };
  }

  /** Milliseconds left on the response clock, or null when none runs. */
  timeLeft(): number | null {
    return clockLeft(this.actor.getSnapshot().context);
  }

  /** Calls `fn` with the view on every change of state, and once now. */
  subscribe(fn: (view: FlowView) => void): () => void {
    const sub = this.actor.subscribe(() => fn(this.view));
    this.subscriptions.push(sub);
    fn(this.view);
    return () => sub.unsubscribe();
  }

  on<T extends FlowReport['type']>(type: T, fn: (e: ReportOf<T>) => void): () => void {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    const listener = fn as (e: FlowReport) => void;
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Stops the flow and forgets its resume point: the trainee starts this conversation again. */
  async discard(): Promise<void> {
    this.dispose();
    await this.store.discard();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.unsubscribe();
    this.listeners.clear();
    this.actor.stop();
  }

  private report(e: FlowReport): void {
    for (const fn of this.listeners.get(e.type) ?? []) fn(e);
  }

  private persist(conversation: Conversation, clockLeftMs: number | null): void {
    this.store.save(conversation, clockLeftMs).then(
      () => this.report({ type: 'saved', turns: conversation.turns.length }),
      (error: unknown) => this.report({ type: 'save-failed', error }),
    );
  }
}
