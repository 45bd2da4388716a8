/** Playing the real scenarios through the real UI: one per channel, won and lost, with the debrief checked. */
import { expect, test, type Page } from '@playwright/test';
import { losingLine, winningLine } from './lines.ts';
import {
  hook,
  onboardingTrack,
  onScreen,
  PLAYED,
  playLine,
  scenario,
  shot,
  startFromBriefing,
  startScenario,
} from './support.ts';

test.use({ reducedMotion: 'reduce' });

async function expectDebrief(page: Page, outcome: string, turns: number): Promise<void> {
  await onScreen(page, 'debrief');
  const h = await hook(page);
  expect(h.outcome).toBe(outcome);
  expect(h.turns).toBe(turns);
  expect(h.curve).toBe(turns + 1);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('.score-number')).toHaveText(String(h.score));
  await expect(page.getByText(`Best possible here: ${h.best}`, { exact: true })).toBeVisible();
  // One line per turn in the transcript, one curve point per turn plus the start.
  await expect(page.locator('.transcript > li')).toHaveCount(turns);
  await expect(page.locator('.curve-points > li')).toHaveCount(turns + 1);
  await expect(page.getByRole('heading', { name: 'The de-escalation arc' })).toBeVisible();
}

for (const id of Object.values(PLAYED)) {
  const s = scenario(id);
  test(`${s.data.channel}: winning ${id}`, async ({ page }) => {
    await page.goto('/');
    await startScenario(page, s);
    await shot(page, `${id}-conversation`);
    const turns = await playLine(page, s, winningLine(s));
    await expectDebrief(page, 'resolved', turns);
    expect((await hook(page)).score).toBe((await hook(page)).best);
    await expect(page.getByRole('heading', { name: 'Take a breather' })).toHaveCount(0);
    await shot(page, `${id}-debrief-win`);
  });

  test(`${s.data.channel}: losing ${id}`, async ({ page }) => {
    await page.goto('/');
    await startScenario(page, s);
    const turns = await playLine(page, s, losingLine(s));
    await expectDebrief(page, 'lost', turns);
    await expect(page.getByText('Customer lost')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The turn that cost most' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Take a breather' })).toBeVisible();
    await shot(page, `${id}-debrief-lose`);
  });
}

test('home starts the next onboarding scenario in one step, and offers the one after once it is resolved', async ({
  page,
}) => {
  const [first, second] = onboardingTrack();
  await page.goto('/');
  await onScreen(page, 'home');
  await page.getByRole('button', { name: `Start: ${first!.data.title}` }).click();
  await onScreen(page, 'briefing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.data.title);
  await startFromBriefing(page, first!);
  await playLine(page, first!, winningLine(first!));
  await onScreen(page, 'debrief');
  await page.goto('/');
  await onScreen(page, 'home');
  await expect(page.getByRole('button', { name: `Start: ${second!.data.title}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Start: ${first!.data.title}` })).toHaveCount(0);
});

test('keyboard only: Tab and Enter to a conversation, number keys and Enter to reply', async ({ page }) => {
  const s = scenario(PLAYED['in-person']);
  const line = winningLine(s);
  await page.goto('/');
  await onScreen(page, 'home');
  const tabTo = async (name: string | RegExp) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
      });
      if (typeof name === 'string' ? focused.trim().startsWith(name) : name.test(focused)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  await tabTo('Scenario library');
  await page.keyboard.press('Enter');
  await onScreen(page, 'library');
  await tabTo(`Open ${s.data.title}`);
  await page.keyboard.press('Enter');
  await onScreen(page, 'briefing');
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await onScreen(page, 'conversation');
  for (const [i, id] of line.entries()) {
    await expect.poll(async () => (await hook(page)).phase).toBe('choosing');
    const texts = await page.locator('.choice .choice-text').allTextContents();
    const index = texts.indexOf(s.data.nodes[(await hook(page)).at!]!.choices.find((c) => c.id === id)!.text);
    expect(index).toBeGreaterThanOrEqual(0);
    // The first reply has focus; alternate number keys with arrowing over by Tab.
    await expect(page.locator('.choice').first()).toBeFocused();
    if (i % 2 === 0) await page.keyboard.press(String(index + 1));
    else {
      for (let k = 0; k < index; k++) await page.keyboard.press('Tab');
      await expect(page.locator('.choice').nth(index)).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(async () => {
        const h = await hook(page);
        return h.screen === 'debrief' || (h.turns ?? 0) > i;
      })
      .toBe(true);
  }
  await onScreen(page, 'debrief');
  expect((await hook(page)).outcome).toBe('resolved');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('Escape pauses and keeps focus in the pause menu; resume, restart and quit', async ({ page }) => {
  const s = scenario(PLAYED.chat);
  await page.goto('/');
  await startScenario(page, s);
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Paused' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Resume' })).toBeFocused();
  // Focus stays inside the dialog.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
  await shot(page, 'pause');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.choice').first()).toBeFocused();
  await playLine(page, s, winningLine(s).slice(0, 1));
  await page.getByRole('button', { name: 'Pause' }).click();
  await dialog.getByRole('button', { name: 'Restart' }).click();
  await expect
    .poll(async () => {
      const h = await hook(page);
      return [h.screen, h.turns, h.phase];
    })
    .toEqual(['conversation', 0, 'choosing']);
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Quit to library' }).click();
  await onScreen(page, 'library');
});

