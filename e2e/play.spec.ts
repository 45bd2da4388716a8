/** Playing the real scenarios through the real UI: one per channel, won and lost, with the debrief checked. */
import type { Page } from '@playwright/test';
import { losingLine, winningLine } from './lines.ts';
import { expect, startFromBriefing, startScenario, test, type DebriefPage } from './pages/index.ts';
import { hook, M, onboardingTrack, onScreen, PLAYED, scenario, shot, SOME_NUMBER, varying } from './support.ts';

test.use({ reducedMotion: 'reduce' });

async function expectDebrief(debrief: DebriefPage, outcome: string, turns: number): Promise<void> {
  await debrief.shown();
  const h = await hook(debrief.page);
  expect(h.outcome).toBe(outcome);
  expect(h.turns).toBe(turns);
  expect(h.curve).toBe(turns + 1);
  await expect(debrief.heading).toBeFocused();
  await expect(debrief.scoreNumber).toHaveText(String(h.score));
  await expect(debrief.bestPossible(h.best!)).toBeVisible();
  // One line per turn in the transcript, one curve point per turn plus the start.
  await expect(debrief.transcriptTurns).toHaveCount(turns);
  await expect(debrief.curvePoints).toHaveCount(turns + 1);
  await expect(debrief.arcHeading).toBeVisible();
}

test('the briefing says what the trainee may do in this situation', async ({ page, home, library, briefing }) => {
  const s = scenario(PLAYED.phone);
  await page.goto('/');
  await home.openLibrary();
  await library.open(s.data.title);
  await expect(briefing.authority).toHaveText(s.data.authority!);
});

for (const id of Object.values(PLAYED)) {
  const s = scenario(id);
  test(`${s.data.channel}: winning ${id}`, async ({ page, conversation, debrief }) => {
    await page.goto('/');
    await startScenario(page, s);
    await shot(page, `${id}-conversation`);
    const turns = await conversation.play(s, winningLine(s));
    await expectDebrief(debrief, 'resolved', turns);
    expect((await hook(page)).score).toBe((await hook(page)).best);
    await expect(debrief.breatherHeading).toHaveCount(0);
    await shot(page, `${id}-debrief-win`);
  });

  test(`${s.data.channel}: losing ${id}`, async ({ page, conversation, debrief }) => {
    await page.goto('/');
    await startScenario(page, s);
    const turns = await conversation.play(s, losingLine(s));
    await expectDebrief(debrief, 'lost', turns);
    await expect(debrief.outcome('lost')).toBeVisible();
    await expect(debrief.costliestHeading).toBeVisible();
    await expect(debrief.breatherHeading).toBeVisible();
    await shot(page, `${id}-debrief-lose`);
  });
}

test('home starts the next onboarding scenario in one step, and offers the one after once it is resolved', async ({
  page,
  home,
  briefing,
  conversation,
  debrief,
}) => {
  const [first, second] = onboardingTrack();
  await page.goto('/');
  await home.shown();
  await home.startNext(first!.data.title);
  await expect(briefing.heading).toHaveText(first!.data.title);
  await startFromBriefing(page, first!);
  await conversation.play(first!, winningLine(first!));
  await debrief.shown();
  await page.goto('/');
  await home.shown();
  await expect(home.startNextButton(second!.data.title)).toBeVisible();
  await expect(home.startNextButton(first!.data.title)).toHaveCount(0);
});

