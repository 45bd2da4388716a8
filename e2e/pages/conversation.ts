import { expect, type Locator } from '@playwright/test';
import type { Scenario } from '../../src/engine/index.ts';
import { hook, M, press, readyToReply, replyText, type How } from '../support.ts';
import { Screen } from './screen.ts';

/** The conversation: the call to answer, the customer's line, the replies on offer, the clock, pause. */
export class ConversationPage extends Screen {
  readonly name = 'conversation';
  /** Picks up the phone: the customer's ringing call, or connects the trainee's own (outgoing) call. */
  readonly answerButton = this.main
    .getByRole('button', { name: M.answer, exact: true })
    .or(this.main.getByRole('button', { name: M.connect, exact: true }));
  /** The line over the answer button: who is calling, or whom the trainee is calling. */
  readonly introLine = this.main.locator('.intro-line');
  /** The ring-back tone's caption, while an outgoing call rings at the customer's end. */
  readonly ringbackCaption = this.main.getByText(`[${M.ringback}]`, { exact: true });
  readonly pauseButton = this.main.getByRole('button', { name: M.pause, exact: true });
  readonly timer = this.main.getByRole('timer', { name: M.timerLabel, exact: true });
  readonly replyGroup = this.main.getByRole('group', { name: M.yourReply, exact: true });
  /** The replies on offer now, in order (their names are the trainee's words). */
  readonly replies = this.replyGroup.getByRole('button');
  /** The words of each reply on offer, without its number key. */
  readonly replyTexts = this.replies.locator('.choice-text');
  /** The customer's current line as it shows on the page (typed out with motion). */
  readonly customerLine = this.main.locator('#customer-line [aria-hidden="true"]');
  /** The anger meter's chip that pops in with each change. */
  readonly meterChange = this.main.locator('.meter-change');

  /** The reply with exactly these words. */
  replyButton(text: string): Locator {
    return this.replyGroup.getByRole('button', { name: text, exact: true });
  }

  /** The caption shown for a sound, e.g. the phone ringing. */
  caption(cue: keyof typeof M.cue): Locator {
    return this.main.getByText(`[${M.cue[cue]}]`, { exact: true });
  }

  /** Answers the ringing phone, or connects an outgoing call (whichever the scenario is). */
  async answerCall(how: How = 'click'): Promise<void> {
    await press(this.answerButton, how);
  }

  /** Picks the reply with these words (as soon as it is on offer; does not wait for the turn). */
  async reply(text: string, how: How = 'click'): Promise<void> {
    await press(this.replyButton(text), how);
  }

  /** Waits until the replies are on offer, or the conversation is over and its debrief up. */
  async readyToReply(): Promise<void> {
    await readyToReply(this.page);
  }

  /** Picks the replies in order, waiting for each turn to register; stops when the conversation ends. */
  async play(s: Scenario, choiceIds: readonly string[], how: How = 'click'): Promise<number> {
    let turns = 0;
    for (const id of choiceIds) {
      await readyToReply(this.page);
      if ((await hook(this.page)).screen !== 'conversation') break;
      await this.reply(replyText(s, id), how);
      turns++;
      await expect
        .poll(async () => {
          const h = await hook(this.page);
          return h.screen !== 'conversation' || (h.turns ?? 0) >= turns;
        })
        .toBe(true);
    }
    return turns;
  }
}
