/**
 * The conversation screen's layout with the most words the library puts on it:
 * at the longest node of each channel, every reply and the customer's newest
 * words are inside the window while the response clock runs, with no scrolling.
 */
import type { Locator, Page } from '@playwright/test';
import { moodOf, type Channel } from '../src/engine/index.ts';
import { lineTo, winningLine } from './lines.ts';
import { expect, screensOf, startScenario, test } from './pages/index.ts';
import { longestNode, M, PLAYED, scenario, shot } from './support.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
];
const CHANNELS: Channel[] = ['phone', 'chat', 'in-person'];

/** Whether the element's whole box is in view: inside the window and every box that clips it (a pixel of rounding allowed). */
function inView(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inside = (r: { top: number; left: number; bottom: number; right: number }) =>
      box.top >= r.top - 1 && box.left >= r.left - 1 && box.bottom <= r.bottom + 1 && box.right <= r.right + 1;
    if (box.height === 0 || !inside({ top: 0, left: 0, bottom: innerHeight, right: innerWidth })) return false;
    // Every box around it that clips, and the reply's own button, which its words must not spill out of.
    for (let a = el.parentElement; a; a = a.parentElement)
      if (
        (getComputedStyle(a).overflowY !== 'visible' || a.localName === 'button') &&
        !inside(a.getBoundingClientRect())
      )
        return false;
    return true;
  });
}

/** The customer's words now on screen: the chat's newest message, or the caption or speech line. */
const newestWords = (page: Page) => page.locator('#customer-line');

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} every reply of the longest node, the newest words and a large customer are in view, in every channel`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({
      viewport: size,
      reducedMotion: 'reduce',
      ...(size.width < 500 ? { hasTouch: true, isMobile: true } : {}),
    });
    const page = await context.newPage();
    const { conversation } = screensOf(page);
    for (const channel of CHANNELS) {
      const { scenario: s, nodeId } = longestNode(channel);
      await page.goto('/');
      await startScenario(page, s);
      await conversation.play(s, lineTo(s, nodeId));
      await conversation.readyToReply();
      const replies = await conversation.replies.all();
      expect(replies.length).toBeGreaterThan(1);
      // The words, not only the button: a squeezed button cuts its text off.
      for (const [i, reply] of replies.entries())
        await expect.poll(() => inView(reply.locator('.choice-text')), `reply ${i + 1} of ${s.data.id}`).toBe(true);
      await expect.poll(() => inView(newestWords(page)), `the newest words of ${s.data.id}`).toBe(true);
      // The customer is the centre of the screen: on a desktop, drawn at least a third of its height.
      if (size.width >= 1280)
        await expect
          .poll(() => page.evaluate(() => window.__cooldownFigure ?? 0), `${channel} customer's height`)
          .toBeGreaterThanOrEqual(size.height / 3);
      await shot(page, `layout-${channel}-${size.width}x${size.height}`);
    }
    await context.close();
  });
}

test("reply text grows with a big window, and again with the trainee's text size", async ({ page, home, settings }) => {
  const s = longestNode('phone').scenario;
  const replySize = async (size: { width: number; height: number }) => {
    await page.setViewportSize(size);
    return page
      .locator('.choice-text')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  };
  await page.goto('/');
  await startScenario(page, s);
  const laptop = await replySize({ width: 1280, height: 720 });
  const room = await replySize({ width: 1920, height: 1080 });
  expect(room).toBeGreaterThanOrEqual(19);
  expect(room).toBeGreaterThan(laptop);

  await page.goto('/');
  await home.openSettings();
  await settings.textSize('larger').check();
  await settings.goHome();
  await startScenario(page, s);
  expect(await replySize({ width: 1920, height: 1080 })).toBeGreaterThan(room);
});

test('the picture keeps one size through a whole conversation, and the counter says how the customer stands from the first line', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { conversation } = screensOf(page);
  // Every size the picture takes, even for a moment (the echo of a reply at the counter, say).
  const watchSizes = () =>
    page.locator('.stage-slot').evaluate((el) => {
      const seen = new Set<string>();
      (window as { __pictureSizes?: Set<string> }).__pictureSizes = seen;
      new ResizeObserver(([entry]) => {
        const box = entry!.target.getBoundingClientRect();
        seen.add(`${Math.round(box.width)}×${Math.round(box.height)}`);
      }).observe(el);
    });
  const sizesSeen = () => page.evaluate(() => [...(window as { __pictureSizes?: Set<string> }).__pictureSizes!]);
  // At the counter, the customer whose lines are the shortest beside the trainee's replies.
  const played = { ...PLAYED, 'in-person': 'wrong-number-top-up' };
  for (const channel of CHANNELS) {
    const s = scenario(played[channel]);
    await page.goto('/');
    await startScenario(page, s);
    await conversation.readyToReply();
    if (channel === 'in-person')
      await expect(page.locator('.stage-direction').first()).toContainText(
        M.body[moodOf(s.data.anger ?? s.persona.anger.start)],
      );
    await watchSizes();
    for (const choice of winningLine(s).slice(0, -1)) {
      await conversation.play(s, [choice]);
      await conversation.readyToReply();
    }
    expect(await sizesSeen(), s.data.id).toHaveLength(1);
  }
});
