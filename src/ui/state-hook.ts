/**
 * A read-only summary of what is on screen, on `window.__cooldown`, so the
 * end-to-end tests can wait on state instead of sleeping. The game never reads it.
 */
import type { FlowPhase } from '../app/flow/flow-machine.ts';

export interface ScreenState {
  screen: string;
  scenarioId?: string;
  /** Conversation: the node, anger and number of turns so far. */
  at?: string;
  anger?: number;
  turns?: number;
  /** Conversation: the flow's phase — the call not yet answered, the customer reacting or speaking, replies on offer, the end. */
  phase?: FlowPhase;
  /** Conversation: replies on offer now. */
  choices?: number;
  /** Turns whose resume point has reached storage. */
  savedTurns?: number;
  /** Debrief: the ending kind, score, best possible score and anger-curve length. */
  outcome?: string;
  score?: number;
  best?: number;
  curve?: number;
  /** Workshop projector: what it shows (waiting, blank, turn, results) and at which decision. */
  view?: string;
  decision?: number;
  /** Workshop console: a change not yet in storage. */
  unsaved?: boolean;
}

declare global {
  interface Window {
    /** What is on screen now (see ScreenState); set by the screens, read only by tests and the bench. */
    __cooldown?: ScreenState;
    /** The screen scene whose first frame is on the canvas. */
    __cooldownDrawn?: string;
    /** How tall the conversation's customer is drawn, in CSS pixels. */
    __cooldownFigure?: number;
  }
}

/** Replaces the summary (a new screen or turn). */
export function publishScreen(state: ScreenState): void {
  window.__cooldown = state;
}

/** Adds to the summary of the screen already shown. */
export function amendScreen(extra: Partial<ScreenState>): void {
  if (window.__cooldown) Object.assign(window.__cooldown, extra);
}

/** How tall the conversation's customer is drawn (CSS pixels), so a test can hold the picture to its size. */
export function publishFigure(height: number): void {
  window.__cooldownFigure = height;
}

/** The screen scene whose first frame is on the canvas, so a screenshot can wait for the picture as well as the page. */
export function publishDrawnScene(scene: string): void {
  window.__cooldownDrawn = scene;
}
