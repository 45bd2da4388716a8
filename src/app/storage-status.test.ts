import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStore, StorageFullError, type KeyValueStore } from '../storage/key-value-store.ts';
import { ProgressRepository } from '../storage/progress-repository.ts';
import { StandInStore } from '../storage/stand-in-store.ts';
import { saveProblemOf, takeOverFromMemory } from './storage-status.ts';
import { WorkshopService } from './workshop/workshop-service.ts';
import { SETTINGS_DEFAULTS, type Attempt } from '../storage/records.ts';

/** A game that started from memory: the stand-in profile it made, and the store that opens late. */
async function startedFromMemory() {
  const standIn = new StandInStore();
  const meanwhile = new ProgressRepository(standIn);
  const stand = await meanwhile.createProfile('Trainee');
  await meanwhile.rememberProfile(stand.id);
  await meanwhile.saveSettings(stand.id, { ...SETTINGS_DEFAULTS, timer: 'off', reducedMotion: true });
  const real = new MemoryStore();
  return { standIn, meanwhile, stand, real, there: new ProgressRepository(real) };
}

const attemptV2 = JSON.parse(
  readFileSync(new URL('../storage/__fixtures__/attempt-v2.json', import.meta.url), 'utf8'),
) as { data: Attempt };
const anAttempt = (profileId: string): Attempt => ({ ...attemptV2.data, id: 'a1', profileId });

describe('the real store taking over from memory', () => {
  it('on a first visit moves everything, and the same profile plays on', async () => {
    const { standIn, meanwhile, stand, real, there } = await startedFromMemory();
    await meanwhile.addAttempt(anAttempt(stand.id));
    expect(await takeOverFromMemory(standIn, real, stand.id)).toEqual({ playing: stand.id });
    expect((await there.profiles()).map((p) => p.id)).toEqual([stand.id]);
    expect(await there.lastProfileId()).toBe(stand.id);
    expect((await there.attempts(stand.id)).map((a) => a.id)).toEqual(['a1']);
    // From now on the game's store is the real one.
    await standIn.set('after', 1);
    expect(await real.get('after')).toBe(1);
  });

  it('for a returning trainee who played nothing meanwhile, moves nothing and gives them back their profile', async () => {
    const { standIn, stand, real, there } = await startedFromMemory();
    const own = await there.createProfile('Ada');
    await there.rememberProfile(own.id);
    expect(await takeOverFromMemory(standIn, real, stand.id)).toEqual({ playing: own.id });
    expect((await there.profiles()).map((p) => p.name)).toEqual(['Ada']);
    expect(await standIn.get(`profile/${own.id}`)).not.toBeNull();
  });

  it('for a returning trainee who played meanwhile, keeps what was played beside their own profile', async () => {
    const { standIn, meanwhile, stand, real, there } = await startedFromMemory();
    const own = await there.createProfile('Ada');
    await there.rememberProfile(own.id);
    await meanwhile.addAttempt(anAttempt(stand.id));
    expect(await takeOverFromMemory(standIn, real, stand.id)).toEqual({ playing: stand.id, keptAs: 'Trainee' });
    expect((await there.profiles()).map((p) => p.name).sort()).toEqual(['Ada', 'Trainee']);
    expect((await there.attempts(stand.id)).map((a) => a.id)).toEqual(['a1']);
    // Their own choice for next time stays.
    expect(await there.lastProfileId()).toBe(own.id);
  });

  it('keeps a workshop run meanwhile, as it keeps a conversation played', async () => {
    const { standIn, meanwhile, stand, real, there } = await startedFromMemory();
    await there.rememberProfile((await there.createProfile('Ada')).id);
    const w = new WorkshopService(meanwhile);
    const run = await w.start(stand.id, ['birthday-parcel']);
    expect(await takeOverFromMemory(standIn, real, stand.id)).toEqual({ playing: stand.id, keptAs: 'Trainee' });
    expect((await new WorkshopService(there).list(stand.id)).map((x) => x.id)).toEqual([run.id]);
  });

  it('when the move fails, writes nothing and goes on from memory', async () => {
    const { standIn, meanwhile, stand, real } = await startedFromMemory();
    await meanwhile.addAttempt(anAttempt(stand.id));
    const full: KeyValueStore = Object.assign(Object.create(real) as KeyValueStore, {
      setMany: () => Promise.reject(new StorageFullError()),
    });
    await expect(takeOverFromMemory(standIn, full, stand.id)).rejects.toBeInstanceOf(StorageFullError);
    expect(await real.keys()).toEqual([]);
    expect(standIn.persistent).toBe(false);
    expect(await standIn.get(`profile/${stand.id}`)).not.toBeNull();
  });
});

describe('a failed save', () => {
  it('is a full disk for StorageFullError and QuotaExceededError, and otherwise named by the error, never its message', () => {
    expect(saveProblemOf(new StorageFullError('attempt/p/a'))).toEqual({ kind: 'full' });
    expect(saveProblemOf(new DOMException('no room', 'QuotaExceededError'))).toEqual({ kind: 'full' });
    expect(saveProblemOf(new DOMException('attempt/p/a is busy', 'TransactionInactiveError'))).toEqual({
      kind: 'failed',
      error: 'TransactionInactiveError',
    });
    expect(saveProblemOf(new Error('session/p/x broke'))).toEqual({ kind: 'failed', error: 'unknown' });
  });
});
