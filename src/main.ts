/**
 * Page start-up: the palette into CSS, the real loading steps (font, scenarios,
 * storage, sound) shown on the page's progress bar, the home screen, and then
 * the canvas, which the page does not wait for. A failure is shown in words,
 * never a blank page.
 */
import { AnalysisCache } from './app/analysis-cache.ts';
import { BackupService } from './app/backup-service.ts';
import { bundledLibrary } from './app/content.ts';
import { StorageNotices } from './app/notices.ts';
import { ProfileService } from './app/profile-service.ts';
import { ConversationService } from './app/flow/conversation-service.ts';
import { ProgressService } from './app/progress-service.ts';
import { SettingsService } from './app/settings.ts';
import { WorkshopService } from './app/workshop/workshop-service.ts';
import { saveProblemOf, takeOverFromMemory } from './app/storage-status.ts';
import { openLmsSession, type LmsStart } from './app/lms-session.ts';
import { connectLearningSystem } from './lms/connect.ts';
import { browserStorage } from './lms/cmi5/statement-queue.ts';
import type { LmsFault } from './lms/learning-system.ts';
import { AudioDirector } from './game/audio/audio-director.ts';
import { LateStage } from './game/late-stage.ts';
import { cssVariables } from './game/theme.ts';
import { openStore, type OpenedStore } from './storage/localforage-store.ts';
import { ProgressRepository } from './storage/progress-repository.ts';
import { applySettings } from './ui/apply-settings.ts';
import { mountApp, prefetchScreens, whenIdle } from './ui/app.ts';
import type { UiContext } from './ui/context.ts';
import { moduleEntry, screenToReopen, takeRememberedScreen, withChunkRetries } from './ui/screen-loading.ts';
import { MESSAGES as M } from './messages/index.ts';
import { publishScreen } from './ui/state-hook.ts';
// Atkinson Hyperlegible: an open font designed for readers with low vision, shipped with the app.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/style.css';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function start(): Promise<void> {
  publishScreen({ screen: 'boot' });
  for (const [name, value] of Object.entries(cssVariables())) document.documentElement.style.setProperty(name, value);
  const systemReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The font and the storage start now, while Phaser boots; the bar below follows them as each is ready.
  // The canvas draws text in the same font, so it must be ready first; a missing font only means a fallback.
  const fonts = Promise.all([
    document.fonts.load('400 1em "Atkinson Hyperlegible"'),
    document.fonts.load('700 1em "Atkinson Hyperlegible"'),
  ]).catch(() => []);
  const opening = openStore();
  // An LMS that launched us is found now: its faults wait for the notice area, which comes later.
  const lmsFaults: LmsFault[] = [];
  let onLmsFault = (f: LmsFault): void => void lmsFaults.push(f);
  const connecting = connectLearningSystem(
    { window: window as never, query: location.search, fetch: window.fetch.bind(window), storage: browserStorage() },
    (f) => onLmsFault(f),
  );
  // The page does not wait for Phaser: the canvas starts once home is up, and takes over the pictures then.
  const stage = new LateStage();
  const boot = byId('boot');
  const step = (fraction: number, key: string) => {
    byId<HTMLProgressElement>('boot-progress').value = Math.round(fraction * 100);
    byId('boot-status').textContent = M.loadingStep[key]!;
  };

  step(0.1, 'fonts');
  await fonts;
  step(0.35, 'content');
  const library = bundledLibrary();
  step(0.6, 'storage');
  const { store, fault, later } = await opening;
  const repo = new ProgressRepository(store);
  const profiles = new ProfileService(repo, M.freshProfileName);
  let profileId = (await profiles.atStart()).id;
  const analyses = new AnalysisCache();
  const progress = new ProgressService(repo, library.scenarios, analyses.judgeFor, analyses.bestPossibleFor);
  const conversations = new ConversationService(repo, progress, library.scenarios);
  const lms = await connecting;
  let lmsStart: LmsStart | undefined;
  if (lms.kind !== 'standalone') {
    window.addEventListener('pagehide', () => lms.leave());
    lmsStart = await openLmsSession({
      system: lms,
      query: location.search,
      scenarios: library.scenarios,
      profiles,
      repo,
      analyses,
      conversations,
      fallbackProfile: profileId,
    });
    profileId = lmsStart.profileId;
  }
  const settingsService = new SettingsService(repo, systemReducedMotion);
  const saved = await settingsService.load(profileId);
  // An LMS that keeps the learner's audio preference (cmi5) decides sound for this session.
  const audio = lms.preferences?.audio;
  const settings = audio ? { ...saved, muted: audio === 'off' } : saved;
  step(0.85, 'sound');
  // Only set up here; the sounds themselves load once home is up.
  const sound = AudioDirector.create(`${import.meta.env.BASE_URL}audio/`);
  applySettings(settings, stage, sound);
  step(1, 'ready');

  const ctx = mountApp(
    byId('screen'),
    byId('live'),
    byId('notice'),
    {
      library,
      stage,
      sound,
      profiles,
      progress,
      conversations,
      backups: new BackupService(repo),
      notices: new StorageNotices(repo),
      analyses,
      workshops: new WorkshopService(repo),
      settingsService,
      profileId,
      learnerFixed: lms.kind !== 'standalone',
      settings,
    },
    // What the first screen does not need waits until it is up and the page is idle: the canvas and its
    // pictures, the next screens' code, the sounds.
    () =>
      whenIdle(() => {
        void startCanvas(stage, systemReducedMotion);
        prefetchScreens();
        sound.load();
      }),
  );
  if (fault) ctx.notify(M.storageFault(fault));
  onLmsFault = (f) => ctx.notify(M.lmsFault(f));
  lmsFaults.forEach(onLmsFault);
  if (lmsStart?.problem) ctx.notify(M.lmsLaunch(lmsStart.problem));
  // cmi5: once the conversation is over, the way back to the course the LMS named.
  const returnUrl = lms.returnUrl;
  const reporting = conversations.onStart;
  if (returnUrl)
    conversations.onStart = (flow, scenario) => {
      reporting?.(flow, scenario);
      flow.on('finished', () =>
        ctx.notify(M.lmsReturn, {
          label: M.lmsReturnButton,
          run: () => {
            lms.leave();
            location.assign(returnUrl);
          },
        }),
      );
    };
  if (later) takeOverWhenOpen(ctx, later);
  boot.remove();
  // After a reload offered because a screen's code could not be fetched: that screen, else home.
  const back = screenToReopen(takeRememberedScreen(), profileId, library.scenarios);
  if (back) ctx.show(back.name, back.scenario, back.options);
  else if (lmsStart?.resume) ctx.show('conversation', lmsStart.scenario, { resume: lmsStart.resume });
  else if (lmsStart?.scenario) ctx.show('briefing', lmsStart.scenario);
  else ctx.show('home');
}