/** Presses Tab until the focused element's name (its label, else its text) begins with `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    });
    if (focused.trim().startsWith(name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: Tab and Enter to a conversation, number keys and Enter to reply', async ({
  page,
  home,
  library,
  briefing,
  conversation,
  debrief,
}) => {
  const s = scenario(PLAYED['in-person']);
  const line = winningLine(s);
  await page.goto('/');
  await home.shown();
  await tabTo(page, M.library);
  await page.keyboard.press('Enter');
  await library.shown();
  await tabTo(page, M.open(s.data.title));
  await page.keyboard.press('Enter');
  await briefing.shown();
  await expect(briefing.startButton).toBeFocused();
  await page.keyboard.press('Enter');
  await conversation.shown();
  for (const [i, id] of line.entries()) {
    await expect.poll(async () => (await hook(page)).phase).toBe('choosing');
    const texts = await conversation.replyTexts.allTextContents();
    const index = texts.indexOf(s.data.nodes[(await hook(page)).at!]!.choices.find((c) => c.id === id)!.text);
    expect(index).toBeGreaterThanOrEqual(0);
    // The replies' group has focus (Space or Enter there picks nothing); alternate number keys with Tab and Enter.
    await expect(conversation.replyGroup).toBeFocused();
    if (i % 2 === 0) await page.keyboard.press(String(index + 1));
    else {
      for (let k = 0; k <= index; k++) await page.keyboard.press('Tab');
      await expect(conversation.replies.nth(index)).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(async () => {
        const h = await hook(page);
        return h.screen === 'debrief' || (h.turns ?? 0) > i;
      })
      .toBe(true);
  }
  await debrief.shown();
  expect((await hook(page)).outcome).toBe('resolved');
  await expect(debrief.heading).toBeFocused();
});

test('Escape pauses and keeps focus in the pause menu; resume, restart and quit', async ({
  page,
  conversation,
  pause,
  library,
}) => {
  const s = scenario(PLAYED.chat);
  await page.goto('/');
  await startScenario(page, s);
  await page.keyboard.press('Escape');
  await expect(pause.dialog).toBeVisible();
  await expect(pause.resumeButton).toBeFocused();
  // Focus stays inside the dialog.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
  await shot(page, 'pause');
  await page.keyboard.press('Escape');
  await expect(pause.dialog).toBeHidden();
  await expect(conversation.replyGroup).toBeFocused();
  await conversation.play(s, winningLine(s).slice(0, 1));
  await conversation.pauseButton.click();
  await pause.restart();
  await expect
    .poll(async () => {
      const h = await hook(page);
      return [h.screen, h.turns, h.phase];
    })
    .toEqual(['conversation', 0, 'choosing']);
  await page.keyboard.press('Escape');
  await pause.quit();
  await library.shown();
});

test('the response timer can be turned off in settings, and from the briefing', async ({
  page,
  home,
  settings,
  conversation,
  pause,
  library,
  briefing,
}) => {
  await page.goto('/');
  await home.shown();
  await home.openSettings();
  await settings.timerOption('off').check();
  await settings.done();
  const s = scenario(PLAYED.chat);
  await startScenario(page, s);
  await expect(conversation.timer).toHaveText(M.noTimer);
  await conversation.pauseButton.click();
  await pause.quit();
  await library.open(s.data.title);
  await briefing.timerSelect.selectOption('relaxed');
  await briefing.start();
  await expect(conversation.timer).toHaveText(varying(M.timeLeft(SOME_NUMBER)));
});

test('the library filters by channel and difficulty', async ({ page, home, library }) => {
  await page.goto('/');
  await home.openLibrary();
  const total = await library.cards.count();
  expect(total).toBeGreaterThanOrEqual(3);
  await library.channelFilter('chat').check();
  await expect(library.openButton(scenario(PLAYED.chat).data.title)).toBeVisible();
  for (const badge of await library.channelBadges.allTextContents()) expect(badge).toBe(M.channel.chat);
  await library.allChannels.check();
  await expect(library.cards).toHaveCount(total);
  const level = scenario(PLAYED.phone).data.difficulty;
  await library.levelFilter(level).check();
  await expect(library.openButton(scenario(PLAYED.phone).data.title)).toBeVisible();
  for (const d of await library.difficulties.allTextContents()) expect(d).toBe(M.difficulty(level));
  // The count says some, not all, are shown.
  const shown = await library.cards.count();
  expect(shown).toBeLessThan(total);
  await expect(library.count).toHaveText(M.shown(shown, total));
});

test('reloading mid-conversation continues at the same turn and anger', async ({ page, home, conversation }) => {
  const s = scenario(PLAYED.chat);
  const line = winningLine(s);
  await page.goto('/');
  await startScenario(page, s);
  let played = 0;
  for (const stop of [1, 3]) {
    await conversation.play(s, line.slice(played, stop));
    played = stop;
    await expect.poll(async () => (await hook(page)).savedTurns).toBe(stop);
    const before = await hook(page);
    await page.reload();
    await home.continueWith(s.data.title);
    await expect
      .poll(async () => {
        const h = await hook(page);
        return [h.at, h.anger, h.turns];
      })
      .toEqual([before.at, before.anger, before.turns]);
  }
  await conversation.play(s, line.slice(played));
  await onScreen(page, 'debrief');
  expect((await hook(page)).outcome).toBe('resolved');
  expect((await hook(page)).curve).toBe(line.length + 1);
});
