/**
 * Issue 17, fault 3: the stage draws at every window size from 320×480 up —
 * short windows, a phone held sideways, a resize in the middle of a
 * conversation — and a drawing error never leaves it blank for good.
 */
import type { Page } from '@playwright/test';
import { expect, startScenario, test } from './pages/index.ts';
import { PLAYED, scenario, shot } from './support.ts';
import { DRAWING_FAILED } from '../src/game/draw-guard.ts';

test.use({ reducedMotion: 'reduce' });

/** Lets the game run a few frames (it draws at up to 30 a second). */
const frames = (page: Page, n = 8): Promise<void> =>
  page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count;
        const next = () => (--left <= 0 ? done() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    n,
  );

/** The conversation's picture is on the canvas: its scene drew, and drew again after the last layout. */
async function drewConversation(page: Page): Promise<void> {
  await frames(page);
  await expect.poll(() => page.evaluate(() => window.__cooldownDrawn)).toBe('conversation');
}

for (const channel of ['phone', 'chat', 'in-person'] as const) {
  for (const size of [
    { width: 800, height: 600 },
    { width: 844, height: 390 },
  ]) {
    test(`the ${channel} conversation draws at ${size.width}×${size.height}, and through a resize to 320×480 and back to 1280×720`, async ({
      page,
    }) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.text().startsWith(DRAWING_FAILED)) problems.push(m.text());
      });
      await page.setViewportSize(size);
      await page.goto('/');
      await startScenario(page, scenario(PLAYED[channel]));
      await drewConversation(page);
      if (size.height === 390) await shot(page, `stage-${channel}-${size.width}x${size.height}`);
      for (const next of [
        { width: 320, height: 480 },
        { width: 1280, height: 720 },
      ]) {
        await page.setViewportSize(next);
        await drewConversation(page);
      }
      expect(problems).toEqual([]);
    });
  }
}
