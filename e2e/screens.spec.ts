/**
 * Every screen and channel: an axe-core scan (no serious or critical findings),
 * screenshots at a projector, a full-HD screen and a phone, reduced motion,
 * touch on a phone, and a game with no audio at all.
 */
import { expect, test } from '@playwright/test';
import { beginConversation, customerLine } from '../src/engine/index.ts';
import { losingLine, winningLine } from './lines.ts';
import {
  axeProblems,
  hook,
  onScreen,
  PLAYED,
  playLine,
  readyToReply,
  replyText,
  scenario,
  shot,
  startScenario,
} from './support.ts';

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no serious or critical accessibility findings on any screen', async ({ page }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    const scan = async (where: string) => problems.push(...(await axeProblems(page, where)));
    await page.goto('/');
    await onScreen(page, 'home');
    await scan('home');
    for (const id of Object.values(PLAYED)) {
      const s = scenario(id);
      await page.getByRole('button', { name: 'Scenario library' }).click();
      await onScreen(page, 'library');
      if (id === PLAYED.phone) await scan('library');
      await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
      await onScreen(page, 'briefing');
      await scan(`briefing ${id}`);
      await page.getByRole('button', { name: 'Start conversation' }).click();
      await onScreen(page, 'conversation');
      if (s.data.channel === 'phone') {
        await scan(`incoming call ${id}`);
        await page.getByRole('button', { name: 'Answer the call' }).click();
      }
      await readyToReply(page);
      const opening = winningLine(s).slice(0, 1);
      await playLine(page, s, opening);
      await readyToReply(page);
      await scan(`conversation ${id}`);
      if (id === PLAYED.phone) {
        await page.keyboard.press('Escape');
        await scan('pause');
        await page.keyboard.press('Escape');
      }
      await playLine(page, s, losingLine(s, opening));
      await onScreen(page, 'debrief');
      await scan(`debrief ${id}`);
      await page.getByRole('button', { name: 'Back to library' }).first().click();
      await page.getByRole('button', { name: 'Home' }).click();
    }
    for (const [button, screen] of [
      ['Settings', 'settings'],
      ['Progress', 'progress'],
      ['Change profile', 'profiles'],
    ] as const) {
      await onScreen(page, 'home');
      await page.getByRole('button', { name: button }).click();
      await onScreen(page, screen);
      await scan(screen);
      await page.getByRole('button', { name: 'Home' }).click();
    }
    expect(problems).toEqual([]);
  });

  test('with no audio at all the game still plays through, with sounds captioned', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w.AudioContext;
      delete w.webkitAudioContext;
      HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const s = scenario(PLAYED.phone);
    await page.goto('/');
    await onScreen(page, 'home');
    await page.getByRole('button', { name: 'Scenario library' }).click();
    await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
    await page.getByRole('button', { name: 'Start conversation' }).click();
    await expect(page.getByText('[Phone ringing]')).toBeVisible();
    await page.getByRole('button', { name: 'Answer the call' }).click();
    await playLine(page, s, winningLine(s));
    await onScreen(page, 'debrief');
    expect((await hook(page)).outcome).toBe('resolved');
    expect(errors).toEqual([]);
  });

  test('phone layout: plays through by touch at 390×844 without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const s = scenario(PLAYED['in-person']);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto('/');
    await onScreen(page, 'home');
    await page.getByRole('button', { name: 'Scenario library' }).tap();
    await onScreen(page, 'library');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: `Open ${s.data.title}` }).tap();
    await page.getByRole('button', { name: 'Start conversation' }).tap();
    await readyToReply(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await playLine(page, s, winningLine(s), 'tap');
    await onScreen(page, 'debrief');
    expect((await hook(page)).outcome).toBe('resolved');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test('reduced motion: the line types out, Space skips it and each change of anger pops in; with the setting on the line shows at once', async ({
  page,
}) => {
  const s = scenario(PLAYED['in-person']);
  const first = customerLine(s, beginConversation(s));
  await page.goto('/');
  await onScreen(page, 'home');
  await expect(page.locator('html')).not.toHaveClass(/reduced-motion/);
  await page.getByRole('button', { name: 'Scenario library' }).click();
  await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
  await page.getByRole('button', { name: 'Start conversation' }).click();
  // With motion the customer's line types out, the replies waiting; Space shows it all.
  await expect.poll(async () => (await hook(page)).phase).toBe('speaking');
  await page.keyboard.press('Space');
  await readyToReply(page);
  await expect(page.locator('#customer-line [aria-hidden="true"]')).toHaveText(first);
  // Every change of anger plays the meter's chip in again, not only the first.
  for (const [turn, id] of winningLine(s).slice(0, 2).entries()) {
    await page.getByRole('button', { name: replyText(s, id), exact: true }).click();
    await expect.poll(() => page.locator('.meter-change').evaluate((chip) => chip.getAnimations().length)).toBe(1);
    await expect.poll(async () => (await hook(page)).turns).toBe(turn + 1);
    await page.keyboard.press('Space');
    await readyToReply(page);
  }
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Quit to library' }).click();
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Reduced motion' }).check();
  await expect(page.locator('html')).toHaveClass(/reduced-motion/);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Scenario library' }).click();
  await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
  await page.getByRole('button', { name: 'Start conversation' }).click();
  // No typing: the replies are on offer as soon as the conversation opens.
  await expect.poll(async () => (await hook(page)).phase).toBe('choosing');
});

const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
] as const;

