/** Page helpers for the end-to-end tests: content lookups, the typed state hook, and playing through the real UI. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { inOnboardingOrder } from '../src/app/scenario-facts.ts';
import { readContentDir } from '../src/cli/content-files.ts';
import { loadLibrary, type Scenario } from '../src/engine/index.ts';
import type { ScreenState } from '../src/ui/state-hook.ts';

export type Hook = ScreenState;

const library = loadLibrary(readContentDir('scenarios'));

/** One scenario per channel that the tests play, from early in the onboarding track. */
export const PLAYED = { phone: 'deposit-refund', chat: 'double-charge-chat', 'in-person': 'dead-headphones' } as const;

/** The onboarding track in its order. */
export const onboardingTrack = (): Scenario[] =>
  inOnboardingOrder(library.scenarios).filter((s) => s.data.tracks?.onboarding !== undefined);

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

/**
 * Waits until the replies are on offer, or the conversation is over (its
 * debrief is up). The screen before it does not count: the conversation may
 * still be loading.
 */
export async function readyToReply(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const h = await hook(page);
      return h.screen === 'debrief' || (h.screen === 'conversation' && h.phase === 'choosing');
    })
    .toBe(true);
}

/** From home: library, the scenario's briefing, start — answering the phone if it rings. */
export async function startScenario(page: Page, s: Scenario): Promise<void> {
  await onScreen(page, 'home');
  await page.getByRole('button', { name: 'Scenario library' }).click();
  await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
  await startFromBriefing(page, s);
}

/** From the scenario's briefing: start, answering the phone if it rings, until the replies are on offer. */
export async function startFromBriefing(page: Page, s: Scenario): Promise<void> {
  await onScreen(page, 'briefing');
  await page.getByRole('button', { name: 'Start conversation' }).click();
  await onScreen(page, 'conversation');
  if (s.data.channel === 'phone') await page.getByRole('button', { name: 'Answer the call' }).click();
  await readyToReply(page);
}

/** Picks the replies in order, waiting for each turn to register; stops when the conversation ends. */
export async function playLine(
  page: Page,
  s: Scenario,
  choiceIds: readonly string[],
  how: 'click' | 'tap' = 'click',
): Promise<number> {
  let turns = 0;
  for (const id of choiceIds) {
    await readyToReply(page);
    if ((await hook(page)).screen !== 'conversation') break;
    const button = page.getByRole('button', { name: replyText(s, id), exact: true });
    await (how === 'tap' ? button.tap() : button.click());
    turns++;
    await expect
      .poll(async () => {
        const h = await hook(page);
        return h.screen !== 'conversation' || (h.turns ?? 0) >= turns;
      })
      .toBe(true);
  }
  return turns;
}

/** Screens with a picture on the canvas; the others are page only. */
const SCENE_SCREENS = ['home', 'library', 'briefing', 'conversation', 'debrief'];

/** Saves a screenshot once the screen's picture, not only its page, is drawn. */
export async function shot(page: Page, name: string): Promise<void> {
  const screen = (await hook(page)).screen;
  if (SCENE_SCREENS.includes(screen))
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cooldownDrawn?: string }).__cooldownDrawn))
      .toBe(screen);
  await page.screenshot({ path: `e2e/artifacts/${name}.png` });
}

/** Serious and critical axe-core findings on the page as it is now, as readable lines. */
export async function axeProblems(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
