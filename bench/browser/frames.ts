/**
 * Frame time: CPU per frame (Phaser's step: update and render, recorded by
 * the `?bench` hook) in the conversation scene of each channel, with motion
 * on, through a few seconds that include a reply, the customer's reaction and
 * the typing of their next line. Against the same figure for the bare Phaser
 * page's one scene.
 */
import type { Browser, Page } from '@playwright/test';
import { BUDGETS, within } from '../budgets.ts';
import { freshContext } from './launch.ts';
import { msText, type Row } from '../figures.ts';
import { percentile } from '../stats.ts';
import { firstOf, startScenario, until, winningReplies } from './play.ts';
import { CHANNELS } from '../../src/engine/index.ts';

const SAMPLE_MS = 3000;

const takeFrames = (page: Page) => page.evaluate(() => window.__cooldownBench!.frames.splice(0));

async function channelFrames(browser: Browser, appUrl: string, channel: (typeof CHANNELS)[number]): Promise<number[]> {
  const s = firstOf(channel);
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(`${appUrl}/?bench`);
  await until(page, (h) => h.screen === 'home');
  await startScenario(page, s);
  // The canvas starts after home (src/game/late-stage.ts): sample once it draws the conversation.
  await until(page, () => window.__cooldownDrawn === 'conversation');
  await takeFrames(page);
  const started = Date.now();
  await page.waitForTimeout(SAMPLE_MS / 3);
  await page.getByRole('button', { name: winningReplies(s)[0]!, exact: true }).click();
  await until(page, (h) => h.phase === 'choosing' && h.turns === 1);
  await page.waitForTimeout(Math.max(0, SAMPLE_MS - (Date.now() - started)));
  const frames = await takeFrames(page);
  await context.close();
  return frames;
}

async function baselineFrames(browser: Browser, pagesUrl: string): Promise<number[]> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(`${pagesUrl}/baseline/?bench`);
  await page.waitForFunction(() => (window as { __baselineShown?: number }).__baselineShown);
  await takeFrames(page);
  await page.waitForTimeout(SAMPLE_MS);
  const frames = await takeFrames(page);
  await context.close();
  return frames;
}

export async function frameFigures(browser: Browser, appUrl: string, pagesUrl: string, runs: number): Promise<Row[]> {
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) bare.push(...(await baselineFrames(browser, pagesUrl)));
  const bareP95 = percentile(bare, 95);
  const rows: Row[] = [
    {
      name: `bare Phaser scene, p50 / p95 (${bare.length} frames)`,
      value: `${msText(percentile(bare, 50), 2)} / ${msText(bareP95, 2)}`,
    },
  ];
  for (const channel of CHANNELS) {
    const frames: number[] = [];
    for (let i = 0; i < runs; i++) frames.push(...(await channelFrames(browser, appUrl, channel)));
    const p95 = percentile(frames, 95);
    rows.push({
      name: `conversation, ${channel} (${firstOf(channel).data.id}), p50 / p95 (${frames.length} frames)`,
      value: `${msText(percentile(frames, 50), 2)} / ${msText(p95, 2)}`,
      budget: `p95 ≤ ${BUDGETS.frameCpuP95Ms} ms`,
      pass: within(p95, BUDGETS.frameCpuP95Ms),
      ratio: p95 / bareP95,
      ratioOf: 'bare Phaser p95',
    });
  }
  return rows;
}
