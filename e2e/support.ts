/** Page helpers for the end-to-end tests: content lookups and a typed view of the test hook. */
import { expect, type Page } from '@playwright/test';
import { readContentDir } from '../src/cli/content-files.ts';
import { loadLibrary, type Scenario } from '../src/engine/index.ts';
import type { ScreenState } from '../src/ui/state-hook.ts';

export type Hook = ScreenState;

const library = loadLibrary(readContentDir('scenarios'));

export function scenario(id: string): Scenario {
  const s = library.scenarios.find((x) => x.data.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

/** The trainee's words for a reply, which is also its button's accessible name. */
export function replyText(s: Scenario, choiceId: string): string {
  for (const node of Object.values(s.data.nodes)) for (const c of node.choices) if (c.id === choiceId) return c.text;
  throw new Error(`no choice ${choiceId} in ${s.data.id}`);
}

export async function hook(page: Page): Promise<Hook> {
  return page.evaluate(() => (window as unknown as { __cooldown?: Hook }).__cooldown ?? { screen: 'boot' });
}

export async function onScreen(page: Page, screen: string): Promise<void> {
  await expect.poll(async () => (await hook(page)).screen).toBe(screen);
}

/** Opens a scenario's briefing from the library and starts the conversation. */
export async function startScenario(page: Page, s: Scenario): Promise<void> {
  await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
  await page.getByRole('button', { name: 'Start conversation' }).click();
  await onScreen(page, 'conversation');
}

/** Clicks the replies in order, waiting for each turn to register; stops when the conversation ends. */
export async function playLine(page: Page, s: Scenario, choiceIds: readonly string[]): Promise<number> {
  let turns = 0;
  for (const id of choiceIds) {
    if ((await hook(page)).screen !== 'conversation') break;
    await page.getByRole('button', { name: replyText(s, id), exact: true }).click();
    turns++;
    await expect.poll(async () => { const h = await hook(page); return h.screen !== 'conversation' || (h.turns ?? 0) >= turns; }).toBe(true);
  }
  return turns;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/${name}.png` });
}
