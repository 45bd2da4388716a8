/** Progress that is kept: profiles, settings per profile, the progress screen, backups, damaged records, offline play. */
import { losingLine, winningLine } from './lines.ts';
import { debriefToHome, expect, screensOf, startScenario, test } from './pages/index.ts';
import { hook, M, onboardingTrack, PLAYED, scenario, shot, SOME_TEXT, varying, within } from './support.ts';

test.use({ reducedMotion: 'reduce' });

test('two profiles keep their own progress and settings', async ({
  page,
  home,
  library,
  conversation,
  debrief,
  settings,
  profiles,
}) => {
  const s = scenario(PLAYED.chat);
  await page.goto('/');
  await startScenario(page, s);
  await conversation.play(s, winningLine(s));
  await debrief.shown();
  await debrief.backToLibrary();
  await expect(library.bestScores).toHaveCount(1);
  await library.goHome();

  await home.openProfiles();
  await profiles.create('Dace');
  await expect(home.playingAs('Dace')).toBeVisible();
  await home.openLibrary();
  await expect(library.bestScores).toHaveCount(0);
  await library.openSettings();
  await settings.timerOption('off').check();
  await settings.textSize('larger').check();
  await settings.done();
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await expect.poll(fontSize).toBeCloseTo(17 * 1.4, 1);

  await page.reload();
  await expect(home.playingAs('Dace')).toBeVisible();
  await home.openProfiles();
  await profiles.playAs(M.freshProfileName);
  await expect.poll(fontSize).toBeCloseTo(17, 1);
  await home.openLibrary();
  await expect(library.bestScores).toHaveCount(1);
  await library.openSettings();
  await expect(settings.timerOption('normal')).toBeChecked();
});

test('the progress screen shows mastery, and a past debrief reopens', async ({
  page,
  home,
  conversation,
  debrief,
  progress,
}) => {
  const s = scenario(PLAYED.phone);
  const track = onboardingTrack().length;
  await page.goto('/');
  await startScenario(page, s);
  const turns = await conversation.play(s, winningLine(s));
  await debrief.shown();
  await debriefToHome(page);
  await expect(home.onboarding(1, track)).toBeVisible();
  await home.openProgress();
  await expect(progress.onboardingTrack(1, track)).toBeVisible();
  await expect(progress.row(s.data.title, 1)).toBeVisible();
  await shot(page, 'progress');
  await progress.openDebrief(s.data.title);
  await expect(debrief.transcriptTurns).toHaveCount(turns);
});

test('export a backup, then import it into a fresh browser', async ({
  page,
  browser,
  home,
  conversation,
  debrief,
  progress,
}) => {
  const s = scenario(PLAYED['in-person']);
  await page.goto('/');
  await startScenario(page, s);
  await conversation.play(s, winningLine(s));
  await debrief.shown();
  await debriefToHome(page);
  await home.openProgress();
  const file = await progress.exportBackup();

  const fresh = await browser.newContext({ reducedMotion: 'reduce' });
  const other = screensOf(await fresh.newPage());
  await other.home.page.goto('/');
  await other.home.shown();
  await other.home.openProgress();
  await other.progress.importFile.setInputFiles(file);
  await expect(other.progress.status).toHaveText(M.imported(1, 1, 0));
  await other.progress.importFile.setInputFiles(file);
  await expect(other.progress.status).toHaveText(M.imported(0, 0, 1));
  await other.progress.importFile.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"cooldown-backup","version":1,"exportedAt":"x","profiles":[{"profile":{"id":"p","name":""}}]}',
    ),
  });
  await expect(other.progress.status).toHaveText(
    varying(M.backupProblem({ kind: 'damaged', path: 'profiles.0.profile.name', issue: SOME_TEXT })),
  );
  await fresh.close();
});

test('a damaged record is set aside with a notice, and everything else works', async ({ page, home, progress }) => {
  await page.goto('/');
  await home.shown();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cooldown');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          const store = tx.objectStore('records');
          const last = store.get('meta/last-profile');
          last.onsuccess = () =>
            store.put(
              { kind: 'attempt', v: 1, data: { id: 'broken', finalAnger: 'lots' } },
              `attempt/${last.result}/broken`,
            );
          tx.objectStore('records').put({ kind: 'profile', v: 1, data: { id: 'x' } }, 'profile/x');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  // Both damaged records are named; the technical detail in brackets varies.
  for (const record of ['attempt', 'profile'])
    await expect(home.notice).toContainText(within(M.recordSetAside(M.recordKind[record]!, SOME_TEXT)));
  await home.shown();
  await home.openProgress();
});

test('after a first visit the game loads and plays offline', async ({ page, context, home, conversation, debrief }) => {
  await page.goto('/');
  await home.shown();
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active))
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await home.shown();
  const s = scenario(PLAYED.chat);
  await startScenario(page, s);
  await conversation.play(s, losingLine(s));
  await debrief.shown();
  expect((await hook(page)).outcome).toBe('lost');
});

test('two tabs on one profile both keep their attempts', async ({ context }) => {
  const [pageA, pageB] = [await context.newPage(), await context.newPage()];
  for (const page of [pageA, pageB]) await page.goto('/');
  const [a, b] = [screensOf(pageA), screensOf(pageB)];
  const chat = scenario(PLAYED.chat);
  const shop = scenario(PLAYED['in-person']);
  await startScenario(pageA, chat);
  await startScenario(pageB, shop);
  await a.conversation.play(chat, losingLine(chat));
  await b.conversation.play(shop, winningLine(shop));
  await a.debrief.shown();
  await b.debrief.shown();
  await debriefToHome(pageA);
  await a.home.openProgress();
  await expect(a.progress.row(chat.data.title, 1)).toBeVisible();
  await expect(a.progress.row(shop.data.title, 1)).toBeVisible();
});

test('with storage blocked the game still plays, and says progress will not be kept', async ({
  page,
  home,
  conversation,
  debrief,
}) => {
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(home.notice).toContainText(M.storageWarning);
  const s = scenario(PLAYED.phone);
  await startScenario(page, s);
  await conversation.play(s, losingLine(s));
  await debrief.shown();
});
