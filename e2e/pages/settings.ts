import type { Locator } from '@playwright/test';
import { M, onScreen } from '../support.ts';
import { Screen } from './screen.ts';

/** Settings, applied as they change: the response timer, sound, text size, speech, reduced motion. */
export class SettingsPage extends Screen {
  readonly name = 'settings';
  readonly timerGroup = this.main.getByRole('group', { name: M.timer, exact: true });
  readonly textSizeGroup = this.main.getByRole('group', { name: M.textSize, exact: true });
  readonly reducedMotion = this.main.getByRole('checkbox', { name: M.reducedMotion, exact: true });
  readonly doneButton = this.main.getByRole('button', { name: M.done, exact: true });

  timerOption(setting: keyof typeof M.timerOptions): Locator {
    return this.timerGroup.getByRole('radio', { name: M.timerOptions[setting], exact: true });
  }

  textSize(size: keyof typeof M.textSizes): Locator {
    return this.textSizeGroup.getByRole('radio', { name: M.textSizes[size], exact: true });
  }

  /** Done: back to the screen that opened Settings (home unless said otherwise). */
  async done(to: 'home' | 'library' = 'home'): Promise<void> {
    await this.doneButton.click();
    await onScreen(this.page, to);
  }
}
