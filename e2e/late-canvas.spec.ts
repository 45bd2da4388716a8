/**
 * The page does not wait for the canvas (src/game/late-stage.ts): Phaser is
 * fetched and booted after the first screen is up. Until it is, every screen
 * works; when it arrives it draws the screen shown then, not the first one;
 * and if it never arrives the game plays on without pictures.
 */
import type { Route } from '@playwright/test';
import { expect, startFromBriefing, test } from './pages/index.ts';
import { losingLine } from './lines.ts';
import { onScreen, PLAYED, scenario } from './support.ts';

const STAGE_CHUNK = /\/assets\/stage-[\w-]+\.js(\?.*)?$/;
const drawn = (page: import('@playwright/test').Page) => page.evaluate(() => window.__cooldownDrawn ?? '');

test.use({ serviceWorkers: 'block' });

test('home and the library work before the canvas is up, and the canvas draws the screen shown when it arrives', async ({
  page,
  home,
  library,
}) => {
  const held: Route[] = [];
  await page.route(STAGE_CHUNK, (route) => void held.push(route));
  await page.goto('/');
  await onScreen(page, 'home');
  await expect.poll(() => held.length).toBeGreaterThan(0);
  expect(await page.locator('#stage canvas').count()).toBe(0);

  await home.openLibrary();
  await expect(library.cards.first()).toBeVisible();
  expect(await drawn(page)).toBe('');

  // The canvas arrives on the library: it draws the library's cards, not home.
  for (const route of held) await route.continue();
  await page.unroute(STAGE_CHUNK);
  await expect.poll(() => drawn(page)).toBe('library');
});

test('a canvas that never arrives leaves a game that plays to the debrief', async ({
  page,
  library,
  home,
  conversation,
  debrief,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route(STAGE_CHUNK, (route) => route.abort('failed'));
  await page.goto('/');
  await onScreen(page, 'home');
  await home.openLibrary();
  const s = scenario(PLAYED.chat);
  await library.open(s.data.title);
  await startFromBriefing(page, s);
  const turns = await conversation.play(s, losingLine(s));
  await debrief.shown();
  await expect(debrief.transcriptTurns).toHaveCount(turns);
  expect(await drawn(page)).toBe('');
  expect(problems).toEqual([]);
});

test('a canvas whose code fails to arrive once is fetched again, and draws', async ({ page }) => {
  let requests = 0;
  await page.route(STAGE_CHUNK, (route) => (++requests === 1 ? route.abort('failed') : route.continue()));
  await page.goto('/');
  await onScreen(page, 'home');
  await expect.poll(() => drawn(page)).toBe('home');
  expect(requests).toBeGreaterThanOrEqual(2);
});
