/**
 * A conversation in progress: owns the XState actor, the response clock, and
 * the resume point in storage. Screens subscribe to it and send it the
 * trainee's replies; no game rule lives outside the engine.
 */
import { createActor, type Actor } from 'xstate';
import {
  availableChoices,
  compileScenario,
  customerLine,
  isOver,
  lineFor,
  nodeAt,
  responseSeconds,
  type ChoiceData,
  type Conversation,
  type ConversationMachine,
  type Scenario,
} from '../engine/index.ts';
import { ResponseClock } from './response-clock.ts';

export type TimerSetting = 'off' | 'relaxed' | 'normal';
const TIMER_SCALE: Record<TimerSetting, number | null> = { off: null, relaxed: 2, normal: 1 };

export interface SessionView {
  conversation: Conversation;
  over: boolean;
  line: string;
  aside?: string;
  choices: ChoiceData[];
  /** Full response time for this turn in ms, or null for no timer. */
  timerMs: number | null;
}

export interface SessionSave {
  snapshot: unknown;
  remainingMs: number | null;
}

export class Session {
  private readonly actor: Actor<ConversationMachine>;
  private readonly clock: ResponseClock;
  private readonly listeners = new Set<(v: SessionView) => void>();
  private lastAt = '';
  private lastTurns = -1;
  /** Why the response clock is stopped: the pause menu, the customer still speaking, the phone not yet answered… */
  private readonly holds = new Set<string>();

  constructor(
    readonly scenario: Scenario,
    private readonly timer: TimerSetting,
    private readonly save: (s: SessionSave) => void,
    resume?: SessionSave,
  ) {
    const machine = compileScenario(scenario);
    this.actor = createActor(machine, resume ? { snapshot: resume.snapshot as never } : {});
    this.clock = new ResponseClock(() => this.actor.send({ type: 'TIMEOUT' }));
    this.actor.subscribe(() => this.changed(resume?.remainingMs));
    this.actor.start();
    this.changed(resume?.remainingMs);
  }

  get view(): SessionView {
    const c = this.actor.getSnapshot().context;
    const over = isOver(this.scenario, c);
    const node = over ? undefined : nodeAt(this.scenario, c);
    const seconds = node ? responseSeconds(node, this.scenario.data, this.scenario.persona) : null;
    const scale = TIMER_SCALE[this.timer];
    const aside = node?.aside;
    return {
      conversation: c,
      over,
      line: customerLine(this.scenario, c),
      ...(aside ? { aside: lineFor(aside, c.anger) } : {}),
      choices: availableChoices(this.scenario, c),
      timerMs: seconds !== null && scale !== null ? seconds * 1000 * scale : null,
    };
  }

  subscribe(fn: (v: SessionView) => void): () => void {
    this.listeners.add(fn);
    fn(this.view);
    return () => this.listeners.delete(fn);
  }

  choose(choiceId: string): void {
    this.actor.send({ type: 'CHOOSE', choiceId });
  }

  /** Esc: stops the clock and saves the resume point with the time left. */
  pause(): void {
    this.hold('pause');
    this.persist();
  }

  resume(): void {
    this.release('pause');
  }

  /**
   * Stops the response clock for a reason (the customer's line still being
   * typed, a call not yet answered); it runs again once every reason is released.
   */
  hold(reason: string): void {
    this.holds.add(reason);
    this.clock.pause();
  }

  release(reason: string): void {
    this.holds.delete(reason);
    if (this.holds.size === 0) this.clock.resume();
  }

  timeLeft(): number | null {
    return this.clock.left();
  }

  dispose(): void {
    this.clock.stop();
    this.actor.stop();
    this.listeners.clear();
  }

  private changed(resumeRemaining?: number | null): void {
    const c = this.actor.getSnapshot().context;
    if (c.at === this.lastAt && c.turns.length === this.lastTurns) return;
    const first = this.lastTurns === -1;
    this.lastAt = c.at;
    this.lastTurns = c.turns.length;
    const view = this.view;
    if (view.over) this.clock.stop();
    else {
      this.clock.start(first && resumeRemaining !== undefined ? resumeRemaining : view.timerMs);
      if (this.holds.size) this.clock.pause();
    }
    if (!view.over) this.persist();
    for (const fn of this.listeners) fn(view);
  }

  private persist(): void {
    this.save({ snapshot: this.actor.getPersistedSnapshot(), remainingMs: this.clock.left() });
  }
}
