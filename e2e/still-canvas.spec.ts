/**
 * The canvas draws only what changes, and only where the page shows it
 * (docs/performance.md): without a GPU every drawn frame makes the browser
 * composite the window again. A conversation left alone draws nothing, its
 * picture stays on screen all the same, a reply draws it again, and the
 * canvas is clipped to the picture's slot.
 */
import type { Page } from '@playwright/test';
import { expect, startScenario, test } from './pages/index.ts';
import { replyText, scenario } from './support.ts';
import { winningLine } from './lines.ts';

test.use({ reducedMotion: 'reduce' });

const SCENARIO = scenario('dead-headphones');

/**
 * Counts the images drawn on the page's own canvas (not on the textures painted off screen), and notes the
 * kind of every drawing context the page opens, from the start.
 */
async function countDraws(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __draws: number; __contexts: string[] };
    w.__draws = 0;
    w.__contexts = [];
    const open = HTMLCanvasElement.prototype.getContext as (...args: unknown[]) => unknown;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      w.__contexts.push(String(args[0]));
      return open.apply(this, args);
    } as typeof HTMLCanvasElement.prototype.getContext;
    const proto = CanvasRenderingContext2D.prototype;
    const draw = proto.drawImage as (...args: unknown[]) => void;
    proto.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      if (this.canvas.isConnected) w.__draws++;
      return draw.apply(this, args);
    } as typeof proto.drawImage;
  });
}
const draws = (page: Page) => page.evaluate(() => (window as unknown as { __draws: number }).__draws);

/** Waits until a whole second passes without one image drawn, and says whether it did within ten. */
async function settles(page: Page): Promise<boolean> {
  for (let i = 0; i < 10; i++) {
    const before = await draws(page);
    await page.waitForTimeout(1000);
    if ((await draws(page)) === before) return true;
  }
  return false;
}

/** The slot's picture as the window shows it: a PNG of a plain box is a few hundred bytes. */
const slotPicture = (page: Page) => page.locator('.conversation .stage-slot').screenshot();

test('a conversation left alone draws nothing, keeps its picture, a reply draws it again, and no WebGL is opened', async ({
  page,
  conversation,
}) => {
  await countDraws(page);
  await page.goto('/');
  await startScenario(page, SCENARIO);
  await expect.poll(() => page.evaluate(() => window.__cooldownDrawn)).toBe('conversation');
  expect(await settles(page)).toBe(true);

  // Nothing was drawn for a second, and the customer is still there.
  const still = await slotPicture(page);
  expect(still.length).toBeGreaterThan(10_000);

  const before = await draws(page);
  await conversation.reply(replyText(SCENARIO, winningLine(SCENARIO)[0]!));
  await conversation.readyToReply();
  // The anger moved, so the face was painted and drawn again; then it settles once more.
  await expect.poll(() => draws(page)).toBeGreaterThan(before);
  expect(await settles(page)).toBe(true);
  expect((await slotPicture(page)).length).toBeGreaterThan(10_000);
  // Drawn with the 2D canvas throughout: no WebGL context was ever opened, not even to test for one.
  const contexts = await page.evaluate(() => (window as unknown as { __contexts: string[] }).__contexts);
  expect(contexts).toContain('2d');
  expect(contexts.filter((kind) => kind.includes('webgl'))).toEqual([]);
});

test('the canvas is clipped to the slot the conversation draws in', async ({ page }) => {
  await page.goto('/');
  await startScenario(page, SCENARIO);
  await expect.poll(() => page.evaluate(() => window.__cooldownDrawn)).toBe('conversation');
  const clipOf = () =>
    page.evaluate(() => {
      const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
      const slot = document.querySelector('.conversation .stage-slot')!.getBoundingClientRect();
      const box = canvas.getBoundingClientRect();
      const [top, right, bottom, left] = /inset\(([^)]*)\)/
        .exec(canvas.style.clipPath)![1]!
        .split(' ')
        .map((v) => parseFloat(v) / 100);
      return {
        clip: [left! * box.width, top! * box.height, (1 - right!) * box.width, (1 - bottom!) * box.height].map(
          Math.round,
        ),
        slot: [slot.left, slot.top, slot.right, slot.bottom].map(Math.round),
      };
    });
  await expect
    .poll(async () => {
      const { clip, slot } = await clipOf();
      return clip.every((v, i) => Math.abs(v - slot[i]!) <= 1);
    })
    .toBe(true);
  // A smaller window moves the slot; the clip follows it.
  await page.setViewportSize({ width: 1000, height: 640 });
  await expect
    .poll(async () => {
      const { clip, slot } = await clipOf();
      return clip.every((v, i) => Math.abs(v - slot[i]!) <= 1);
    })
    .toBe(true);
});
