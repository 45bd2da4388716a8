/**
 * Page objects, one per screen (and the pause menu), in the style of tldraw's
 * end-to-end fixtures: each finds its screen's controls by accessible role
 * and a name from the message catalogue, never an English literal, so the
 * same tests run in every locale. `test` hands them to a test as fixtures on
 * its page; `screensOf` makes them for any other page. The ways through
 * several screens are here too.
 */
import { test as base, type Frame, type Page } from '@playwright/test';
import type { Scenario } from '../../src/engine/index.ts';
import { onScreen, readyToReply, type How } from '../support.ts';
import { BriefingPage } from './briefing.ts';
import { ConversationPage } from './conversation.ts';
import { DebriefPage } from './debrief.ts';
import { HomePage } from './home.ts';
import { LibraryPage } from './library.ts';
import { PauseDialog } from './pause.ts';
import { ProfilesPage } from './profiles.ts';
import { ProgressPage } from './progress.ts';
import { SettingsPage } from './settings.ts';

export {
  BriefingPage,
  ConversationPage,
  DebriefPage,
  HomePage,
  LibraryPage,
  PauseDialog,
  ProfilesPage,
  ProgressPage,
  SettingsPage,
};

export interface Screens {
  home: HomePage;
  library: LibraryPage;
  briefing: BriefingPage;
  conversation: ConversationPage;
  pause: PauseDialog;
  debrief: DebriefPage;
  settings: SettingsPage;
  progress: ProgressPage;
  profiles: ProfilesPage;
}

/** Every screen's page object for one page (a second tab, a phone-sized context). */
export function screensOf(page: Page): Screens {
  return {
    home: new HomePage(page),
    library: new LibraryPage(page),
    briefing: new BriefingPage(page),
    conversation: new ConversationPage(page),
    pause: new PauseDialog(page),
    debrief: new DebriefPage(page),
    settings: new SettingsPage(page),
    progress: new ProgressPage(page),
    profiles: new ProfilesPage(page),
  };
}

/** Playwright's test with each screen's page object, for the test's own page, as a fixture. */
export const test = base.extend<Screens>({
  home: async ({ page }, use) => use(new HomePage(page)),
  library: async ({ page }, use) => use(new LibraryPage(page)),
  briefing: async ({ page }, use) => use(new BriefingPage(page)),
  conversation: async ({ page }, use) => use(new ConversationPage(page)),
  pause: async ({ page }, use) => use(new PauseDialog(page)),
  debrief: async ({ page }, use) => use(new DebriefPage(page)),
  settings: async ({ page }, use) => use(new SettingsPage(page)),
  progress: async ({ page }, use) => use(new ProgressPage(page)),
  profiles: async ({ page }, use) => use(new ProfilesPage(page)),
});

export { expect } from '@playwright/test';

/** From home: library, the scenario's briefing, start — answering the phone if it rings — until the replies are on offer. */
export async function startScenario(page: Page, s: Scenario, how: How = 'click'): Promise<void> {
  const { home, library } = screensOf(page);
  await onScreen(page, 'home');
  await home.openLibrary(how);
  await library.open(s.data.title, how);
  await startFromBriefing(page, s, how);
}

/** From the scenario's briefing: start, answering the phone if it rings, until the replies are on offer. */
export async function startFromBriefing(page: Page | Frame, s: Scenario, how: How = 'click'): Promise<void> {
  const briefing = new BriefingPage(page);
  const conversation = new ConversationPage(page);
  await briefing.shown();
  await briefing.start(how);
  if (s.data.channel === 'phone') await conversation.answerCall(how);
  await readyToReply(page);
}

/** From the debrief back home, by the library. */
export async function debriefToHome(page: Page): Promise<void> {
  const { debrief, library } = screensOf(page);
  await debrief.backToLibrary();
  await library.goHome();
}
