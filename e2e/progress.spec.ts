/** Progress that is kept: profiles, settings per profile, the progress screen, backups, damaged records, offline play. */
import { readFile } from 'node:fs/promises';
import { losingLine, winningLine } from './lines.ts';
import { debriefToHome, expect, screensOf, startScenario, test } from './pages/index.ts';
import { hook, M, onboardingTrack, PLAYED, scenario, shot, SOME_TEXT, varying, putRawRecords } from './support.ts';

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
  await settings.done('library'); // back where Settings was opened from
  await library.goHome();
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
  // A step of the onboarding track, so finishing it moves the track's count.
  const s = onboardingTrack()[0]!;
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
      '{"format":"cooldown-backup","version":1,"exportedAt":"2026-01-01T00:00:00Z","profiles":[{"profile":{"id":"p","name":""}}]}',
    ),
  });
  await expect(other.progress.status).toHaveText(
    varying(M.backupProblem({ kind: 'damaged', path: 'profiles.0.profile.name', issue: SOME_TEXT })),
  );
  await fresh.close();
});

test('a large backup shows its progress, and an attempt of a scenario this version lacks still opens', async ({
  page,
  home,
  conversation,
  debrief,
  progress,
}) => {
  const s = scenario(PLAYED.chat);
  await page.goto('/');
  await startScenario(page, s);
  await conversation.play(s, winningLine(s));
  await debrief.shown();
  const turns = await debrief.transcriptTurns.count();
  await debriefToHome(page);
  await home.openProgress();
  const exported = JSON.parse(await readFile(await progress.exportBackup(), 'utf8'));
  const [mine] = exported.profiles;
  const played = mine.attempts[0];
  const others = 300;
  const backup = {
    ...exported,
    profiles: [
      // This trainee's own attempt of a scenario this version does not have.
      {
        ...mine,
        attempts: [{ ...played, id: 'retired1', scenarioId: 'retired-call', scenarioTitle: 'A retired call' }],
      },
      ...Array.from({ length: others }, (_, i) => ({
        profile: { ...mine.profile, id: `imported${i}`, name: `Trainee ${i}` },
        attempts: [{ ...played, id: `copy${i}`, profileId: `imported${i}` }],
      })),
    ],
  };
  // Every text the progress bar's label shows, and whether it is a labelled progress bar while it does.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __importSeen: string[] }).__importSeen = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          const label = n.parentElement;
          if (label instanceof HTMLLabelElement && label.htmlFor === 'import-progress') seen.push(n.textContent ?? '');
        }
    }).observe(document.body, { subtree: true, childList: true });
  });
  await progress.importFile.setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(progress.status).toHaveText(M.imported(others, others + 1, 0));
  const seen = await page.evaluate(() => (window as unknown as { __importSeen: string[] }).__importSeen);
  const total = others + 1;
  const writingPrefix = `${M.importing('writing', 0, total).split(':')[0]}:`;
  const writing = seen.filter((t) => t.startsWith(writingPrefix));
  // Profile by profile: several counts on the way, ending with all of them.
  expect(new Set(writing).size).toBeGreaterThan(2);
  expect(writing.at(-1)).toBe(M.importing('writing', total, total));
  await expect(page.getByRole('progressbar')).toBeHidden();

  await page.reload();
  await home.shown();
  await home.openProgress();
  await expect(progress.main.getByText(`(${M.scenarioNotHere})`)).toHaveCount(1);
  await progress.openDebrief('A retired call');
  await expect(debrief.main.getByText(M.scenarioNotHereDebrief('A retired call'))).toBeVisible();
  await expect(debrief.transcriptTurns).toHaveCount(turns);
});

