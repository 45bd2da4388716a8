import type { Locator } from '@playwright/test';
import { M, onScreen, press, SOME_NUMBER, varying, type How } from '../support.ts';
import { Screen } from './screen.ts';

/** The scenario library: a card per scenario, the channel and difficulty filters, the count shown. */
export class LibraryPage extends Screen {
  readonly name = 'library';
  readonly settingsButton = this.main.getByRole('button', { name: M.settings, exact: true });
  readonly cards = this.main.locator('.card');
  readonly channelBadges = this.cards.locator('.channel-badge');
  readonly difficulties = this.cards.locator('.difficulty');
  /** Cards with a best score (scenarios played to the end by this profile). */
  readonly bestScores = this.main.getByText(varying(M.best(SOME_NUMBER)));
  /** How many scenarios the filters show. */
  readonly count = this.main.getByRole('status');
  readonly allChannels = this.main.getByRole('radio', { name: M.allChannels, exact: true });

  openButton(title: string): Locator {
    return this.main.getByRole('button', { name: M.open(title), exact: true });
  }

  channelFilter(channel: keyof typeof M.channel): Locator {
    return this.main.getByRole('radio', { name: M.channel[channel], exact: true });
  }

  levelFilter(level: number): Locator {
    return this.main.getByRole('radio', { name: M.difficultyShort(level), exact: true });
  }

  /** Opens the scenario's briefing. */
  async open(title: string, how: How = 'click'): Promise<void> {
    await press(this.openButton(title), how);
    await onScreen(this.page, 'briefing');
  }

  async openSettings(): Promise<void> {
    await this.settingsButton.click();
    await onScreen(this.page, 'settings');
  }
}
