import type { Locator } from '@playwright/test';
import { M, onScreen } from '../support.ts';
import { Screen } from './screen.ts';

/** The debrief: outcome, score against the best possible, the anger curve, the costliest turn, the arc, the transcript. */
export class DebriefPage extends Screen {
  readonly name = 'debrief';
  /** The top bar's and the actions' way back (the same name twice); the first is the top bar's. */
  readonly backToLibraryButton = this.main.getByRole('button', { name: M.backToLibrary, exact: true }).first();
  readonly scoreNumber = this.main.locator('.score-number');
  /** The anger curve's section: the chart, and its points as a list for screen readers. */
  readonly curve = this.main.getByRole('region', { name: M.curve, exact: true });
  readonly curvePoints = this.curve.locator('.curve-points > li');
  /** One line per turn. */
  readonly transcriptTurns = this.main.locator('.transcript > li');
  readonly arcHeading = this.main.getByRole('heading', { name: M.arc, exact: true });
  readonly costliestHeading = this.main.getByRole('heading', { name: M.costliest, exact: true });
  readonly breatherHeading = this.main.getByRole('heading', { name: M.breather, exact: true });

  bestPossible(best: number): Locator {
    return this.main.getByText(M.bestPossible(best), { exact: true });
  }

  /** The outcome's badge, e.g. "Customer lost". */
  outcome(kind: keyof typeof M.outcomeKind): Locator {
    return this.main.getByText(M.outcomeKind[kind]);
  }

  async backToLibrary(): Promise<void> {
    await this.backToLibraryButton.click();
    await onScreen(this.page, 'library');
  }
}
