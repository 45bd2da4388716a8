/**
 * Screens as the browser's history entries, so its Back button (and
 * Android's) goes to the previous screen instead of leaving the app. A screen
 * can take Back for itself first: the conversation pauses before it is left.
 */
import type { ScreenName, ShowOptions } from './context.ts';

/** What opens a screen again: its name, its scenario and the ids it was shown with. */
export interface ScreenEntry {
  screen: ScreenName;
  scenarioId?: string;
  attemptId?: string;
}

export interface ScreenHistoryDeps {
  /** Opens a screen from an entry, without adding an entry for it. */
  open(entry: ScreenEntry): void;
  /** The screen on show takes Back for itself (true), or lets it go to the previous screen. */
  takesBack(): boolean;
}

export function entryOf(screen: ScreenName, scenarioId: string | undefined, options: ShowOptions): ScreenEntry {
  return {
    screen,
    ...(scenarioId ? { scenarioId } : {}),
    ...(options.attemptId ? { attemptId: options.attemptId } : {}),
  };
}

export class ScreenHistory {
  private current: ScreenEntry | undefined;

  constructor(private readonly deps: ScreenHistoryDeps) {
    window.addEventListener('popstate', (e) => this.popped(e.state as ScreenEntry | null));
  }

  /**
   * Records the screen now shown. A finished conversation's debrief takes the
   * conversation's place, and so does a screen shown again (a restart): Back
   * never replays a conversation that is over.
   */
  record(entry: ScreenEntry): void {
    const replace =
      !this.current ||
      (this.current.screen === 'conversation' && entry.screen === 'debrief') ||
      (this.current.screen === entry.screen && this.current.scenarioId === entry.scenarioId);
    if (replace) history.replaceState(entry, '');
    else history.pushState(entry, '');
    this.current = entry;
  }

  private popped(entry: ScreenEntry | null): void {
    if (this.deps.takesBack() && this.current) {
      // Stay: put back the entry the browser just left.
      history.pushState(this.current, '');
      return;
    }
    this.current = entry ?? { screen: 'home' };
    this.deps.open(this.current);
  }
}
