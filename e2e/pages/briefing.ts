import { M, onScreen, press, type How } from '../support.ts';
import { Screen } from './screen.ts';

/** The briefing: the scenario's title as heading, what the trainee may do, the response timer, and the start button. */
export class BriefingPage extends Screen {
  readonly name = 'briefing';
  readonly startButton = this.main.getByRole('button', { name: M.start, exact: true });
  readonly backButton = this.main.getByRole('button', { name: M.backToLibrary, exact: true });
  readonly timerSelect = this.main.getByLabel(M.timerHint, { exact: true });
  /** What the trainee may do here, one item per power, under its heading. */
  readonly authority = this.main
    .getByRole('heading', { name: M.authority, exact: true })
    .locator('xpath=following-sibling::ul[1]')
    .getByRole('listitem');

  /** Starts the conversation (a phone call then rings until answered). */
  async start(how: How = 'click'): Promise<void> {
    await press(this.startButton, how);
    await onScreen(this.page, 'conversation');
  }
}