for (const size of SIZES) {
  test(`screenshots of every screen and channel at ${size.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      reducedMotion: 'reduce',
      ...(size.width < 500 ? { hasTouch: true, isMobile: true } : {}),
    });
    const page = await context.newPage();
    const snap = (name: string) => shot(page, `${size.name}-${name}`);
    await page.goto('/');
    await onScreen(page, 'home');
    await snap('home');
    for (const [i, id] of Object.values(PLAYED).entries()) {
      const s = scenario(id);
      await page.getByRole('button', { name: 'Scenario library' }).click();
      await onScreen(page, 'library');
      if (i === 0) await snap('library');
      await page.getByRole('button', { name: `Open ${s.data.title}` }).click();
      await onScreen(page, 'briefing');
      await snap(`briefing-${s.data.channel}`);
      await page.getByRole('button', { name: 'Start conversation' }).click();
      await onScreen(page, 'conversation');
      if (s.data.channel === 'phone') {
        await snap('incoming-call');
        await page.getByRole('button', { name: 'Answer the call' }).click();
      }
      await playLine(page, s, winningLine(s).slice(0, 2));
      await readyToReply(page);
      await snap(`conversation-${s.data.channel}`);
      if (i === 0) {
        await page.keyboard.press('Escape');
        await snap('pause');
        await page.keyboard.press('Escape');
      }
      await playLine(page, s, i === 1 ? losingLine(s, winningLine(s).slice(0, 2)) : winningLine(s).slice(2));
      await onScreen(page, 'debrief');
      await snap(`debrief-${s.data.channel}`);
      await page.locator('.curve-card').scrollIntoViewIfNeeded();
      await snap(`debrief-${s.data.channel}-curve`);
      await page.getByRole('button', { name: 'Back to library' }).first().click();
      await page.getByRole('button', { name: 'Home' }).click();
    }
    await onScreen(page, 'home');
    await snap('home-after');
    for (const screen of ['Settings', 'Progress', 'Change profile'] as const) {
      await page.getByRole('button', { name: screen }).click();
      await expect.poll(async () => (await hook(page)).screen).not.toBe('home');
      await snap(screen.toLowerCase().replace(' ', '-'));
      await page.getByRole('button', { name: 'Home' }).click();
      await onScreen(page, 'home');
    }
    await context.close();
  });
}
