import type { Locator } from '@playwright/test';
import { M, onScreen, press, startingWith, type How } from '../support.ts';
import { Screen } from './screen.ts';

/** Home: the lead card (continue, or start the next onboarding scenario), the tiles, who is playing. */
export class HomePage extends Screen {
  readonly name = 'home';
  /** The tiles' names go on with a detail (how many scenarios, the onboarding count, the timer). */
  readonly libraryTile = this.main.getByRole('button', { name: startingWith(M.library) });
  readonly progressTile = this.main.getByRole('button', { name: startingWith(M.progress) });
  readonly settingsTile = this.main.getByRole('button', { name: startingWith(M.settings) });
  readonly changeProfileButton = this.main.getByRole('button', { name: M.changeProfile, exact: true });

  /** The lead card's button that opens the briefing of the next onboarding scenario. */
  startNextButton(title: string): Locator {
    return this.main.getByRole('button', { name: M.startNext(title), exact: true });
  }

  /** The lead card's button that goes back into a conversation left open. */
  continueButton(title: string): Locator {
    return this.main.getByRole('button', { name: M.continue(title), exact: true });
  }

  playingAs(name: string): Locator {
    return this.main.getByText(M.playingAs(name), { exact: true });
  }

  /** The progress tile's onboarding count. */
  onboarding(done: number, total: number): Locator {
    return this.main.getByText(M.onboarding(done, total), { exact: true });
  }

  async openLibrary(how: How = 'click'): Promise<void> {
    await press(this.libraryTile, how);
    await onScreen(this.page, 'library');
  }

  async openProgress(): Promise<void> {
    await this.progressTile.click();
    await onScreen(this.page, 'progress');
  }

  async openSettings(): Promise<void> {
    await this.settingsTile.click();
    await onScreen(this.page, 'settings');
  }

  async openProfiles(): Promise<void> {
    await this.changeProfileButton.click();
    await onScreen(this.page, 'profiles');
  }

  /** The next onboarding scenario's briefing, in one step. */
  async startNext(title: string): Promise<void> {
    await this.startNextButton(title).click();
    await onScreen(this.page, 'briefing');
  }

  /** Back into the conversation left open. */
  async continueWith(title: string): Promise<void> {
    await this.continueButton(title).click();
    await onScreen(this.page, 'conversation');
  }
}
