import type { Frame, Locator, Page } from '@playwright/test';
import { M, onScreen } from '../support.ts';

/**
 * What every screen's page object shares: the page, the screen's name in the
 * state hook, the screen itself (the page's main landmark), its top-level
 * heading, the way home where the screen has one, and the app's notice line.
 */
export abstract class Screen {
  /** The screen's name in `window.__cooldown`. */
  abstract readonly name: string;
  /** The screen host: the current screen's page, and nothing else. */
  readonly main: Locator;
  readonly heading: Locator;
  /** The top bar's way back home (library, settings, progress and profiles). */
  readonly homeButton: Locator;
  /** Notices that outlast a screen: storage that cannot save, records set aside. */
  readonly notice: Locator;
  /** The notice's Reload button, offered when a screen's code could not be fetched. */
  readonly reloadButton: Locator;

  /** A page, or the frame an LMS shows the game in. */
  constructor(readonly page: Page | Frame) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.homeButton = this.main.getByRole('button', { name: M.home, exact: true });
    this.notice = page.locator('#notice');
    this.reloadButton = this.notice.getByRole('button', { name: M.reload, exact: true });
  }

  /** Waits until the state hook says this screen is up. */
  async shown(): Promise<void> {
    await onScreen(this.page, this.name);
  }

  /** Back to home by the top bar. */
  async goHome(): Promise<void> {
    await this.homeButton.click();
    await onScreen(this.page, 'home');
  }
}
