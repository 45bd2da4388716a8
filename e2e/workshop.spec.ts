/**
 * A workshop, as a facilitator runs one: plan two scenarios, open the
 * projector window, count the room's hands with the keys, reveal the vote
 * and what every reply does, play the room's choice, blank the projector,
 * reload the console mid-workshop, rewind for a what-if, finish with the
 * group results, and export them. The projector is a real second window.
 */
import { expect, test, type Page } from '@playwright/test';
import { availableChoices, beginConversation, chooseStep, type Position } from '../src/engine/index.ts';
import { winningLine } from './lines.ts';
import { axeProblems, hook, M, onScreen, replyText, scenario, shot } from './support.ts';

const W = M.workshop;
const s = scenario('wrong-number-top-up');
const second = scenario('a-firm-no');
const best = winningLine(s);

/** Where the best line stands after `n` decisions. */
const positionAfter = (n: number): Position =>
  best.slice(0, n).reduce<Position>((p, id) => chooseStep(s, p, id).position, beginConversation(s));
const letterOf = (n: number, id: string) =>
  String.fromCharCode(65 + availableChoices(s, positionAfter(n)).findIndex((c) => c.id === id));

async function openConsole(page: Page) {
  await page.goto('/');
  await onScreen(page, 'home');
  await page.getByRole('button', { name: W.runWorkshop }).click();
  await expect(page.getByRole('heading', { level: 1, name: W.title })).toBeVisible();
}

const projectorAt = async (projector: Page, view: string, decision?: number) =>
  expect
    .poll(async () => {
      const h = await hook(projector);
      return decision === undefined ? h.view : `${h.view} ${h.decision}`;
    })
    .toBe(decision === undefined ? view : `${view} ${decision}`);

