/**
 * `npm run bench`: builds the game and the bench pages into bench/.build/,
 * serves them on a free local port, measures in headless Chromium (load,
 * bytes, input latency, frame time, memory, storage) and in Node (engine,
 * analysis), prints one table with each figure's budget and whether it is
 * met, and writes bench/results.json. It never fails on a missed budget: the
 * figures are for reading, not for gating. `--graph` adds the slow
 * xstate/graph comparisons; `--only=latency,storage` measures just the browser
 * sections whose titles start with those words (and skips Node's);
 * BENCH_LOADS and BENCH_BROWSER_RUNS set the number of runs.
 */
import { writeFileSync } from 'node:fs';
import { analysisFigures, graphComparisonFigures } from './analysis.ts';
import { buildAll, APP_BUILD, PAGES_BUILD } from './browser/builds.ts';
import { frameFigures } from './browser/frames.ts';
import { latencyFigures } from './browser/latency.ts';
import { launchBrowser } from './browser/launch.ts';
import { loadFigures } from './browser/load.ts';
import { memoryFigures } from './browser/memory.ts';
import { serveFolder } from './browser/static-server.ts';
import { storageFigures } from './browser/storage.ts';
import { engineFigures } from './engine.ts';
import type { Row } from './figures.ts';
import { misses, printTable } from './table.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const BROWSER_RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 3);
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

async function browserFigures(): Promise<Record<string, Row[]>> {
  console.log('building the game and the bench pages into bench/.build/ …');
  await buildAll();
  const [app, pages] = await Promise.all([serveFolder(APP_BUILD), serveFolder(PAGES_BUILD)]);
  const browser = await launchBrowser();
  try {
    const sections: Record<string, Row[]> = {};
    const step = async (title: string, f: () => Promise<Row[]>) => {
      if (ONLY && !ONLY.some((w) => title.startsWith(w))) return;
      console.log(`measuring ${title} …`);
      sections[title] = await f();
    };
    await step('load and bytes', () => loadFigures(browser, app.url, pages.url, LOADS));
    // Three measured replies a play: three plays a run make the p95 a figure of 27 replies, not the slowest of 9.
    await step('input latency', () => latencyFigures(browser, app.url, BROWSER_RUNS * 3));
    await step('frame time (CPU per frame)', () => frameFigures(browser, app.url, pages.url, 4));
    await step('memory', () => memoryFigures(browser, app.url));
    await step('storage', () => storageFigures(browser, pages.url, BROWSER_RUNS + 2));
    return sections;
  } finally {
    await browser.close();
    await Promise.all([app.close(), pages.close()]);
  }
}

const started = Date.now();
const sections: Record<string, Row[]> = await browserFigures();
if (!ONLY) {
  console.log('measuring engine and analysis …');
  sections.engine = engineFigures();
  sections.analysis = [...analysisFigures(), ...(process.argv.includes('--graph') ? graphComparisonFigures() : [])];
}
printTable(sections);
const missed = misses(sections);
console.log(
  `\n${missed.length === 0 ? 'every budget met' : `${missed.length} budget(s) missed: ${missed.map((r) => r.name).join('; ')}`} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, sections }, null, 2),
);
console.log('written to bench/results.json');
