/**
 * Helpers for the end-to-end tests below the page objects: content lookups,
 * the state hook (`window.__cooldown`), patterns for catalogue messages with
 * parts that vary, screenshots and the accessibility scan. The screens
 * themselves, and the ways through them, are in `pages/`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { inOnboardingOrder } from '../src/app/scenario-facts.ts';
import { readContentDir } from '../src/cli/content-files.ts';
import { loadLibrary, type Scenario } from '../src/engine/index.ts';
import type { ScreenState } from '../src/ui/state-hook.ts';

export { MESSAGES as M } from '../src/messages/index.ts';

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

/** The node of a channel's scenarios whose replies take the most room on screen (the most characters). */
export function longestNode(channel: Scenario['data']['channel']): { scenario: Scenario; nodeId: string } {
  let most = { scenario: library.scenarios[0]!, nodeId: '', length: -1 };
  for (const s of library.scenarios.filter((x) => x.data.channel === channel))
    for (const [nodeId, node] of Object.entries(s.data.nodes)) {
      const length = node.choices.reduce((sum, c) => sum + c.text.length, 0);
      if (length > most.length) most = { scenario: s, nodeId, length };
    }
  return { scenario: most.scenario, nodeId: most.nodeId };
}

/** The trainee's words for a reply, which are also its button's accessible name. */
export function replyText(s: Scenario, choiceId: string): string {
  for (const node of Object.values(s.data.nodes)) for (const c of node.choices) if (c.id === choiceId) return c.text;
  throw new Error(`no choice ${choiceId} in ${s.data.id}`);
}

// --- Catalogue messages with parts that vary --------------------------------

/** Give a message this number where the figure varies: `varying` matches any number there. */
export const SOME_NUMBER = 917;
/** Give a message this text where the words vary (a date, say): `varying` matches any text there. */
export const SOME_TEXT = '\u2060some\u2060';

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The whole of a catalogue message, with SOME_NUMBER matching any number and SOME_TEXT any text. */
export function varying(message: string): RegExp {
  const pattern = escapeRegExp(message)
    .replaceAll(String(SOME_NUMBER), '\\d+')
    .replaceAll(escapeRegExp(SOME_TEXT), '.+');
  return new RegExp(`^${pattern}$`);
}

/** Text that begins with `text` (for an accessible name that goes on after a label, such as home's tiles). */
export const startingWith = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}`);

/** Clicks, or taps on a touch screen. */
/**
 * Writes raw records into the game's IndexedDB as a damaged or foreign copy
 * would be, bypassing the app: `{profile}` in a key stands for the profile
 * playing now.
 */
export async function putRawRecords(page: Page, records: [key: string, value: unknown][]): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cooldown');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          const store = tx.objectStore('records');
          const last = store.get('meta/last-profile');
          last.onsuccess = () => {
            const fill = (v: unknown): unknown =>
              JSON.parse(JSON.stringify(v).replaceAll('{profile}', String(last.result)));
            for (const [key, value] of records) store.put(fill(value), key.replace('{profile}', String(last.result)));
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

export type How = 'click' | 'tap';
export const press = (target: Locator, how: How = 'click'): Promise<void> =>
  how === 'tap' ? target.tap() : target.click();

// --- The state hook ---------------------------------------------------------

export async function hook(page: Page | Frame): Promise<ScreenState> {
  return page.evaluate(() => window.__cooldown ?? { screen: 'boot' });
}

export async function onScreen(page: Page | Frame, screen: string): Promise<void> {
  await expect.poll(async () => (await hook(page)).screen).toBe(screen);
}

/**
 * Waits until the replies are on offer, or the conversation is over (its
 * debrief is up). The screen before it does not count: the conversation may
 * still be loading.
 */
export async function readyToReply(page: Page | Frame): Promise<void> {
  await expect
    .poll(async () => {
      const h = await hook(page);
      return h.screen === 'debrief' || (h.screen === 'conversation' && h.phase === 'choosing');
    })
    .toBe(true);
}

// --- Screenshots and the accessibility scan ---------------------------------

/** Screens with a picture on the canvas; the others are page only. */
const SCENE_SCREENS = ['home', 'library', 'briefing', 'conversation', 'debrief'];

/** Saves a screenshot once the screen's picture, not only its page, is drawn. */
export async function shot(page: Page, name: string): Promise<void> {
  const screen = (await hook(page)).screen;
  if (SCENE_SCREENS.includes(screen)) await expect.poll(() => page.evaluate(() => window.__cooldownDrawn)).toBe(screen);
  await page.screenshot({ path: `e2e/artifacts/${name}.png` });
}

/** Serious and critical axe-core findings on the page as it is now, as readable lines. */
export async function axeProblems(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
