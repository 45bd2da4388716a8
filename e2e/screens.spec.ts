/**
 * Every screen and channel: an axe-core scan (no serious or critical findings),
 * screenshots at a projector, a full-HD screen and a phone, reduced motion,
 * touch on a phone, and a game with no audio at all.
 */
import { beginConversation, customerLine } from '../src/engine/index.ts';
import { losingLine, winningLine } from './lines.ts';
import { debriefToHome, expect, screensOf, test, type Screens } from './pages/index.ts';
import { axeProblems, hook, M, PLAYED, replyText, scenario, shot } from './support.ts';

/** The screens without a picture that home opens, each with how it opens and its screenshot's name. */
const sideScreens = (s: Screens) => [
  { screen: s.settings, open: () => s.home.openSettings(), shot: 'settings' },
  { screen: s.progress, open: () => s.home.openProgress(), shot: 'progress' },
  { screen: s.profiles, open: () => s.home.openProfiles(), shot: 'change-profile' },
];

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no serious or critical accessibility findings on any screen', async ({ page }) => {
    test.setTimeout(120_000);
    const screens = screensOf(page);
    const { home, library, briefing, conversation, debrief } = screens;
    const problems: string[] = [];
    const scan = async (where: string) => problems.push(...(await axeProblems(page, where)));
    await page.goto('/');
    await home.shown();
    await scan('home');
    for (const id of Object.values(PLAYED)) {
      const s = scenario(id);
      await home.openLibrary();
      if (id === PLAYED.phone) await scan('library');
      await library.open(s.data.title);
      await scan(`briefing ${id}`);
      await briefing.start();
      if (s.data.channel === 'phone') {
        await scan(`incoming call ${id}`);
        await conversation.answerCall();
      }
      await conversation.readyToReply();
      const opening = winningLine(s).slice(0, 1);
      await conversation.play(s, opening);
      await conversation.readyToReply();
      await scan(`conversation ${id}`);
      if (id === PLAYED.phone) {
        await page.keyboard.press('Escape');
        await scan('pause');
        await page.keyboard.press('Escape');
      }
      await conversation.play(s, losingLine(s, opening));
      await debrief.shown();
      await scan(`debrief ${id}`);
      await debriefToHome(page);
    }
    for (const { screen, open } of sideScreens(screens)) {
      await home.shown();
      await open();
      await scan(screen.name);
      await screen.goHome();
    }
    expect(problems).toEqual([]);
  });

  test('with no audio at all the game still plays through, with sounds captioned', async ({
    page,
    home,
    library,
    briefing,
    conversation,
    debrief,
  }) => {
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
    await home.shown();
    await home.openLibrary();
    await library.open(s.data.title);
    await briefing.start();
    await expect(conversation.caption('ring')).toBeVisible();
    await conversation.answerCall();
    await conversation.play(s, winningLine(s));
    await debrief.shown();
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
    const { home, library, briefing, conversation, debrief } = screensOf(page);
    const s = scenario(PLAYED['in-person']);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto('/');
    await home.shown();
    await home.openLibrary('tap');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await library.open(s.data.title, 'tap');
    await briefing.start('tap');
    await conversation.readyToReply();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await conversation.play(s, winningLine(s), 'tap');
    await debrief.shown();
    expect((await hook(page)).outcome).toBe('resolved');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test('reduced motion: the line types out, Space skips it and each change of anger pops in; with the setting on the line shows at once', async ({
  page,
  home,
  library,
  briefing,
  conversation,
  pause,
  settings,
}) => {
  const s = scenario(PLAYED['in-person']);
  const first = customerLine(s, beginConversation(s));
  await page.goto('/');
  await home.shown();
  await expect(page.locator('html')).not.toHaveClass(/reduced-motion/);
  await home.openLibrary();
  await library.open(s.data.title);
  await briefing.start();
  // With motion the customer's line types out, the replies waiting; Space shows it all.
  await expect.poll(async () => (await hook(page)).phase).toBe('speaking');
  await page.keyboard.press('Space');
  await conversation.readyToReply();
  await expect(conversation.customerLine).toHaveText(first);
  // Every change of anger plays the meter's chip in again, not only the first.
  for (const [turn, id] of winningLine(s).slice(0, 2).entries()) {
    await conversation.reply(replyText(s, id));
    await expect.poll(() => conversation.meterChange.evaluate((chip) => chip.getAnimations().length)).toBe(1);
    await expect.poll(async () => (await hook(page)).turns).toBe(turn + 1);
    await page.keyboard.press('Space');
    await conversation.readyToReply();
  }
  await conversation.pauseButton.click();
  await pause.quit();
  await library.goHome();
  await home.openSettings();
  await settings.reducedMotion.check();
  await expect(page.locator('html')).toHaveClass(/reduced-motion/);
  await settings.done();
  await home.openLibrary();
  await library.open(s.data.title);
  await briefing.start();
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
    const screens = screensOf(page);
    const { home, library, briefing, conversation, debrief } = screens;
    const snap = (name: string) => shot(page, `${size.name}-${name}`);
    await page.goto('/');
    await home.shown();
    await snap('home');
    for (const [i, id] of Object.values(PLAYED).entries()) {
      const s = scenario(id);
      await home.openLibrary();
      if (i === 0) await snap('library');
      await library.open(s.data.title);
      await snap(`briefing-${s.data.channel}`);
      await briefing.start();
      if (s.data.channel === 'phone') {
        await snap('incoming-call');
        await conversation.answerCall();
      }
      await conversation.play(s, winningLine(s).slice(0, 2));
      await conversation.readyToReply();
      await snap(`conversation-${s.data.channel}`);
      if (i === 0) {
        await page.keyboard.press('Escape');
        await snap('pause');
        await page.keyboard.press('Escape');
      }
      await conversation.play(s, i === 1 ? losingLine(s, winningLine(s).slice(0, 2)) : winningLine(s).slice(2));
      await debrief.shown();
      await snap(`debrief-${s.data.channel}`);
      await debrief.curve.scrollIntoViewIfNeeded();
      await snap(`debrief-${s.data.channel}-curve`);
      await debriefToHome(page);
    }
    await home.shown();
    await snap('home-after');
    for (const { screen, open, shot: name } of sideScreens(screens)) {
      await open();
      await snap(name);
      await screen.goHome();
    }
    await context.close();
  });
}