test('a damaged record is set aside with a notice, and everything else works', async ({ page, home, progress }) => {
  await page.goto('/');
  await home.shown();
  await putRawRecords(page, [
    [`attempt/{profile}/broken`, { kind: 'attempt', v: 1, data: { id: 'broken', finalAnger: 'lots' } }],
    ['profile/x', { kind: 'profile', v: 1, data: { id: 'x' } }],
  ]);

  await page.reload();
  // The damaged attempt is named (home reads attempts, not other profiles), in words for the trainee: no key, no field.
  await expect(home.notice).toContainText(
    M.storageNotice({ key: '', record: 'attempt', kind: 'moved-aside', problem: { reason: 'not-a-record' } }),
  );
  await expect(home.notice).not.toContainText('attempt/');
  await home.shown();
  await home.openProgress();
});

test('a damaged profile record of the trainee playing keeps their attempts: still theirs, listed, exported, and named again', async ({
  page,
  home,
  conversation,
  debrief,
  progress,
  profiles,
}) => {
  const s = scenario(PLAYED.chat);
  await page.goto('/');
  await startScenario(page, s);
  await conversation.play(s, winningLine(s));
  await debrief.shown();
  await debriefToHome(page);
  // The record of the trainee playing is damaged: its name is no longer a name.
  await putRawRecords(page, [['profile/{profile}', { kind: 'profile', v: 1, data: { id: '{profile}', name: 42 } }]]);

  const unreadable = { id: '', unreadable: 'damaged', attempts: 1 } as const;
  // Twice: as the record is set aside, and on the visit after, when only the trainee's data is left to find them by.
  for (const visit of [1, 2]) {
    await page.reload();
    await expect(home.playingAs(M.profileName(unreadable))).toBeVisible();
    if (visit === 1)
      await expect(home.notice).toContainText(
        M.storageNotice({ key: '', record: 'profile', kind: 'moved-aside', problem: { reason: 'not-a-record' } }),
      );
    await home.openProgress();
    await expect(progress.row(s.data.title, 1)).toBeVisible();
    const exported = JSON.parse(await readFile(await progress.exportBackup(), 'utf8'));
    expect(exported.profiles).toHaveLength(1);
    expect(exported.profiles[0].profile.name).toBe(M.unnamedProfile);
    expect(exported.profiles[0].attempts).toHaveLength(1);
    expect(exported.profiles[0].attempts[0]).toMatchObject({ scenarioId: s.data.id });
    await progress.goHome();
  }
  await home.openProfiles();
  await expect(profiles.main.getByText(M.unreadableProfileNote(unreadable), { exact: true })).toBeVisible();
  await profiles.giveName(M.profileName(unreadable), 'Ilze');
  await profiles.goHome();
  await expect(home.playingAs('Ilze')).toBeVisible();
  await home.openProgress();
  await expect(progress.row(s.data.title, 1)).toBeVisible();
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
  await expect(home.notice).toContainText(M.storageFault({ kind: 'unavailable' }));
  const s = scenario(PLAYED.phone);
  await startScenario(page, s);
  await conversation.play(s, losingLine(s));
  await debrief.shown();
});

test('a full disk as the conversation ends still opens the debrief, says so, and offers the attempt as a file', async ({
  page,
  conversation,
  debrief,
}) => {
  const s = scenario(PLAYED.chat);
  const line = winningLine(s);
  await page.goto('/');
  await startScenario(page, s);
  await conversation.play(s, line.slice(0, -1));
  // From here the disk is full for attempts: IndexedDB refuses to store one.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
      if (String(key).startsWith('attempt/'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
  await conversation.play(s, line.slice(-1));
  await debrief.shown();
  await expect(page.getByRole('alert')).toContainText(M.notKept['storage-full']);
  await shot(page, 'debrief-not-kept');
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: M.saveAttemptFile }).click();
  const file = JSON.parse(
    await (await (await saving).createReadStream()).toArray().then((b) => Buffer.concat(b).toString()),
  );
  expect(file.profiles[0].attempts[0]).toMatchObject({
    scenarioId: s.data.id,
    debrief: { outcome: { kind: 'resolved' } },
  });
});
