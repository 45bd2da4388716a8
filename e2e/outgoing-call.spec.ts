/**
 * Issue 17, fault 5: a call the trainee makes reads as outgoing — "Calling …",
 * the ringing tone, a button that connects it — and a call that comes in still
 * rings with "Answer the call". Either way the words sit under the caller's
 * picture, never over the face.
 */
import type { Page } from '@playwright/test';
import type { Scenario } from '../src/engine/index.ts';
import { expect, screensOf, test } from './pages/index.ts';
import { M, onScreen, PLAYED, readyToReply, scenario } from './support.ts';

test.use({ reducedMotion: 'reduce' });

/** The follow-up call the trainee promised to make (onboarding's third step). */
const OUTGOING = 'follow-up-call';

/** From home to the scenario's call, ringing (not yet answered or connected). */
async function ringing(page: Page, s: Scenario): Promise<void> {
  const { home, library, briefing } = screensOf(page);
  await page.goto('/');
  await onScreen(page, 'home');
  await home.openLibrary();
  await library.open(s.data.title);
  await briefing.shown();
  await briefing.start();
  await expect.poll(async () => page.evaluate(() => window.__cooldown?.phase)).toBe('intro');
}

/** The call's words and button lie wholly below the picture's slot (so they never cover the face drawn in it). */
async function introUnderPicture(page: Page): Promise<void> {
  const [slot, intro] = await Promise.all([
    page.locator('.conversation .stage-slot').boundingBox(),
    page.locator('.call-intro').boundingBox(),
  ]);
  expect(slot && intro).toBeTruthy();
  expect(intro!.y).toBeGreaterThanOrEqual(slot!.y + slot!.height - 1);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`the call the trainee makes reads as outgoing, and connects from the keyboard (${size.width}×${size.height})`, async ({
    page,
    conversation,
  }) => {
    const s = scenario(OUTGOING);
    expect(s.data.direction).toBe('outgoing');
    await page.setViewportSize(size);
    await ringing(page, s);
    await expect(conversation.introLine).toHaveText(M.calling(s.persona.name));
    await expect(conversation.ringbackCaption).toBeVisible();
    await expect(page.getByText(M.incoming(s.persona.name))).toHaveCount(0);
    await expect(conversation.caption('ring')).toHaveCount(0);
    await expect(conversation.main.getByRole('button', { name: M.answer, exact: true })).toHaveCount(0);
    const connect = conversation.main.getByRole('button', { name: M.connect, exact: true });
    await expect(connect).toBeFocused();
    await introUnderPicture(page);
    await page.keyboard.press('Enter');
    await readyToReply(page);
    await expect(conversation.introLine).toHaveCount(0);
    await expect(conversation.ringbackCaption).toHaveCount(0);
  });

  test(`a customer's call still rings in, under the caller's picture (${size.width}×${size.height})`, async ({
    page,
    conversation,
  }) => {
    const s = scenario(PLAYED.phone);
    expect(s.data.direction ?? 'incoming').toBe('incoming');
    await page.setViewportSize(size);
    await ringing(page, s);
    await expect(conversation.introLine).toHaveText(M.incoming(s.persona.name));
    await expect(conversation.caption('ring')).toBeVisible();
    await introUnderPicture(page);
    // The page object's answerCall() picks up either kind of call.
    await conversation.answerCall();
    await readyToReply(page);
  });
}
