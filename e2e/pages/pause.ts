import type { Page } from '@playwright/test';
import { M, onScreen } from '../support.ts';

/** The pause menu over a conversation (Esc or the pause button): resume, restart, quit. */
export class PauseDialog {
  readonly dialog;
  readonly resumeButton;
  readonly restartButton;
  readonly quitButton;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: M.paused, exact: true });
    this.resumeButton = this.dialog.getByRole('button', { name: M.resume, exact: true });
    this.restartButton = this.dialog.getByRole('button', { name: M.restart, exact: true });
    this.quitButton = this.dialog.getByRole('button', { name: M.quit, exact: true });
  }

  async restart(): Promise<void> {
    await this.restartButton.click();
  }

  async quit(): Promise<void> {
    await this.quitButton.click();
    await onScreen(this.page, 'library');
  }
}
