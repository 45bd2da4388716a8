/**
 * The trainee's settings and where they are kept (per profile, through the
 * progress repository). Reduced motion starts from the system's preference
 * until the trainee chooses otherwise.
 */
import type { ProgressRepository } from '../storage/progress-repository.ts';
import type { StoredSettings } from '../storage/records.ts';
import type { TimerSetting } from './session.ts';

export type Settings = StoredSettings & { timer: TimerSetting };
export type TextSize = Settings['textSize'];

export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];
export const TIMER_SETTINGS: readonly TimerSetting[] = ['off', 'relaxed', 'normal'];

export function defaultSettings(systemReducedMotion: boolean): Settings {
  return {
    timer: 'normal',
    reducedMotion: systemReducedMotion,
    volume: 0.8,
    effects: 1,
    ambience: 0.6,
    muted: false,
    speech: false,
    textSize: 'normal',
  };
}

export class SettingsService {
  constructor(
    private readonly repo: ProgressRepository,
    private readonly systemReducedMotion: boolean,
  ) {}

  async load(profileId: string): Promise<Settings> {
    return (await this.repo.settings(profileId)) ?? defaultSettings(this.systemReducedMotion);
  }

  async save(profileId: string, settings: Settings): Promise<void> {
    await this.repo.saveSettings(profileId, settings);
  }
}
