import type { Locator, Page } from '@playwright/test';
import { escapeRegExp, M, onScreen, SOME_TEXT, varying } from '../support.ts';
import { Screen } from './screen.ts';

/** Progress: the onboarding track, a row per scenario played, past debriefs, backups. */
export class ProgressPage extends Screen {
  /** Downloads belong to a page, not a frame. */
  declare readonly page: Page;

  constructor(page: Page) {
    super(page);
  }

  readonly name = 'progress';
  readonly exportButton = this.main.getByRole('button', { name: M.exportAll, exact: true });
  readonly importFile = this.main.getByLabel(M.importFile, { exact: true });
  /** What the last import did, or why it failed. */
  readonly status = this.main.getByRole('status');

  onboardingTrack(done: number, total: number): Locator {
    return this.main.getByText(M.onboardingTrack(done, total), { exact: true });
  }

  /** The scenario's row in the table: its title, the number of attempts, then the best score. */
  row(title: string, attempts: number): Locator {
    return this.main.getByRole('row', { name: new RegExp(`^${escapeRegExp(title)} ${attempts} \\d+`) });
  }

  /** The button that reopens a past debrief of the scenario (its name goes on with when it was played). */
  openDebriefButton(title: string): Locator {
    return this.main.getByRole('button', { name: varying(M.openDebrief(title, SOME_TEXT)) });
  }

  async openDebrief(title: string): Promise<void> {
    await this.openDebriefButton(title).click();
    await onScreen(this.page, 'debrief');
  }

  /** Exports a backup of all profiles; resolves with the downloaded file's path. */
  async exportBackup(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return (await download).path();
  }
}
