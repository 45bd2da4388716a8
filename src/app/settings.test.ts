import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.ts';
import { ProgressRepository } from '../storage/progress-repository.ts';
import { SETTINGS, SettingsSchema } from '../storage/records.ts';
import { decode } from '../storage/versioned.ts';
import { defaultSettings, SettingsService, TEXT_SIZES, TIMER_SETTINGS } from './settings.ts';

describe('settings', () => {
  it('defaults are valid stored settings, with reduced motion from the system', () => {
    expect(SettingsSchema.parse(defaultSettings(true))).toEqual(defaultSettings(true));
    expect(defaultSettings(true).reducedMotion).toBe(true);
    expect(defaultSettings(false).reducedMotion).toBe(false);
  });

  it('lists every value the stored record accepts, and nothing else', () => {
    for (const timer of TIMER_SETTINGS) expect(SettingsSchema.shape.timer.parse(timer)).toBe(timer);
    for (const size of TEXT_SIZES) expect(SettingsSchema.shape.textSize.parse(size)).toBe(size);
    expect(SettingsSchema.shape.timer.options).toEqual([...TIMER_SETTINGS]);
    expect(SettingsSchema.shape.textSize.options).toEqual([...TEXT_SIZES]);
  });

  it('a profile with no settings gets the defaults; saved ones come back as saved', async () => {
    const service = new SettingsService(new ProgressRepository(new MemoryStore()), true);
    expect(await service.load('p1')).toEqual(defaultSettings(true));
    const mine = { ...defaultSettings(true), timer: 'off', textSize: 'larger' } as const;
    await service.save('p1', mine);
    expect(await service.load('p1')).toEqual(mine);
  });

  it('version 1 settings gain the same defaults a new profile starts with', () => {
    const upgraded = decode(SETTINGS, { kind: 'settings', v: 1, data: { timer: 'relaxed', reducedMotion: false } });
    expect(upgraded).toEqual({ ok: true, migrated: true, value: { ...defaultSettings(false), timer: 'relaxed' } });
  });
});
