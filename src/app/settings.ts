/**
 * The trainee's settings and where they are kept (per profile, through the
 * progress repository). Their values, lists and defaults are the stored
 * record's (src/storage/records.ts); reduced motion starts from the system's
 * preference until the trainee chooses otherwise.
 */
import type { ProgressRepository } from '../storage/progress-repository.ts';
import { SETTINGS_DEFAULTS, TEXT_SIZES, TIMER_SETTINGS, type StoredSettings } from '../storage/records.ts';

export { TEXT_SIZES, TIMER_SETTINGS };
export type Settings = StoredSettings;
export type TimerSetting = (typeof TIMER_SETTINGS)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

export function defaultSettings(systemReducedMotion: boolean): Settings {
  return { ...SETTINGS_DEFAULTS, reducedMotion: systemReducedMotion };
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
