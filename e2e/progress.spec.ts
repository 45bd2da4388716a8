import { expect, test } from '@playwright/test';
import { LINES } from './lines.ts';
import { hook, onScreen, playLine, scenario, shot, startScenario } from './support.ts';

test.use({ reducedMotion: 'reduce' });

test('two profiles keep their own progress and settings', async ({ page }) => {
  const s = scenario('double-charge-chat');
  await page.goto('/');
  await onScreen(page, 'library');
  await startScenario(page, s);
  await playLine(page, s, LINES['double-charge-chat'].win);
  await onScreen(page, 'debrief');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByText(/^Best score \d+$/)).toHaveCount(1);

  await page.getByRole('button', { name: 'Change profile' }).click();
  await page.getByLabel('New profile name').fill('Dace');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await onScreen(page, 'library');
  await expect(page.getByText('Playing as Dace')).toBeVisible();
  await expect(page.getByText(/^Best score \d+$/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Response timer').selectOption('off');
  await page.getByLabel('Text size').selectOption('larger');
  await page.getByRole('button', { name: 'Done' }).click();
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await expect.poll(fontSize).toBeCloseTo(18 * 1.4, 1);

  await page.reload();
  await expect(page.getByText('Playing as Dace')).toBeVisible();
  await page.getByRole('button', { name: 'Change profile' }).click();
  await page.getByRole('button', { name: 'Play as Trainee' }).click();
  await expect(page.getByText(/^Best score \d+$/)).toHaveCount(1);
  await expect.poll(fontSize).toBeCloseTo(18, 1);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Response timer')).toHaveValue('normal');
  await shot(page, 'settings');
});

test('the progress screen shows mastery, and a past debrief reopens', async ({ page }) => {
  const s = scenario('deposit-refund');
  await page.goto('/');
  await startScenario(page, s);
  await playLine(page, s, ['order-number', 'right-to-expect', 'stay-with-it', 'find-cause', 'two-ways', 'thursday-and-call', 'callback-and-anything-else']);
  await onScreen(page, 'debrief');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('button', { name: 'Progress' }).click();
  await onScreen(page, 'progress');
  await expect(page.getByText('Onboarding track: 1 of 3 scenarios resolved')).toBeVisible();
  await expect(page.getByRole('row', { name: /Forty-five days for a deposit 1 \d+/ })).toBeVisible();
  await expect(page.getByText('Interrupting: 1')).toBeVisible();
  await shot(page, 'progress');
  await page.getByRole('button', { name: /^Open debrief: Forty-five days for a deposit/ }).click();
  await onScreen(page, 'debrief');
  await expect(page.locator('.transcript > li')).toHaveCount(7);
});

test('export a backup, then import it into a fresh browser', async ({ page, browser }) => {
  const s = scenario('dead-headphones');
  await page.goto('/');
  await startScenario(page, s);
  await playLine(page, s, LINES['dead-headphones'].win);
  await onScreen(page, 'debrief');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('button', { name: 'Progress' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a backup of all profiles' }).click();
  const file = await (await download).path();

  const fresh = await browser.newContext({ reducedMotion: 'reduce' });
  const other = await fresh.newPage();
  await other.goto('/');
  await onScreen(other, 'library');
  await other.getByRole('button', { name: 'Progress' }).click();
  await other.getByLabel('Import a backup file').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported 1 new profile(s) and 1 attempt(s); 0 already here.' })).toBeVisible();
  await other.getByLabel('Import a backup file').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported 0 new profile(s) and 0 attempt(s); 1 already here.' })).toBeVisible();
  await other.getByLabel('Import a backup file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"cooldown-backup","version":1,"exportedAt":"x","profiles":[{"profile":{"id":"p","name":""}}]}') });
  await expect(other.getByRole('status').filter({ hasText: /^The backup is damaged at profiles\.0\./ })).toBeVisible();
  await fresh.close();
});

test('a damaged record is set aside with a notice, and everything else works', async ({ page }) => {
  await page.goto('/');
  await onScreen(page, 'library');
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('cooldown');
    open.onsuccess = () => {
      const tx = open.result.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      const last = store.get('meta/last-profile');
      last.onsuccess = () => store.put({ kind: 'attempt', v: 1, data: { id: 'broken', finalAnger: 'lots' } }, `attempt/${last.result}/broken`);
      tx.objectStore('records').put({ kind: 'profile', v: 1, data: { id: 'x' } }, 'profile/x');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await expect(page.locator('#notice')).toContainText('could not be read');
  await expect(page.locator('#notice')).toContainText('set aside, not deleted');
  await onScreen(page, 'library');
  await page.getByRole('button', { name: 'Progress' }).click();
  await onScreen(page, 'progress');
});

test('after a first visit the game loads and plays offline', async ({ page, context }) => {
  await page.goto('/');
  await onScreen(page, 'library');
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await onScreen(page, 'library');
  const s = scenario('double-charge-chat');
  await startScenario(page, s);
  await playLine(page, s, LINES['double-charge-chat'].lose);
  await onScreen(page, 'debrief');
  expect((await hook(page)).outcome).toBe('lost');
});

test('two tabs on one profile both keep their attempts', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    await page.goto('/');
    await onScreen(page, 'library');
  }
  const chat = scenario('double-charge-chat');
  const shop = scenario('dead-headphones');
  await startScenario(a, chat);
  await startScenario(b, shop);
  await playLine(a, chat, LINES['double-charge-chat'].lose);
  await playLine(b, shop, LINES['dead-headphones'].win);
  await onScreen(a, 'debrief');
  await onScreen(b, 'debrief');
  await a.getByRole('button', { name: 'Back to library' }).click();
  await a.getByRole('button', { name: 'Progress' }).click();
  await expect(a.getByRole('row', { name: /^Charged twice, and the form is broken 1 / })).toBeVisible();
  await expect(a.getByRole('row', { name: /^Dead after a week 1 / })).toBeVisible();
});

test('with storage blocked the game still plays, and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(page.locator('#notice')).toContainText('Progress cannot be saved in this browser');
  const s = scenario('deposit-refund');
  await startScenario(page, s);
  await playLine(page, s, LINES['deposit-refund'].lose);
  await onScreen(page, 'debrief');
});
