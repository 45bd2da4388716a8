/**
 * Packages built by `npm run package`, as a new user would build them, played
 * inside a test LMS (scorm-again providing the SCORM API in the frame above the
 * game): what arrives in the LMS for a win and a loss, and a conversation left
 * mid-call that continues from the LMS in another browser.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { scorm12Violations, scorm2004Violations } from '../src/lms/test-support/scorm-rules.ts';
import { startTestLrs, type TestLrs } from '../src/lms/test-support/test-lrs.ts';
import { losingLine, winningLine } from './lines.ts';
import { startTestLms, type Standard, type TestLms } from './lms/test-lms.ts';
import { ConversationPage, DebriefPage, LibraryPage, startFromBriefing } from './pages/index.ts';
import { hook, M, onboardingTrack, readyToReply } from './support.ts';

test.describe.configure({ mode: 'serial' });
test.use({ reducedMotion: 'reduce' });

/** The first onboarding scenario: the shortest in the library. */
const s = onboardingTrack()[0]!;
let lms: TestLms;
let lrs: TestLrs;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'cooldown-lms-'));
  const zips = {
    scorm12: join(dir, 'scorm12.zip'),
    scorm2004: join(dir, 'scorm2004.zip'),
    cmi5: join(dir, 'cmi5.zip'),
  };
  for (const [standard, out] of Object.entries(zips))
    await promisify(execFile)('npx', [
      'tsx',
      'src/cli/main.ts',
      'package',
      '--standard',
      standard,
      '--scenario',
      s.data.id,
      '--out',
      out,
    ]);
  lms = await startTestLms(zips);
  lrs = await startTestLrs();
});

test.afterAll(async () => {
  await lms?.close();
  await lrs?.close();
});

/** The game's frame inside the LMS's page, once it has loaded. */
async function courseFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/game/index.html'))).toBe(true);
  return page.frames().find((f) => f.url().includes('/game/index.html'))!;
}

async function play(page: Page, standard: Standard, line: string[]): Promise<Frame> {
  await page.goto(lms.launchUrl(standard, s.data.id));
  const frame = await courseFrame(page);
  // The LMS names the learner and the scenario: the game opens at its briefing.
  await startFromBriefing(frame, s);
  await new ConversationPage(frame).play(s, line);
  await new DebriefPage(frame).shown();
  return frame;
}

test('SCORM 1.2: a win reports passed, the score against the best possible, and every decision', async ({ page }) => {
  const line = winningLine(s);
  const frame = await play(page, 'scorm12', line);
  const { score, best } = await hook(frame);
  await expect.poll(() => lms.held('scorm12')?.core.lesson_status).toBe('passed');
  const cmi = lms.held('scorm12')!;
  expect(cmi.core.score).toEqual({ raw: String(score), min: '0', max: String(best) });
  expect(cmi.core.exit).toBe('');
  expect(cmi.suspend_data).toBe('');
  expect(Object.keys(cmi.interactions)).toHaveLength(line.length);
  expect(Object.values(cmi.interactions).every((x: any) => x.result === 'correct')).toBe(true);
  expect(Object.keys(cmi.objectives).length).toBeGreaterThan(0);
  expect(scorm12Violations(cmi)).toEqual([]);
  // The learner is the one the LMS names: home offers no other profile.
  await new DebriefPage(frame).backToLibrary();
  await new LibraryPage(frame).goHome();
  await expect(frame.getByRole('button', { name: M.changeProfile })).toHaveCount(0);
});

test('SCORM 2004: a loss reports completed and failed, with the replies that were not the best', async ({ page }) => {
  const line = losingLine(s);
  await play(page, 'scorm2004', line);
  await expect.poll(() => lms.held('scorm2004')?.success_status).toBe('failed');
  const cmi = lms.held('scorm2004')!;
  expect(cmi.completion_status).toBe('completed');
  expect(cmi.exit).toBe('normal');
  expect(Object.values(cmi.interactions).map((x: any) => x.learner_response)).toEqual(line);
  expect(Object.values(cmi.interactions).some((x: any) => x.result === 'incorrect')).toBe(true);
  expect(scorm2004Violations(cmi)).toEqual([]);
});

test('a conversation left mid-call continues from the LMS in another browser, and is reported once', async ({
  page,
  browser,
}) => {
  const line = winningLine(s);
  // The LMS keeps the learner's earlier attempts: this one's decisions come after theirs.
  const before = Object.keys(lms.held('scorm12')?.interactions ?? {}).length;
  await page.goto(lms.launchUrl('scorm12', s.data.id));
  const frame = await courseFrame(page);
  await startFromBriefing(frame, s);
  await new ConversationPage(frame).play(s, line.slice(0, 2));
  // The learner closes the course window: the game suspends and ends the session.
  await page.evaluate(() => document.querySelector('iframe')!.remove());
  await expect.poll(() => lms.held('scorm12')?.core.exit).toBe('suspend');
  expect(JSON.parse(lms.held('scorm12')!.suspend_data).replies).toEqual(line.slice(0, 2));

  // Another computer: a fresh browser with no saved progress of its own.
  const elsewhere = await browser.newContext({ reducedMotion: 'reduce' });
  const again = await elsewhere.newPage();
  await again.goto(lms.launchUrl('scorm12', s.data.id));
  const resumed = await courseFrame(again);
  await readyToReply(resumed);
  expect((await hook(resumed)).turns).toBe(2);
  await new ConversationPage(resumed).play(s, line.slice(2));
  await new DebriefPage(resumed).shown();
  await expect.poll(() => Object.keys(lms.held('scorm12')!.interactions).length).toBe(before + line.length);
  const cmi = lms.held('scorm12')!;
  expect(cmi.core).toMatchObject({ lesson_status: 'passed', exit: '' });
  expect(cmi.suspend_data).toBe('');
  await elsewhere.close();
});

test('cmi5: a win sends initialized, a decision per turn, completed and passed, then terminated on the way back to the course', async ({
  page,
}) => {
  const line = winningLine(s);
  const unit = lms.cmi5Unit(s.data.id);
  const returnURL = `${lrs.url}/returned`;
  const { query, sessionId } = lrs.launch(unit.auId, { masteryScore: 0.7, returnURL });
  await page.goto(unit.url(query));
  await startFromBriefing(page, s);
  await new ConversationPage(page).play(s, line);
  await new DebriefPage(page).shown();
  const verbs = () =>
    lrs.statements.filter((x) => x.sessionId === sessionId).map((x) => x.statement.verb.id.split('/').pop());
  await expect.poll(verbs).toEqual(['initialized', ...line.map(() => 'answered'), 'completed', 'passed']);
  await page.getByRole('button', { name: M.lmsReturnButton, exact: true }).click();
  await expect(page).toHaveURL(returnURL);
  await expect.poll(verbs).toEqual(['initialized', ...line.map(() => 'answered'), 'completed', 'passed', 'terminated']);
  expect(lrs.rejections).toEqual([]);
  const decisions = lrs.statements.filter((x) => x.sessionId === sessionId && x.statement.verb.id.endsWith('answered'));
  expect(decisions.map((x) => x.statement.result.response)).toEqual(line);
});
