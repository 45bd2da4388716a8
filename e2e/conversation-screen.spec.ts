/** The conversation screen as a trainee meets it: no reply picked by accident, the newest message in view, Back. */
import type { Page } from '@playwright/test';
import { winningLine } from './lines.ts';
import { expect, startScenario, test } from './pages/index.ts';
import { hook, M, PLAYED, replyText, scenario } from './support.ts';

test('Space pressed again and again, as to hurry the customer, never picks a reply', async ({ page }) => {
  const s = scenario(PLAYED.chat);
  await page.goto('/');
  await startScenario(page, s);
  // Through several lines and the replies appearing: every 150 ms for four seconds.
  for (let i = 0; i < 27; i++) {
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
  }
  const h = await hook(page);
  expect([h.screen, h.turns, h.phase]).toEqual(['conversation', 0, 'choosing']);
  // Enter on the replies' group, where focus lands, picks nothing either.
  await page.keyboard.press('Enter');
  expect((await hook(page)).turns).toBe(0);
});

test("at the counter the trainee's first reply takes down who arrived, and a stage direction with nothing to say draws nothing", async ({
  page,
  conversation,
}) => {
  const s = scenario('wrong-number-top-up');
  await page.goto('/');
  await startScenario(page, s);
  const arrival = conversation.main.getByText(M.walksUp(s.persona.name), { exact: true });
  await expect(arrival).toBeVisible();
  // The whole line at once, then a reply while the caption is still up.
  await page.keyboard.press('Space');
  await conversation.readyToReply();
  await expect(arrival).toBeVisible();
  await conversation.reply(replyText(s, winningLine(s)[0]!));
  // In the frame that shows the reply in the bubble: the arrival is gone, and there is nothing to write under
  // the bubble (at this height not even the posture, which the picture shows), so the strip keeps its room
  // but draws no bar or box of its own.
  const echo = await page.waitForFunction(
    () => {
      if ((document.querySelector('.speech') as HTMLElement).dataset.side !== 'you') return false;
      const strip = getComputedStyle(document.querySelector('.counter-words .reserved-room > .stage-direction')!);
      return {
        caption: document.querySelector('.sound-caption')!.textContent,
        strip: [strip.borderLeftColor, strip.backgroundColor],
      };
    },
    null,
    { polling: 'raf' },
  );
  expect(await echo.jsonValue()).toEqual({ caption: '', strip: ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'] });
});

/** Whether the customer's newest message is inside the chat log's visible part. */
async function newestInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.chat-scroll')!.getBoundingClientRect();
    const newest = document.querySelector('#customer-line')!.getBoundingClientRect();
    return newest.top >= scroller.top - 1 && newest.bottom <= scroller.bottom + 1;
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`the chat log shows the message to answer at every turn, and after Continue, at ${viewport.width}×${viewport.height}`, async ({
    page,
    conversation,
    home,
  }) => {
    await page.setViewportSize(viewport);
    const s = scenario(PLAYED.chat);
    const line = winningLine(s);
    await page.goto('/');
    await startScenario(page, s);
    for (const id of line.slice(0, -1)) {
      await conversation.readyToReply();
      await expect.poll(() => newestInView(page)).toBe(true);
      await conversation.play(s, [id]);
    }
    await conversation.readyToReply();
    await page.reload();
    await home.continueWith(s.data.title);
    await conversation.readyToReply();
    await expect.poll(() => newestInView(page)).toBe(true);
  });
}

test("the browser's Back pauses a conversation first, then goes back to the briefing; screens are history entries", async ({
  page,
  home,
  library,
  briefing,
  conversation,
  pause,
}) => {
  const s = scenario(PLAYED.chat);
  await page.goto('/');
  await startScenario(page, s);
  await conversation.play(s, winningLine(s).slice(0, 1));
  await page.goBack();
  await expect(pause.dialog).toBeVisible();
  expect((await hook(page)).screen).toBe('conversation');
  await page.goBack();
  await briefing.shown();
  await page.goBack();
  await library.shown();
  await page.goBack();
  await home.shown();
  // The conversation left open is still there to continue.
  await home.continueWith(s.data.title);
  await conversation.readyToReply();
  expect((await hook(page)).turns).toBe(1);
});