test('the response timer can be turned off in settings, and from the briefing', async ({ page }) => {
  await page.goto('/');
  await onScreen(page, 'home');
  await page.getByRole('button', { name: 'Settings' }).click();
  await onScreen(page, 'settings');
  await page.getByRole('radio', { name: /^Off/ }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  const s = scenario(PLAYED.chat);
  await startScenario(page, s);
  await expect(page.getByRole('timer')).toHaveText('No time limit');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Quit to library' }).click();
  await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
  await page.getByLabel('Response timer').selectOption('relaxed');
  await page.getByRole('button', { name: 'Start conversation' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^\d+ s to answer$/);
});

test('the library filters by channel and difficulty', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Scenario library' }).click();
  await onScreen(page, 'library');
  const cards = page.locator('.card');
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(3);
  await page.getByRole('radio', { name: 'Live chat' }).check();
  await expect(page.getByRole('button', { name: `Open ${scenario(PLAYED.chat).data.title}` })).toBeVisible();
  for (const badge of await page.locator('.card .channel-badge').allTextContents()) expect(badge).toBe('Live chat');
  await page.getByRole('radio', { name: 'All', exact: true }).check();
  await expect(cards).toHaveCount(total);
  const level = scenario(PLAYED.phone).data.difficulty;
  await page.getByRole('radio', { name: `Level ${level}` }).check();
  await expect(page.getByRole('button', { name: `Open ${scenario(PLAYED.phone).data.title}` })).toBeVisible();
  for (const d of await page.locator('.card .difficulty').allTextContents()) expect(d).toBe(`Difficulty ${level} of 5`);
  await expect(page.getByRole('status').filter({ hasText: /scenarios shown/ })).toBeVisible();
});

test('reloading mid-conversation continues at the same turn and anger', async ({ page }) => {
  const s = scenario(PLAYED.chat);
  const line = winningLine(s);
  await page.goto('/');
  await startScenario(page, s);
  let played = 0;
  for (const stop of [1, 3]) {
    await playLine(page, s, line.slice(played, stop));
    played = stop;
    await expect.poll(async () => (await hook(page)).savedTurns).toBe(stop);
    const before = await hook(page);
    await page.reload();
    await page.getByRole('button', { name: `Continue: ${s.data.title}` }).click();
    await onScreen(page, 'conversation');
    await expect
      .poll(async () => {
        const h = await hook(page);
        return [h.at, h.anger, h.turns];
      })
      .toEqual([before.at, before.anger, before.turns]);
  }
  await playLine(page, s, line.slice(played));
  await onScreen(page, 'debrief');
  expect((await hook(page)).outcome).toBe('resolved');
  expect((await hook(page)).curve).toBe(line.length + 1);
});
