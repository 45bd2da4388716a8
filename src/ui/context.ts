import type { Library, Scenario } from '../engine/index.ts';
import type { AudioDirector } from '../game/audio/audio-director.ts';
import type { StageScene } from '../game/stage-scene.ts';
import type { ProgressService } from '../app/progress-service.ts';
import type { ProgressRepository } from '../storage/progress-repository.ts';
import type { TimerSetting } from '../app/session.ts';

export interface Settings {
  timer: TimerSetting;
  reducedMotion: boolean;
  volume: number;
  muted: boolean;
  /** Read the customer's lines aloud with the browser's speech synthesis. */
  speech: boolean;
  textSize: 'normal' | 'large' | 'larger';
}

export const DEFAULT_SETTINGS = (reducedMotion: boolean): Settings => ({ timer: 'normal', reducedMotion, volume: 0.8, muted: false, speech: false, textSize: 'normal' });

export interface ShowOptions {
  /** Continue the saved conversation instead of starting afresh. */
  resume?: boolean;
  /** The saved attempt whose debrief to show. */
  attemptId?: string;
}

export type ScreenName = 'library' | 'briefing' | 'conversation' | 'debrief' | 'settings' | 'progress' | 'profiles';

/** What every screen can reach: content, services, the canvas stage and navigation. */
export interface UiContext {
  library: Library;
  stage: StageScene;
  sound: AudioDirector;
  repo: ProgressRepository;
  progress: ProgressService;
  /** The trainee playing now; switching profile changes it and reloads their settings. */
  profileId: string;
  settings: Settings;
  switchProfile(id: string): Promise<void>;
  /** Says something through the polite live region. */
  announce(text: string): void;
  /** Shows a lasting notice above the game (storage problems, failed saves). */
  notify(text: string): void;
  show(screen: ScreenName, scenario?: Scenario, options?: ShowOptions): void;
}

/** A rendered screen: its element, and what to release when leaving it. */
export interface Screen {
  element: HTMLElement;
  /** Element to focus on arrival. */
  focus?: HTMLElement;
  dispose?(): void;
}
