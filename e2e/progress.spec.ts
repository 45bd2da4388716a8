/** Progress that is kept: profiles, settings per profile, the progress screen, backups, damaged records, offline play. */
import { expect, test } from '@playwright/test';
import { losingLine, winningLine } from './lines.ts';
import { hook, onScreen, PLAYED, playLine, scenario, shot, startScenario } from './support.ts';

test.use({ reducedMotion: 'reduce' });

test('two profiles keep their own progress and settings', async ({ page }) => {
  const s = scenario(PLAYED.chat);
  await page.goto('/');
  await startScenario(page, s);
  await playLine(page, s, winningLine(s));
  await onScreen(page, 'debrief');
  await page.getByRole('button', { name: 'Back to library' }).first().click();
  await expect(page.getByText(/^Best score \d+$/)).toHaveCount(1);
  await page.getByRole('button', { name: 'Home' }).click();

  await page.getByRole('button', { name: 'Change profile' }).click();
  await page.getByLabel('New profile name').fill('Dace');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await onScreen(page, 'home');
  await expect(page.getByText('Playing as Dace')).toBeVisible();
  await page.getByRole('button', { name: 'Scenario library' }).click();
  await expect(page.getByText(/^Best score \d+$/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: /^Off/ }).check();
  await page.getByRole('radio', { name: 'Larger' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await expect.poll(fontSize).toBeCloseTo(17 * 1.4, 1);

  await page.reload();
  await expect(page.getByText('Playing as Dace')).toBeVisible();
  await page.getByRole('button', { name: 'Change profile' }).click();
  await page.getByRole('button', { name: 'Play as Trainee' }).click();
  await onScreen(page, 'home');
  await expect.poll(fontSize).toBeCloseTo(17, 1);
  await page.getByRole('button', { name: 'Scenario library' }).click();
  await expect(page.getByText(/^Best score \d+$/)).toHaveCount(1);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(
    page.getByRole('group', { name: 'Response timer' }).getByRole('radio', { name: 'Normal' }),
  ).toBeChecked();
});

test('the progress screen shows mastery, and a past debrief reopens', async ({ page }) => {
  const s = scenario(PLAYED.phone);
  await page.goto('/');
  await startScenario(page, s);
  const turns = await playLine(page, s, winningLine(s));
  await onScreen(page, 'debrief');
  await page.getByRole('button', { name: 'Back to library' }).first().click();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByText(/^Onboarding: 1 of \d+ resolved$/)).toBeVisible();
  await page.getByRole('button', { name: 'Progress' }).click();
  await onScreen(page, 'progress');
  await expect(page.getByText(/^Onboarding track: 1 of \d+ scenarios resolved$/)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`^${s.data.title} 1 \\d+`) })).toBeVisible();
  await shot(page, 'progress');
  await page.getByRole('button', { name: new RegExp(`^Open debrief: ${s.data.title}`) }).click();
  await onScreen(page, 'debrief');
  await expect(page.locator('.transcript > li')).toHaveCount(turns);
});

test('export a backup, then import it into a fresh browser', async ({ page, browser }) => {
  const s = scenario(PLAYED['in-person']);
  await page.goto('/');
  await startScenario(page, s);
  await playLine(page, s, winningLine(s));
  await onScreen(page, 'debrief');
  await page.getByRole('button', { name: 'Back to library' }).first().click();
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Progress' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a backup of all profiles' }).click();
  const file = await (await download).path();

  const fresh = await browser.newContext({ reducedMotion: 'reduce' });
  const other = await fresh.newPage();
  await other.goto('/');
  await onScreen(other, 'home');
  await other.getByRole('button', { name: 'Progress' }).click();
  await other.getByLabel('Import a backup file').setInputFiles(file);
  await expect(
    other.getByRole('status').filter({ hasText: 'Imported 1 new profile(s) and 1 attempt(s); 0 already here.' }),
  ).toBeVisible();
  await other.getByLabel('Import a backup file').setInputFiles(file);
  await expect(
    other.getByRole('status').filter({ hasText: 'Imported 0 new profile(s) and 0 attempt(s); 1 already here.' }),
  ).toBeVisible();
  await other
    .getByLabel('Import a backup file')
    .setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"cooldown-backup","version":1,"exportedAt":"x","profiles":[{"profile":{"id":"p","name":""}}]}',
      ),
    });
  await expect(other.getByRole('status').filter({ hasText: /^The backup is damaged at profiles\.0\./ })).toBeVisible();
  await fresh.close();
});

test('a damaged record is set aside with a notice, and everything else works', async ({ page }) => {
  await page.goto('/');
  await onScreen(page, 'home');
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
  await expect(page.locator('#notice')).toContainText('could not be read');
  await expect(page.locator('#notice')).toContainText('set aside, not deleted');
  await onScreen(page, 'home');
  await page.getByRole('button', { name: 'Progress' }).click();
  await onScreen(page, 'progress');
});

test('after a first visit the game loads and plays offline', async ({ page, context }) => {
  await page.goto('/');
  await onScreen(page, 'home');
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active))
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await onScreen(page, 'home');
  const s = scenario(PLAYED.chat);
  await startScenario(page, s);
  await playLine(page, s, losingLine(s));
  await onScreen(page, 'debrief');
  expect((await hook(page)).outcome).toBe('lost');
});

test('two tabs on one profile both keep their attempts', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) await page.goto('/');
  const chat = scenario(PLAYED.chat);
  const shop = scenario(PLAYED['in-person']);
  await startScenario(a, chat);
  await startScenario(b, shop);
  await playLine(a, chat, losingLine(chat));
  await playLine(b, shop, winningLine(shop));
  await onScreen(a, 'debrief');
  await onScreen(b, 'debrief');
  await a.getByRole('button', { name: 'Back to library' }).first().click();
  await a.getByRole('button', { name: 'Home' }).click();
  await a.getByRole('button', { name: 'Progress' }).click();
  await expect(a.getByRole('row', { name: new RegExp(`^${chat.data.title} 1 `) })).toBeVisible();
  await expect(a.getByRole('row', { name: new RegExp(`^${shop.data.title} 1 `) })).toBeVisible();
});

test('with storage blocked the game still plays, and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(page.locator('#notice')).toContainText('Progress cannot be saved in this browser');
  const s = scenario(PLAYED.phone);
  await startScenario(page, s);
  await playLine(page, s, losingLine(s));
  await onScreen(page, 'debrief');
});
