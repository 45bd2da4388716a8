import { expect, type Locator } from '@playwright/test';
import { M, onScreen } from '../support.ts';
import { Screen } from './screen.ts';

/** Profiles: play as another trainee, or make a new one. */
export class ProfilesPage extends Screen {
  readonly name = 'profiles';
  readonly newProfileName = this.main.getByLabel(M.newProfile, { exact: true });
  readonly createButton = this.main.getByRole('button', { name: M.create, exact: true });

  playAsButton(name: string): Locator {
    return this.main.getByRole('button', { name: M.useProfile(name), exact: true });
  }

  /** Makes a new profile and plays as it: back to home. */
  async create(name: string): Promise<void> {
    await this.newProfileName.fill(name);
    await this.createButton.click();
    await onScreen(this.page, 'home');
  }

  /** Gives a profile whose name could not be read (shown as `shownAs`) a name again; the list shows it after. */
  async giveName(shownAs: string, name: string): Promise<void> {
    await this.main.getByLabel(M.giveName, { exact: true }).fill(name);
    await this.main.getByRole('button', { name: M.rename(shownAs), exact: true }).click();
    await expect(this.main.getByRole('heading', { name: `${name} ${M.current}`, exact: true })).toBeVisible();
  }

  async playAs(name: string): Promise<void> {
    await this.playAsButton(name).click();
    await onScreen(this.page, 'home');
  }
}
