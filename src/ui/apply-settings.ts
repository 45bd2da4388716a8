import type { Settings, UiContext } from './context.ts';

const TEXT_SCALE: Record<Settings['textSize'], number> = { normal: 1, large: 1.2, larger: 1.4 };

/** Puts settings into effect: text size on the page, motion on the stage, sound levels. */
export function applySettings(settings: Settings, ctx: Pick<UiContext, 'stage' | 'sound'>): void {
  document.documentElement.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize]));
  ctx.stage.setReducedMotion(settings.reducedMotion);
  ctx.sound.setVolumes({ master: settings.volume, effects: 1, ambience: 1 });
  ctx.sound.setMuted(settings.muted);
}
