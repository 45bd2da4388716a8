/**
 * Load and bytes. The game: from navigation to the home screen, and to the
 * first clickable reply of the first onboarding scenario by the quickest path
 * (home's start button, the briefing's, answering the call). The baseline:
 * stock Phaser showing one scene, to its first drawn frame; and, for
 * comparison, the same page drawing with the 2D canvas. Each run is a fresh
 * browser context (empty cache) with service workers blocked, so every byte
 * comes over the network; the bytes are what the browser's resource timing
 * says it transferred (gzip body and headers), split at the moment home
 * became interactive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { BUDGETS, within } from '../budgets.ts';
import { freshContext } from './launch.ts';
import { kbText, spreadText, type Row } from '../figures.ts';
import { spread } from '../stats.ts';
import { APP_BUILD } from './builds.ts';
import { firstOnboarding, startScenario, until } from './play.ts';

interface Script {
  name: string;
  /** Page clock when the request started. */
  start: number;
  /** Bytes over the wire (headers and gzip body), as the browser's resource timing reports them. */
  bytes: number;
}

/** Every script the page fetched so far, from the browser's own resource timing. */
const scripts = (page: Page): Promise<Script[]> =>
  page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => /\.js(\?|$)/.test(r.name))
      .map((r) => ({ name: r.name, start: r.startTime, bytes: r.transferSize })),
  );

const chunkName = (url: string) =>
  new URL(url).pathname
    .split('/')
    .pop()!
    .replace(/-[\w-]{8}\.js$/, '.js');
const total = (xs: Script[]) => xs.reduce((n, x) => n + x.bytes, 0);

async function gameRun(browser: Browser, url: string) {
  const context = await freshContext(browser, { reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${url}/`, { waitUntil: 'commit' });
  const home = await until(page, (h) => h.screen === 'home');
  const firstChoice = await startScenario(page, firstOnboarding());
  // The page does not wait for the canvas (src/game/late-stage.ts): when the customer is drawn as well.
  const firstPicture = await until(page, () => window.__cooldownDrawn === 'conversation');
  await page.waitForLoadState('networkidle');
  const all = await scripts(page);
  await context.close();
  const startup = all.filter((x) => x.start < home);
  return {
    home,
    firstChoice,
    firstPicture,
    startupJs: total(startup),
    startupNames: startup.map((x) => chunkName(x.name)),
    lazy: all.filter((x) => x.start >= home),
  };
}

async function baselineRun(browser: Browser, pagesUrl: string, query = '') {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(`${pagesUrl}/baseline/${query}`, { waitUntil: 'commit' });
  const shown = (await (
    await page.waitForFunction(() => (window as { __baselineShown?: number }).__baselineShown, null, { polling: 'raf' })
  ).jsonValue()) as number;
  await page.waitForLoadState('networkidle');
  const js = total(await scripts(page));
  await context.close();
  return { shown, js };
}

/** Gzip size of every chunk in the build, for those the measured path does not load. */
function builtChunks(): Map<string, number> {
  const dir = join(APP_BUILD, 'assets');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f.replace(/-[\w-]{8}\.js$/, '.js'), gzipSync(readFileSync(join(dir, f)), { level: 9 }).length]),
  );
}

export async function loadFigures(browser: Browser, appUrl: string, pagesUrl: string, runs: number): Promise<Row[]> {
  // One of each first, unmeasured: the server's compression cache and the disk.
  await gameRun(browser, appUrl);
  await baselineRun(browser, pagesUrl);
  const game: Awaited<ReturnType<typeof gameRun>>[] = [];
  const base: Awaited<ReturnType<typeof baselineRun>>[] = [];
  const base2d: Awaited<ReturnType<typeof baselineRun>>[] = [];
  for (let i = 0; i < runs; i++) {
    game.push(await gameRun(browser, appUrl));
    base.push(await baselineRun(browser, pagesUrl));
    base2d.push(await baselineRun(browser, pagesUrl, '?canvas'));
  }
  const first = spread(game.map((g) => g.firstChoice));
  const home = spread(game.map((g) => g.home));
  const bare = spread(base.map((b) => b.shown));
  const bare2d = spread(base2d.map((b) => b.shown));
  const ratio = first.median / bare.median;
  const startup = spread(game.map((g) => g.startupJs)).median;
  const s = firstOnboarding();
  const rows: Row[] = [
    { name: 'bare Phaser page: first scene drawn', value: spreadText(bare, 0) },
    {
      name: 'the same page drawing with the 2D canvas, as the game does (for comparison)',
      value: spreadText(bare2d, 0),
      ratio: bare2d.median / bare.median,
      ratioOf: 'bare Phaser',
    },
    {
      name: 'home screen interactive',
      value: spreadText(home, 0),
      ratio: home.median / bare.median,
      ratioOf: 'bare Phaser',
    },
    {
      name: `first clickable reply in "${s.data.title}" (${s.data.id})`,
      value: spreadText(first, 0),
      budget: `≤ ${BUDGETS.firstChoiceRatio}× bare Phaser`,
      pass: within(ratio, BUDGETS.firstChoiceRatio),
      ratio,
      ratioOf: `bare Phaser (${(first.median / bare2d.median).toFixed(2)}× its 2D canvas page)`,
    },
    {
      name: 'the same, with the customer drawn on the canvas',
      value: spreadText(spread(game.map((g) => g.firstPicture)), 0),
      ratio: spread(game.map((g) => g.firstPicture)).median / bare.median,
      ratioOf: 'bare Phaser',
    },
    {
      name: 'JS before the home screen (gzip, transferred)',
      value: kbText(startup),
      budget: `≤ ${BUDGETS.startupJsKb} KB`,
      pass: within(startup / 1024, BUDGETS.startupJsKb),
      ratio: startup / spread(base.map((b) => b.js)).median,
      ratioOf: 'bare Phaser page',
    },
    { name: 'bare Phaser page JS (gzip, transferred)', value: kbText(spread(base.map((b) => b.js)).median) },
  ];
  // Chunks fetched on the way to the first reply, as transferred; the rest of the build, by gzip size.
  const onPath = new Map(game[0]!.lazy.map((x) => [chunkName(x.name), x.bytes]));
  for (const [name, bytes] of onPath)
    rows.push({
      name: `lazy chunk ${name}: fetched after home (prefetch and the way to the first reply)`,
      value: kbText(bytes),
    });
  for (const [name, bytes] of builtChunks()) {
    if (!onPath.has(name) && !game[0]!.startupNames.includes(name))
      rows.push({ name: `lazy chunk ${name}: later screens (gzip)`, value: kbText(bytes) });
  }
  return rows;
}
