/**
 * A read-only summary of what is on screen, on `window.__cooldown`, so the
 * end-to-end tests can wait on state instead of sleeping. The game never reads it.
 */
export interface ScreenState {
  screen: string;
  scenarioId?: string;
  /** Conversation: the node, anger and number of turns so far. */
  at?: string;
  anger?: number;
  turns?: number;
  /** Conversation: what the screen is doing — the call not yet answered, the customer speaking, replies on offer, the end. */
  phase?: 'intro' | 'speaking' | 'choosing' | 'over';
  /** Conversation: replies on offer now. */
  choices?: number;
  /** Turns whose resume point has reached storage. */
  savedTurns?: number;
  /** Debrief: the ending kind, score, best possible score and anger-curve length. */
  outcome?: string;
  score?: number;
  best?: number;
  curve?: number;
}

type WithHook = { __cooldown?: ScreenState; __cooldownDrawn?: string };

/** Replaces the summary (a new screen or turn). */
export function publishScreen(state: ScreenState): void {
  (window as WithHook).__cooldown = state;
}

/** Adds to the summary of the screen already shown. */
export function amendScreen(extra: Partial<ScreenState>): void {
  const w = window as WithHook;
  if (w.__cooldown) Object.assign(w.__cooldown, extra);
}

/** The screen scene whose first frame is on the canvas, so a screenshot can wait for the picture as well as the page. */
export function publishDrawnScene(scene: string): void {
  (window as WithHook).__cooldownDrawn = scene;
}
