/**
 * When the browser lets the game down: storage that never opens or is full at
 * start-up, and a screen's code gone from the server (a new version deployed
 * under a tab opened before it). The game goes on, says what happened, and
 * loses nothing it can keep.
 */
import type { Page } from '@playwright/test';
import { losingLine } from './lines.ts';
import { debriefToHome, expect, startScenario, test } from './pages/index.ts';
import { hook, M, PLAYED, scenario } from './support.ts';

test.use({ reducedMotion: 'reduce' });

/**
 * Makes indexedDB.open hang: its request never fires an event, as when an
 * upgrade is blocked or the browser is stuck. `window.__releaseIndexedDb()`
 * lets the waiting requests through (and every later one, this page and after
 * a reload), as when the blocking tab closes.
 */
async function hangIndexedDb(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const realOpen = IDBFactory.prototype.open;
    const waiting: [Parameters<IDBFactory['open']>, Record<string, unknown>][] = [];
    const released = () => localStorage.getItem('test/idb-released') === 'yes';
    indexedDB.open = function (...args: Parameters<IDBFactory['open']>) {
      if (released()) return realOpen.apply(indexedDB, args);
      const request: Record<string, unknown> = {
        onsuccess: null,
        onerror: null,
        onupgradeneeded: null,
        onblocked: null,
      };
      waiting.push([args, request]);
      return request as unknown as IDBOpenDBRequest;
    };
    (window as unknown as { __releaseIndexedDb: () => void }).__releaseIndexedDb = () => {
      localStorage.setItem('test/idb-released', 'yes');
      for (const [args, request] of waiting.splice(0)) {
        const real = realOpen.apply(indexedDB, args);
        for (const type of ['upgradeneeded', 'success', 'error', 'blocked'])
          real.addEventListener(type, (e) => {
            try {
              request.result = real.result;
            } catch {
              // No result on an error.
            }
            request.error = real.error;
            (request[`on${type}`] as ((e: Event) => void) | null)?.(e);
          });
      }
    };
  });
}

test('when IndexedDB never opens the game plays from memory, then keeps what was played once it opens', async ({
  page,
  home,
  library,
  debrief,
  conversation,
}) => {
  await hangIndexedDb(page);
  await page.goto('/');
  // Not "Opening your progress…" for ever: home comes up, running from memory, and says so.
  await home.shown();
  await expect(home.notice).toContainText(M.storageFault({ kind: 'slow' }));
  const s = scenario(PLAYED.chat);
  await startScenario(page, s);
  await conversation.play(s, losingLine(s));
  await debrief.shown();

  await page.evaluate(() => (window as unknown as { __releaseIndexedDb: () => void }).__releaseIndexedDb());
  await expect(home.notice).toContainText(M.storageOpened);
  await expect(home.notice).not.toContainText(M.storageFault({ kind: 'slow' }));
  // The next screen runs from the real store, with the attempt played from memory in it.
  await debrief.backToLibrary();
  await expect(library.bestScores).toHaveCount(1);

  // Kept in IndexedDB: after a reload (which opens it at once) the attempt is still there.
  await page.reload();
  await home.shown();
  await expect(home.notice).not.toContainText(M.storageFault({ kind: 'slow' }));
  await home.openLibrary();
  await expect(library.bestScores).toHaveCount(1);
});

test('a full disk at start-up is named as such, and the game still plays', async ({ page, home }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await home.shown();
  await expect(home.notice).toContainText(M.storageFault({ kind: 'full' }));
  await expect(home.notice).not.toContainText(M.storageFault({ kind: 'unavailable' }));
  await home.openLibrary();
});

test.describe("a screen's code gone from the server", () => {
  // Requests go to the network, as in a first-visit tab, not to a service worker's cache.
  test.use({ serviceWorkers: 'block' });
  const DEBRIEF_CHUNK = /\/assets\/debrief-[\w-]+\.js(\?.*)?$/;

  test('is fetched again when it fails once', async ({ page, conversation, debrief }) => {
    let requests = 0;
    await page.route(DEBRIEF_CHUNK, (route) => (++requests === 1 ? route.abort('failed') : route.continue()));
    await page.goto('/');
    const s = scenario(PLAYED.chat);
    await startScenario(page, s);
    const turns = await conversation.play(s, losingLine(s));
    await debrief.shown();
    await expect(debrief.transcriptTurns).toHaveCount(turns);
    expect(requests).toBeGreaterThanOrEqual(2);
  });

  test("offers a reload when it keeps failing, which lands on that attempt's debrief", async ({
    page,
    home,
    library,
    conversation,
    debrief,
  }) => {
    await page.route(DEBRIEF_CHUNK, (route) => route.abort('failed'));
    await page.goto('/');
    const s = scenario(PLAYED.chat);
    await startScenario(page, s);
    const turns = await conversation.play(s, losingLine(s));
    await expect(home.notice).toContainText(M.screenLoadFailed);
    await expect(home.reloadButton).toBeFocused();
    expect((await hook(page)).screen).toBe('conversation');

    // The new version is there now: the reload opens the debrief of the attempt just played.
    await page.unroute(DEBRIEF_CHUNK);
    await home.reloadButton.click();
    await debrief.shown();
    await expect(debrief.transcriptTurns).toHaveCount(turns);
    expect((await hook(page)).outcome).toBe('lost');
    await expect(home.notice).not.toContainText(M.screenLoadFailed);
    // Recorded once: the library counts one attempt with a score.
    await debriefToHome(page);
    await home.openLibrary();
    await expect(library.bestScores).toHaveCount(1);
  });
});
