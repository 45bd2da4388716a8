/**
 * Playing the real game from the bench: the content as the build has it, and
 * the quickest way through the UI by accessible role and name, waiting on the
 * game's state hook every animation frame (never on sleeps, which would blur
 * the timings).
 */
import type { Page } from '@playwright/test';
import { winningLine } from '../../e2e/lines.ts';
import { readContentDir } from '../../src/cli/content-files.ts';
import { loadLibrary, type Channel, type Scenario } from '../../src/engine/index.ts';
import { MESSAGES as M } from '../../src/messages/index.ts';
import type { ScreenState } from '../../src/ui/state-hook.ts';

const library = loadLibrary(readContentDir('scenarios'));
const inOrder = [...library.scenarios].sort(
  (a, b) => (a.data.tracks?.onboarding ?? Infinity) - (b.data.tracks?.onboarding ?? Infinity),
);

/** The first onboarding scenario, looked up now: the track's order may change. */
export const firstOnboarding = (): Scenario => inOrder[0]!;

/** The earliest scenario of a channel in onboarding order. */
export const firstOf = (channel: Channel): Scenario => inOrder.find((s) => s.data.channel === channel)!;

/** The words of each reply in the scenario's best line, which are also the buttons' names. */
export function winningReplies(s: Scenario): string[] {
  const texts = new Map(Object.values(s.data.nodes).flatMap((n) => n.choices.map((c) => [c.id, c.text] as const)));
  return winningLine(s).map((id) => texts.get(id)!);
}

/**
 * Resolves, with the page's clock, in the first animation frame where the state
 * hook satisfies `test`. `test` runs in the page, so it may use only `arg`.
 */
export async function until<A>(page: Page, test: (h: ScreenState, arg: A) => boolean, arg?: A): Promise<number> {
  // One function with the test written into it, compiled by Playwright once when the wait starts: the page's
  // Content-Security-Policy forbids evaluating a string later, in the frames where the test runs.
  const predicate = new Function(
    'given',
    `const h = window.__cooldown; return h && (${test.toString()})(h, given.arg) ? performance.now() : false;`,
  ) as (given: unknown) => number | false;
  const handle = await page.waitForFunction(predicate, { arg } as unknown, {
    polling: 'raf',
    timeout: 30_000,
  });
  return (await handle.jsonValue()) as number;
}

/**
 * From home to the first replies on offer, by the quickest path: home's own
 * start button when `s` is the one it offers next, else through the library.
 * Resolves with the page's clock then.
 */
export async function startScenario(page: Page, s: Scenario): Promise<number> {
  const next = page.getByRole('button', { name: M.startNext(s.data.title), exact: true });
  if (await next.count()) {
    await next.dispatchEvent('click');
    return startFromBriefing(page, s);
  }
  await press(page, 'Scenario library');
  return openAndStart(page, s);
}

/** From the library to the first replies on offer. */
export async function openAndStart(page: Page, s: Scenario): Promise<number> {
  await press(page, M.open(s.data.title));
  return startFromBriefing(page, s);
}

async function startFromBriefing(page: Page, s: Scenario): Promise<number> {
  await press(page, M.start);
  if (s.data.channel === 'phone') await press(page, s.data.direction === 'outgoing' ? M.connect : M.answer);
  return until(page, (h) => h.screen === 'conversation' && h.phase === 'choosing' && (h.choices ?? 0) > 0);
}

/**
 * Presses a button as soon as it is in the page. A pointer click would first
 * wait for the button to sit still over two animation frames, which on a
 * machine drawing ten frames a second adds a fifth of a second per click: a
 * figure of the test machine, not of the game.
 */
const press = (page: Page, name: string) => page.getByRole('button', { name }).dispatchEvent('click');

/**
 * Picks each reply once it is on offer (after `readingMs` of the page's time, a trainee reading it), until the
 * debrief shows.
 */
export async function playToDebrief(page: Page, replies: readonly string[], readingMs = 0): Promise<void> {
  for (const [turn, text] of replies.entries()) {
    await until(
      page,
      (h, n) => h.screen !== 'conversation' || (h.turns === n && (h.phase === 'choosing' || h.phase === 'over')),
      turn,
    );
    if (readingMs) await page.waitForTimeout(readingMs);
    await page.getByRole('button', { name: text, exact: true }).click();
  }
  await until(page, (h) => h.screen === 'debrief');
}
