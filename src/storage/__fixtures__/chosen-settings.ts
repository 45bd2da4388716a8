/** Settings a trainee has changed from every default, for tests that store and read them back. */
import type { StoredSettings } from '../records.ts';

export const CHOSEN_SETTINGS: StoredSettings = {
  timer: 'off',
  reducedMotion: true,
  volume: 0.5,
  effects: 0.7,
  ambience: 0.2,
  muted: false,
  speech: true,
  textSize: 'large',
};
