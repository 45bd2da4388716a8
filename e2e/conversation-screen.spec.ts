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

const COUNTER = scenario('wrong-number-top-up');

test('at the counter, a stage direction with nothing to say (a reply being said) draws nothing', async ({
  page,
  conversation,
}) => {
  await page.goto('/');
  await startScenario(page, COUNTER);
  await page.keyboard.press('Space');
  await conversation.readyToReply();
  // Noted in the page as the bubble turns to the trainee's reply (a beat later the customer answers): there is
  // nothing to write under it then, at this height not even the posture, which the picture shows, so the strip
  // keeps its room but draws no bar or box of its own.
  await page.evaluate(() => {
    const speech = document.querySelector('.speech') as HTMLElement;
    new MutationObserver((_, observer) => {
      if (speech.dataset.side !== 'you') return;
      observer.disconnect();
      const strip = getComputedStyle(document.querySelector('.counter-words .reserved-room > .stage-direction')!);
      (window as unknown as { __strip: string[] }).__strip = [strip.borderLeftColor, strip.backgroundColor];
    }).observe(speech, { attributes: true, attributeFilter: ['data-side'] });
  });
  await conversation.reply(replyText(COUNTER, winningLine(COUNTER)[0]!));
  const strip = await page.waitForFunction(() => (window as unknown as { __strip?: string[] }).__strip);
  expect(await strip.jsonValue()).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
});

test.describe('without motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test("at the counter the trainee's first reply takes down the caption saying who arrived", async ({
    page,
    conversation,
  }) => {
    await page.goto('/');
    await startScenario(page, COUNTER);
    await conversation.readyToReply();
    // The caption as the reply is pressed and as the click has been handled, read in the page.
    await page.evaluate(() => {
      const caption = () => document.querySelector('.sound-caption')!.textContent;
      let before: string | null = null;
      document.addEventListener('click', () => (before = caption()), { capture: true, once: true });
      window.addEventListener(
        'click',
        () => ((window as unknown as { __caption: unknown }).__caption = [before, caption()]),
        { once: true },
      );
    });
    await conversation.reply(replyText(COUNTER, winningLine(COUNTER)[0]!));
    const caption = await page.waitForFunction(() => (window as unknown as { __caption?: unknown }).__caption);
    expect(await caption.jsonValue()).toEqual([M.walksUp(COUNTER.persona.name), '']);
  });
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
