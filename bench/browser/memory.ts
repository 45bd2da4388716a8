/**
 * Memory over a workshop's worth of plays: the first onboarding scenario
 * played to its debrief and back to the library, 20 times in one page. The JS
 * heap is read after forced garbage collection once after the first play and
 * again after the last; the growth is what each play leaves behind. The DOM,
 * listener, canvas-object and sound counts say where any growth comes from.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { BUDGETS, within } from '../budgets.ts';
import { freshContext } from './launch.ts';
import type { Row } from '../figures.ts';
import { MESSAGES as M } from '../../src/messages/index.ts';
import { firstOnboarding, openAndStart, playToDebrief, until, winningReplies } from './play.ts';

const PLAYS = 20;

interface Reading {
  heap: number;
  nodes: number;
  listeners: number;
  gameObjects: number;
  sounds: number;
}

async function read(page: Page, cdp: CDPSession): Promise<Reading> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const canvas = await page.evaluate(() => {
    const howler = (window as unknown as { Howler?: { _howls: unknown[] } }).Howler;
    return {
      gameObjects: window.__cooldownBench!.game.scene.scenes.reduce((n, s) => n + (s.children?.list.length ?? 0), 0),
      sounds: howler?._howls.length ?? 0,
    };
  });
  return { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, ...canvas };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function memoryFigures(browser: Browser, appUrl: string): Promise<Row[]> {
  const s = firstOnboarding();
  const replies = winningReplies(s);
  const context = await freshContext(browser, { reducedMotion: 'reduce' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${appUrl}/?bench`);
  await until(page, (h) => h.screen === 'home');
  await page.getByRole('button', { name: M.library }).click();
  let after1: Reading | undefined;
  for (let play = 1; play <= PLAYS; play++) {
    await until(page, (h) => h.screen === 'library');
    await openAndStart(page, s);
    await playToDebrief(page, replies);
    await page.getByRole('button', { name: M.backToLibrary }).first().click();
    await until(page, (h) => h.screen === 'library');
    if (play === 1) after1 = await read(page, cdp);
  }
  const after20 = await read(page, cdp);
  await context.close();
  const growth = after20.heap - after1!.heap;
  const counts = (r: Reading) =>
    `${r.nodes} DOM nodes, ${r.listeners} listeners, ${r.gameObjects} canvas objects, ${r.sounds} sounds`;
  return [
    { name: `JS heap after 1 play of ${s.data.id} (after GC)`, value: `${mb(after1!.heap)}; ${counts(after1!)}` },
    { name: `JS heap after ${PLAYS} plays (after GC)`, value: `${mb(after20.heap)}; ${counts(after20)}` },
    {
      name: `heap growth over ${PLAYS - 1} more plays`,
      value: mb(growth),
      budget: `≤ ${BUDGETS.heapGrowthMb} MB`,
      pass: within(growth / 1024 / 1024, BUDGETS.heapGrowthMb),
    },
  ];
}
