/** Page start-up: load content, open storage, start the stage and show the library. */
import { AnalysisCache } from './app/analysis-cache.ts';
import { bundledLibrary } from './app/content.ts';
import { ProgressService } from './app/progress-service.ts';
import { AudioDirector } from './game/audio/audio-director.ts';
import { createStage } from './game/stage.ts';
import { openStore } from './storage/localforage-store.ts';
import { ProgressRepository } from './storage/progress-repository.ts';
import { mountApp } from './ui/app.ts';
import { DEFAULT_SETTINGS } from './ui/context.ts';
import { MESSAGES } from './ui/messages.ts';
// Atkinson Hyperlegible: an open font designed for readers with low vision, shipped with the app.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/style.css';

async function start(): Promise<void> {
  const status = document.getElementById('status')!;
  const bar = document.getElementById('progress') as HTMLProgressElement;
  const step = (pct: number) => {
    bar.value = pct;
    status.textContent = MESSAGES.loading(pct);
  };
  step(10);
  const library = bundledLibrary();
  step(40);
  const { store, warning } = await openStore();
  const repo = new ProgressRepository(store);
  let profileId = await repo.lastProfileId();
  if (!profileId || !(await repo.profile(profileId))) {
    profileId = ((await repo.profiles())[0] ?? (await repo.createProfile('Trainee'))).id;
    await repo.rememberProfile(profileId);
  }
  step(70);
  const stage = await createStage(document.getElementById('stage')!);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  step(100);
  document.getElementById('boot')!.remove();
  const analyses = new AnalysisCache();
  const ctx = mountApp(document.getElementById('screen')!, document.getElementById('live')!, document.getElementById('notice')!, {
    library,
    stage,
    sound: AudioDirector.create(`${import.meta.env.BASE_URL}audio/`),
    repo,
    progress: new ProgressService(repo, library.scenarios, analyses.judgeFor, analyses.bestPossibleFor),
    profileId,
    settings: DEFAULT_SETTINGS(reducedMotion),
  }, reducedMotion);
  if (warning) ctx.notify(MESSAGES.storageWarning);
  await ctx.switchProfile(profileId);
  ctx.show('library');
}

void start();
