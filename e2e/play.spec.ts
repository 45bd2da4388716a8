import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LINES } from './lines.ts';
import { hook, onScreen, playLine, scenario, shot, startScenario } from './support.ts';

test.use({ reducedMotion: 'reduce' });

async function expectDebrief(page: Page, outcome: string, turns: number): Promise<void> {
  await onScreen(page, 'debrief');
  const h = await hook(page);
  expect(h.outcome).toBe(outcome);
  expect(h.curve).toBe(turns + 1);
  expect(h.turns).toBe(turns);
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief: / })).toBeVisible();
  await expect(page.getByText(/^Score \d+ out of 100/)).toBeVisible();
  await expect(page.locator('.transcript > li')).toHaveCount(turns);
  await expect(page.locator('.curve-points > li')).toHaveCount(turns + 1);
}

for (const [id, line] of Object.entries(LINES)) {
  const s = scenario(id);
  test(`${s.data.channel}: winning ${id} through the real UI`, async ({ page }) => {
    await page.goto('/');
    await startScenario(page, s);
    await shot(page, `${id}-conversation`);
    const turns = await playLine(page, s, line.win);
    await expectDebrief(page, 'resolved', turns);
    expect((await hook(page)).score).toBeGreaterThanOrEqual(85);
    await shot(page, `${id}-debrief-win`);
  });

  test(`${s.data.channel}: losing ${id}`, async ({ page }) => {
    await page.goto('/');
    await startScenario(page, s);
    const turns = await playLine(page, s, line.lose);
    await expectDebrief(page, 'lost', turns);
    await expect(page.getByRole('heading', { name: 'Take a breather' })).toBeVisible();
    await shot(page, `${id}-debrief-lose`);
  });
}

test('keyboard only: number keys and Enter play a whole conversation', async ({ page }) => {
  const s = scenario('deposit-refund');
  await page.goto('/');
  await page.getByRole('button', { name: `Open ${s.data.title}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await onScreen(page, 'conversation');
  for (const [i, id] of LINES['deposit-refund'].win.entries()) {
    const node = Object.values(s.data.nodes).find((n) => n.choices.some((c) => c.id === id))!;
    // Available choices are shown in file order; conditional ones only when they apply.
    const shown = await page.locator('.choice').allTextContents();
    const index = shown.findIndex((t) => t.endsWith(node.choices.find((c) => c.id === id)!.text));
    expect(index).toBeGreaterThanOrEqual(0);
    if (i % 2 === 0) await page.keyboard.press(String(index + 1));
    else {
      await page.locator('.choice').nth(index).focus();
      await page.keyboard.press('Enter');
    }
    await expect.poll(async () => { const h = await hook(page); return h.screen === 'debrief' || (h.turns ?? 0) > i; }).toBe(true);
  }
  await onScreen(page, 'debrief');
  expect((await hook(page)).outcome).toBe('resolved');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('Escape pauses and resumes; quit returns to the library', async ({ page }) => {
  await page.goto('/');
  await startScenario(page, scenario('dead-headphones'));
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Paused' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Resume' })).toBeFocused();
  await shot(page, 'pause');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Quit to library' }).click();
  await onScreen(page, 'library');
});

test('the timer can be turned off in settings', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Response timer').selectOption('off');
  await page.getByRole('button', { name: 'Done' }).click();
  await startScenario(page, scenario('double-charge-chat'));
  await expect(page.getByText('No time limit')).toBeVisible();
});

test('reloads at several turns each continue at the same turn and anger', async ({ page }) => {
  const s = scenario('double-charge-chat');
  const line = LINES['double-charge-chat'].win;
  await page.goto('/');
  await startScenario(page, s);
  let played = 0;
  for (const stop of [1, 3, 5]) {
    await playLine(page, s, line.slice(played, stop));
    played = stop;
    await expect.poll(async () => (await hook(page)).savedTurns).toBe(stop);
    const before = await hook(page);
    await page.reload();
    await page.getByRole('button', { name: `Continue: ${s.data.title}` }).click();
    await onScreen(page, 'conversation');
    await expect.poll(async () => { const h = await hook(page); return [h.at, h.anger, h.turns]; }).toEqual([before.at, before.anger, before.turns]);
  }
  await playLine(page, s, line.slice(played));
  await onScreen(page, 'debrief');
  const after = await hook(page);
  expect(after.outcome).toBe('resolved');
  expect(after.curve).toBe(line.length + 1);
});

test('phone layout: plays through at 390×844', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const s = scenario('dead-headphones');
  await page.goto('/');
  await shot(page, 'phone-library');
  await startScenario(page, s);
  await shot(page, 'phone-conversation');
  await playLine(page, s, LINES['dead-headphones'].win);
  await onScreen(page, 'debrief');
  await shot(page, 'phone-debrief');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('no serious or critical accessibility violations on any screen', async ({ page }) => {
  const s = scenario('deposit-refund');
  const scan = async (where: string) => {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await page.goto('/');
  await onScreen(page, 'library');
  await scan('library');
  await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
  await onScreen(page, 'briefing');
  await scan('briefing');
  await page.getByRole('button', { name: 'Start conversation' }).click();
  await onScreen(page, 'conversation');
  await scan('conversation');
  await playLine(page, s, LINES['deposit-refund'].lose);
  await onScreen(page, 'debrief');
  await scan('debrief');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await onScreen(page, 'settings');
  await scan('settings');
});

test('with no audio at all the game still plays through', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.AudioContext;
    delete w.webkitAudioContext;
    HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const s = scenario('deposit-refund');
  await page.goto('/');
  await startScenario(page, s);
  await expect(page.getByText('(Phone ringing)')).toBeVisible();
  await playLine(page, s, LINES['deposit-refund'].win);
  await onScreen(page, 'debrief');
  expect((await hook(page)).outcome).toBe('resolved');
  expect(errors).toEqual([]);
});

test('the library filters by channel and difficulty', async ({ page }) => {
  await page.goto('/');
  await onScreen(page, 'library');
  await expect(page.locator('.card')).toHaveCount(3);
  await page.getByLabel('Channel').selectOption('chat');
  await expect(page.locator('.card')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Open Charged twice, and the form is broken' })).toBeVisible();
  await page.getByLabel('Channel').selectOption('');
  await page.getByLabel('Difficulty').selectOption('2');
  await expect(page.locator('.card')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Open Forty-five days for a deposit' })).toBeVisible();
  await shot(page, 'library');
});