/** Loads and boots Phaser, and hands it the pictures. Without it the game still plays, with no pictures. */
async function startCanvas(late: LateStage, reducedMotion: boolean): Promise<void> {
  try {
    const Stage = await withChunkRetries(() => moduleEntry(() => import('./game/stage.ts'), 'Stage'));
    late.attach(await Stage.create(byId('stage'), reducedMotion));
  } catch (e) {
    console.error('The canvas could not start; the game goes on without pictures.', e);
  }
}

/**
 * The saved progress opened after start-up had gone on from memory: say so, and
 * let it take over before the next screen, with what was played meanwhile.
 */
function takeOverWhenOpen(ctx: UiContext, later: NonNullable<OpenedStore['later']>): void {
  void later.real.then((real) => {
    ctx.withdraw(M.storageFault({ kind: 'slow' }));
    ctx.notify(M.storageOpened);
    ctx.beforeNextScreen(async () => {
      try {
        const { playing, keptAs } = await takeOverFromMemory(later.standIn, real, ctx.profileId);
        if (playing !== ctx.profileId) await ctx.switchProfile(playing);
        ctx.withdraw(M.storageOpened);
        if (keptAs !== undefined) ctx.notify(M.keptAsProfile(keptAs));
      } catch (e) {
        // Nothing moved: play goes on from memory.
        ctx.withdraw(M.storageOpened);
        ctx.notify(M.saveFailed(saveProblemOf(e)));
      }
    });
  });
}

/**
 * A workshop's projector window: the canvas and the picture the console
 * sends, nothing else (no storage, no learning system, no sound).
 */
async function startProjector(): Promise<void> {
  for (const [name, value] of Object.entries(cssVariables())) document.documentElement.style.setProperty(name, value);
  await document.fonts.load('700 1em "Atkinson Hyperlegible"').catch(() => undefined);
  const { Stage } = await import('./game/stage.ts');
  const stage = await Stage.create(byId('stage'), window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  const { mountProjector } = await import('./ui/workshop/projector-window.ts');
  byId('boot').remove();
  mountProjector(byId('screen'), stage, bundledLibrary().scenarios);
}

const projector = new URLSearchParams(location.search).get('view') === 'projector';
(projector ? startProjector() : start()).catch((e: unknown) => {
  const boot = byId('boot');
  boot.classList.remove('drawn');
  boot.classList.add('failed');
  byId('boot-status').textContent = M.loadingFailed(e instanceof Error ? e.message : String(e));
  publishScreen({ screen: 'failed' });
});
