/**
 * Issue 17, the small faults (7a, 7e, 7g, 7h): long stage directions stay in
 * their caption box, a bad backup is named in plain words beside a button-like
 * file control, long profile names end in an ellipsis with the whole name kept,
 * and Settings' Done goes back to the screen that opened it.
 */
import { expect, startScenario, test } from './pages/index.ts';
import { M, onScreen, PLAYED, scenario } from './support.ts';

test.use({ reducedMotion: 'reduce' });

const LONG_ASIDE =
  'She sighs, rubs her eyes, puts the receipt down on the counter, picks it up again, reads it once more very slowly and then looks straight at you without a word for a long while; Supercalifragilisticexpialidociousnessandthensomemorewithoutanyspaces';

for (const channel of ['phone', 'in-person'] as const) {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 390, height: 700 },
  ]) {
    test(`a long stage direction stays in its box, off the anger meter (${channel}, ${size.width}×${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      await startScenario(page, scenario(PLAYED[channel]));
      // The live words, not the unseen copies that keep their place's height.
      const live = ':not(.reserve-copies *)';
      const aside = page.locator(channel === 'phone' ? `.caption-aside${live}` : `.counter-words .aside${live}`);
      await aside.evaluate((el, text) => (el.textContent = `[${text}]`), LONG_ASIDE);
      const box = page.locator(channel === 'phone' ? '.captions' : `.stage-direction${live}`);
      const meter = page.locator('.anger-meter');
      const [a, m] = [await box.boundingBox(), await meter.boundingBox()];
      expect(a && m).toBeTruthy();
      // No overlap with the meter, and nothing spills out of the box sideways or downwards.
      const overlaps =
        a!.x < m!.x + m!.width && m!.x < a!.x + a!.width && a!.y < m!.y + m!.height && m!.y < a!.y + a!.height;
      expect(overlaps).toBe(false);
      const spill = await aside.evaluate((el) => {
        const box = el.closest('.captions, .stage-direction') as HTMLElement;
        const r = el.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return {
          wide: box.scrollWidth > box.clientWidth + 1 || r.right > b.right + 1,
          tall: box.scrollHeight > box.clientHeight + 1 && getComputedStyle(box).overflowY === 'visible',
        };
      });
      expect(spill).toEqual({ wide: false, tall: false });
    });
  }
}

test('a picture given as a backup is named in plain words, in view, beside a file button', async ({
  page,
  home,
  progress,
}) => {
  await page.goto('/');
  await home.openProgress();
  const label = page.locator('label[for="import-file"]');
  // The file control looks like the other buttons: a padded, bordered box, and the raw input is out of sight.
  const look = await label.evaluate((el) => {
    const s = getComputedStyle(el);
    return { display: s.display, border: s.borderTopStyle, height: el.getBoundingClientRect().height };
  });
  expect(look.display).toMatch(/flex|block/);
  expect(look.border).toBe('solid');
  expect(look.height).toBeGreaterThanOrEqual(40);
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe,
  ]);
  await progress.importFile.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect(progress.status).toHaveText(M.backupProblem({ kind: 'not-json', detail: 'ignored' }));
  await expect(progress.status).not.toContainText('PNG');
  await expect(progress.status).toBeInViewport();
  const fits = await progress.status.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(fits).toBe(true);
});

test('a long profile name ends in an ellipsis and keeps its whole name', async ({ page, home, profiles }) => {
  const name = 'Bartholomew-Maximilian Featherstonehaugh';
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('/');
  await home.openProfiles();
  await profiles.create(name);
  const context = page.locator('.topbar-context span');
  await expect(context).toHaveAttribute('title', M.playingAs(name));
  await expect(context).toHaveText(M.playingAs(name));
  expect(await context.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
  await home.openProfiles();
  const card = page.locator('.profile-name', { hasText: name });
  await expect(card).toHaveAttribute('title', name);
  expect(await card.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
  await expect(page.getByRole('heading', { name: `${name} ${M.current}`, exact: true })).toBeVisible();
  // Narrow enough to cut it: cut with an ellipsis, not mid-word at the edge with nothing to say so.
  await page.setViewportSize({ width: 320, height: 700 });
  const cut = await card.evaluate((el) => ({
    cut: el.scrollWidth > el.clientWidth,
    ellipsis: getComputedStyle(el).textOverflow === 'ellipsis' && getComputedStyle(el).overflow === 'hidden',
  }));
  expect(cut).toEqual({ cut: true, ellipsis: true });
});

test('Settings: Done goes back to the screen that opened it', async ({ page, home, library, settings }) => {
  await page.goto('/');
  await home.openLibrary();
  await library.openSettings();
  await settings.done('library');
  await library.goHome();
  await home.openSettings();
  await settings.done('home');
  await onScreen(page, 'home');
});