test('a facilitator runs a workshop with a projector window, the room’s votes, reveals, a what-if and group results', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openConsole(page);
  await page.getByRole('button', { name: W.clearPlan }).click();
  await page.getByRole('button', { name: W.startWorkshop }).click();
  await expect(page.getByRole('alert')).toHaveText(W.planEmpty);
  await page.getByRole('checkbox', { name: new RegExp(s.data.title) }).check();
  await page.getByRole('checkbox', { name: new RegExp(second.data.title) }).check();
  await page.getByRole('button', { name: W.startWorkshop }).click();
  // The plan keeps the library's order: the other scenario comes first.
  await expect(page.getByRole('heading', { level: 1, name: W.runningTitle(second.data.title) })).toBeVisible();
  await page.getByRole('button', { name: W.nextScenario }).click();
  await expect(page.getByRole('heading', { level: 1, name: W.runningTitle(s.data.title) })).toBeVisible();

  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: W.openProjector }).click(),
  ]);
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projectorAt(projector, 'turn', 1);
  await expect(page.getByRole('status').filter({ hasText: W.projectorConnected })).toBeVisible();

  // The projector shows the turn, lettered, and nothing that gives the answer away.
  const first = availableChoices(s, beginConversation(s));
  const replies = projector.getByRole('list', { name: W.replies }).getByRole('listitem');
  await expect(replies).toHaveCount(first.length);
  await expect(replies.first()).toContainText(first[0]!.text);
  await expect(projector.getByText(W.bestHere)).toHaveCount(0);
  for (const c of first) await expect(projector.getByText(c.feedback)).toHaveCount(0);
  // Body text at least 28 px at 1280x720, for the back of the room.
  const size = await replies
    .first()
    .locator('.pj-reply-text')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  await expect.poll(() => projector.evaluate(() => window.__cooldownDrawn)).toBe('briefing');
  await shot(projector, 'workshop-projector-turn');

  // The console, for the facilitator only: feedback, the best reply, the change each reply would make.
  await expect(page.getByText(first[0]!.feedback)).toBeVisible();
  await expect(page.getByText(W.bestHere)).toHaveCount(1);

  // A show of hands by keys: three for the best reply, one for another.
  const bestLetter = letterOf(0, best[0]!);
  const other = bestLetter === 'A' ? 'B' : 'A';
  await page.getByRole('heading', { level: 1 }).click();
  for (const key of [bestLetter, bestLetter, bestLetter, other])
    await page.keyboard.press(`Digit${key.charCodeAt(0) - 64}`);
  await expect(page.getByRole('spinbutton', { name: W.handsFor(bestLetter) })).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: W.handsFor(other) })).toHaveValue('1');
  await page.keyboard.press(`Shift+Digit${other.charCodeAt(0) - 64}`);
  await page.keyboard.press(`Digit${other.charCodeAt(0) - 64}`);

  // The clicker: the countdown starts, then the vote, then what every reply does, then the room's choice.
  const portrait = projector.locator('.pj-portrait');
  await portrait.evaluate((el) => ((el as HTMLElement & { kept?: boolean }).kept = true));
  await page.keyboard.press('PageDown');
  await expect(projector.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('button', { name: W.pauseCountdown })).toBeVisible();
  // The clock ticks on the projector without the picture being built again.
  await expect(projector.getByRole('timer')).toHaveText(/^0:5\d$/);
  expect(await portrait.evaluate((el) => (el as HTMLElement & { kept?: boolean }).kept)).toBe(true);
  await page.keyboard.press('PageDown');
  await expect(projector.getByText(W.votesFor(3, 4))).toBeVisible();
  await expect(projector.getByRole('timer')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(projector.getByText(new RegExp(W.bestHere))).toBeVisible();
  await shot(projector, 'workshop-projector-what-if');
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await shot(projector, 'workshop-projector-what-if-1080');
  await projector.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('PageUp');
  await expect(projector.getByText(new RegExp(W.bestHere))).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await projectorAt(projector, 'turn', 2);

  // Blank the projector and bring it back.
  await page.keyboard.press('b');
  await projectorAt(projector, 'blank');
  await page.keyboard.press('b');
  await projectorAt(projector, 'turn', 2);

  // A reload of the console mid-workshop, once the last change is kept: the workshop comes back, and the
  // projector finds it again.
  await expect.poll(async () => (await hook(page)).unsaved).toBe(false);
  await page.reload();
  await onScreen(page, 'home');
  await page.getByRole('button', { name: W.runWorkshop }).click();
  await page.getByRole('button', { name: W.continueWorkshop }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: W.decision(2) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: W.projectorConnected })).toBeVisible();
  await projectorAt(projector, 'turn', 2);
  await shot(page, 'workshop-console');

  // The rest of the best line, each by its own Play button (a consensus each time).
  for (let n = 1; n < best.length; n++) {
    const id = best[n]!;
    const item = page
      .getByRole('list', { name: W.replies })
      .getByRole('listitem')
      .filter({ hasText: replyText(s, id) });
    await item.getByRole('button', { name: W.consensusOn(letterOf(n, id)) }).click();
    await page.getByRole('button', { name: W.playRoomChoice(letterOf(n, id)) }).click();
  }
  await projectorAt(projector, 'results');
  await expect(page.getByRole('heading', { name: W.groupResults })).toBeVisible();
  // One row a decision, under the headings.
  await expect(projector.getByRole('table').getByRole('row')).toHaveCount(1 + best.length);
  await expect.poll(() => projector.evaluate(() => window.__cooldownDrawn)).toBe('debrief');
  await shot(projector, 'workshop-projector-results');

  // What if the room had said something else at decision 1? The main line is kept beside it.
  await page.getByRole('button', { name: W.tryAnother(1) }).click();
  await expect(projector.getByText(W.whatIfDecision(1, 1))).toBeVisible();
  await page.getByRole('button', { name: W.playReply(other) }).click();
  await page.getByRole('button', { name: W.backToMainLine }).click();
  await projectorAt(projector, 'results');
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(W.whatIfLine(1)) })).toBeVisible();

  // The CSV: one row per decision of both lines.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: W.exportCsv }).click(),
  ]);
  const csv = await (await file.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString('utf8'));
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toBe(W.csv.headings.join(','));
  expect(rows).toHaveLength(1 + best.length + 1);
  expect(rows.filter((r) => r.includes(W.csv.whatIf(1)))).toHaveLength(1);

  // Back to the other scenario of the plan.
  await page.getByRole('button', { name: W.previousScenario }).click();
  await expect(page.getByRole('heading', { level: 1, name: W.runningTitle(second.data.title) })).toBeVisible();
  await projectorAt(projector, 'turn', 1);

  expect([...(await axeProblems(page, 'console')), ...(await axeProblems(projector, 'projector'))]).toEqual([]);
});

test('the console shows the projector view itself on a single screen, and prints a one-page summary', async ({
  page,
}) => {
  await openConsole(page);
  await page.getByRole('button', { name: W.clearPlan }).click();
  await page.getByRole('checkbox', { name: new RegExp(s.data.title) }).check();
  await page.getByRole('button', { name: W.startWorkshop }).click();
  await page.getByRole('button', { name: W.showHere }).click();
  const here = page.getByRole('dialog', { name: W.projectorHere });
  await expect(here.getByRole('list', { name: W.replies })).toBeVisible();
  await expect(here.getByText(W.bestHere)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(here).toHaveCount(0);

  const item = page
    .getByRole('list', { name: W.replies })
    .getByRole('listitem')
    .filter({ hasText: replyText(s, best[0]!) });
  await item.getByRole('button', { name: new RegExp(`^${W.playReply('')}`) }).click();
  // As the browser does before it prints (its own command, or the page's button).
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: W.exportCsv })).toBeHidden();
  await expect(page.getByRole('table').first()).toContainText(replyText(s, best[0]!));
  await page.screenshot({ path: 'e2e/artifacts/workshop-print.png' });
});
