import type { Settings } from '../app/settings.ts';
import type { SoundPort, StagePort } from './stage-port.ts';

const TEXT_SCALE: Record<Settings['textSize'], number> = { normal: 1, large: 1.2, larger: 1.4 };

/** Puts settings into effect: text size and motion on the page, motion on the stage, sound levels. */
export function applySettings(settings: Settings, stage: StagePort, sound: SoundPort): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize]));
  root.classList.toggle('reduced-motion', settings.reducedMotion);
  stage.setReducedMotion(settings.reducedMotion);
  sound.setVolumes({ master: settings.volume, effects: settings.effects, ambience: settings.ambience });
  sound.setMuted(settings.muted);
}
