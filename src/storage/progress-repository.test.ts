import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStore, StorageFullError, type KeyValueStore } from './key-value-store.ts';
import { openStore } from './localforage-store.ts';
import { ProgressRepository } from './progress-repository.ts';
import type { Attempt } from './records.ts';
import { CHOSEN_SETTINGS } from './__fixtures__/chosen-settings.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));
const attemptV1 = fixture('attempt-v1.json');
const attemptV2 = fixture('attempt-v2.json');
const profileV1 = fixture('profile-v1.json');
const attempt = (over: Partial<Attempt> = {}): Attempt => ({ ...attemptV2.data, ...over });

let dbCount = 0;
async function freshRepo(): Promise<ProgressRepository> {
  const { store, fault } = await openStore(`test-${++dbCount}`);
  expect(fault).toBeUndefined();
  expect(store.persistent).toBe(true);
  return new ProgressRepository(store);
}

describe('profiles', () => {
  it('creates, renames, lists in creation order and deletes with their attempts', async () => {
    let t = 0;
    const repo = new ProgressRepository((await freshRepo()).store, () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)));
    const ilze = await repo.createProfile('  Ilze ');
    const dimitar = await repo.createProfile('Dimitar');
    expect(ilze.name).toBe('Ilze');
    await repo.renameProfile(dimitar.id, 'Dimitar P.');
    expect((await repo.profiles()).map((p) => p.name)).toEqual(['Ilze', 'Dimitar P.']);

    await repo.addAttempt(attempt({ id: 'a1', profileId: ilze.id }));
    await repo.saveConversation({
      id: 'c1',
      profileId: ilze.id,
      startedAt: '2026-01-01T00:00:00.000Z',
      savedAt: '2026-01-01T00:00:00.000Z',
      point: { scenarioId: 'tiny', scenarioHash: 'h', at: 'a', anger: 50, flags: [], replies: [], clockLeftMs: 1000 },
    });
    await repo.rememberProfile(ilze.id);
    await repo.deleteProfile(ilze.id);
    expect((await repo.profiles()).map((p) => p.name)).toEqual(['Dimitar P.']);
    expect(await repo.attempts(ilze.id)).toEqual([]);
    expect(await repo.savedConversations(ilze.id)).toEqual([]);
    expect(await repo.lastProfileId()).toBeUndefined();
  });

  it('refuses an empty name and remembers the last profile', async () => {
    const repo = await freshRepo();
    await expect(repo.createProfile('   ')).rejects.toThrow();
    const p = await repo.createProfile('Lan');
    await repo.rememberProfile(p.id);
    expect(await repo.lastProfileId()).toBe(p.id);
  });
});

describe('settings', () => {
  it('are kept per profile and removed with it', async () => {
    const repo = await freshRepo();
    const a = await repo.createProfile('A');
    const b = await repo.createProfile('B');
    const settings = CHOSEN_SETTINGS;
    await repo.saveSettings(a.id, settings);
    expect(await repo.settings(a.id)).toEqual(settings);
    expect(await repo.settings(b.id)).toBeUndefined();
    await repo.deleteProfile(a.id);
    expect(await repo.settings(a.id)).toBeUndefined();
  });
});

describe('attempts and sessions', () => {
  it('keeps every attempt, oldest first, with its debrief intact', async () => {
    const repo = await freshRepo();
    await repo.addAttempt(attempt({ id: 'late', endedAt: '2026-11-02T10:00:00.000Z' }));
    await repo.addAttempt(attempt({ id: 'early', endedAt: '2026-11-01T10:00:00.000Z' }));
    const list = await repo.attempts('prof1');
    expect(list.map((a) => a.id)).toEqual(['early', 'late']);
    expect(list[0]!.debrief).toEqual(attemptV2.data.debrief);
  });

  it('two tabs adding attempts to one profile at once lose nothing', async () => {
    const name = `test-tabs-${++dbCount}`;
    const tabA = new ProgressRepository((await openStore(name)).store);
    const tabB = new ProgressRepository((await openStore(name)).store);
    await Promise.all([
      ...[1, 2, 3].map((i) => tabA.addAttempt(attempt({ id: `a${i}` }))),
      ...[1, 2, 3].map((i) => tabB.addAttempt(attempt({ id: `b${i}` }))),
    ]);
    expect((await tabA.attempts('prof1')).map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
  });

  it('saves, reads and clears the conversation in progress', async () => {
    const repo = await freshRepo();
    const saved = {
      id: 'c1',
      profileId: 'prof1',
      startedAt: '2026-01-01T00:00:00.000Z',
      savedAt: '2026-01-01T00:01:00.000Z',
      point: {
        scenarioId: 'tiny',
        scenarioHash: 'h',
        at: 'b',
        anger: 40,
        flags: ['promised'],
        replies: ['x', null],
        clockLeftMs: 4200,
      },
    };
    await repo.saveConversation(saved);
    expect(await repo.savedConversations('prof1')).toEqual([saved]);
    await repo.clearConversation('prof1', 'c1');
    expect(await repo.savedConversations('prof1')).toEqual([]);
  });
});

describe('robustness', () => {
  it('loads the fixtures of every record version', async () => {
    const repo = await freshRepo();
    await repo.store.set('profile/prof1', profileV1);
    await repo.store.set('attempt/prof1/att1', attemptV1);
    await repo.store.set('attempt/prof1/att2', fixture('attempt-v1-silence.json'));
    await repo.store.set('attempt/prof2/att1', attemptV2);
    expect((await repo.profiles())[0]!.name).toBe('Ilze');
    expect((await repo.attempts('prof1')).map((a) => a.id)).toEqual(['att1', 'att2']);
    expect((await repo.attempts('prof2'))[0]).toEqual(attemptV2.data);
    expect(repo.takeNotices()).toEqual([]);
    // Upgraded once, and written back in the current version.
    expect(await repo.store.get('attempt/prof1/att1')).toMatchObject({ v: 2 });
    expect(await repo.store.get('attempt/prof1/att2')).toMatchObject({ v: 2 });
  });

  it('upgrades version 1 settings, which had no sound, and writes the upgrade back', async () => {
    const repo = await freshRepo();
    await repo.store.set('settings/prof1', fixture('settings-v1.json'));
    expect(await repo.settings('prof1')).toEqual({
      timer: 'relaxed',
      reducedMotion: true,
      volume: 0.8,
      effects: 1,
      ambience: 0.6,
      muted: false,
      speech: false,
      textSize: 'normal',
    });
    expect(await repo.store.get('settings/prof1')).toMatchObject({ v: 3 });
  });

  it('upgrades version 2 settings, which had one volume, to separate effects and music levels', async () => {
    const repo = await freshRepo();
    await repo.store.set('settings/prof1', {
      kind: 'settings',
      v: 2,
      data: { timer: 'off', reducedMotion: false, volume: 0.4, muted: true, speech: true, textSize: 'large' },
    });
    expect(await repo.settings('prof1')).toEqual({
      timer: 'off',
      reducedMotion: false,
      volume: 0.4,
      effects: 1,
      ambience: 0.6,
      muted: true,
      speech: true,
      textSize: 'large',
    });
  });

  it('moves a damaged record aside, tells the user, and keeps everything else working', async () => {
    const repo = await freshRepo();
    await repo.addAttempt(attempt({ id: 'good' }));
    const damaged = { ...attemptV1, data: { ...attemptV1.data, id: 'bad', finalAnger: 'very' } };
    await repo.store.set('attempt/prof1/bad', damaged);
    await repo.store.set('attempt/prof1/junk', 'not even an object');

    expect((await repo.attempts('prof1')).map((a) => a.id)).toEqual(['good']);
    const notices = repo.takeNotices();
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['attempt/prof1/bad', 'moved-aside'],
      ['attempt/prof1/junk', 'moved-aside'],
    ]);
    expect(notices[0]).toMatchObject({ record: 'attempt', problem: { reason: 'damaged', path: 'finalAnger' } });
    expect(notices[1]).toMatchObject({ record: 'attempt', problem: { reason: 'not-a-record' } });
    const aside = await repo.store.keys('quarantine/');
    expect(aside).toHaveLength(2);
    expect(await repo.store.get(aside.find((k) => k.endsWith('/bad'))!)).toMatchObject({ raw: damaged });
  });

  it('refuses a record from a newer version and leaves it untouched', async () => {
    const repo = await freshRepo();
    const future = { kind: 'profile', v: 99, data: { id: 'x', shape: 'unknown' } };
    await repo.store.set('profile/x', future);
    expect(await repo.profiles()).toEqual([]);
    expect(repo.takeNotices()).toEqual([
      {
        key: 'profile/x',
        record: 'profile',
        kind: 'newer-version',
        problem: { reason: 'newer', version: 99, readsUpTo: 1 },
      },
    ]);
    expect(await repo.store.get('profile/x')).toEqual(future);
  });

  it('reports a full disk and keeps the previous value', async () => {
    const base = new MemoryStore();
    const full: KeyValueStore = {
      persistent: true,
      get: (k) => base.get(k),
      keys: (p) => base.keys(p),
      entries: (p) => base.entries(p),
      remove: (k) => base.remove(k),
      async set() {
        throw new StorageFullError('attempt/prof1/new');
      },
      async setMany() {
        throw new StorageFullError('attempt/prof1/new');
      },
    };
    await new ProgressRepository(base).addAttempt(attempt({ id: 'kept' }));
    const repo = new ProgressRepository(full);
    await expect(repo.addAttempt(attempt({ id: 'new' }))).rejects.toBeInstanceOf(StorageFullError);
    expect((await repo.attempts('prof1')).map((a) => a.id)).toEqual(['kept']);
  });

  it('translates the browser quota error into StorageFullError', async () => {
    const { LocalforageStore } = await import('./localforage-store.ts');
    const db = {
      setItem: async () => {
        throw new DOMException('over quota', 'QuotaExceededError');
      },
    } as unknown as LocalForage;
    await expect(new LocalforageStore(db).set('k', 1)).rejects.toBeInstanceOf(StorageFullError);
  });

  it('falls back to memory with a warning when IndexedDB is unavailable', async () => {
    // Private modes and locked-down browsers throw on open.
    const idb = globalThis.indexedDB;
    const open = idb.open;
    idb.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const { store, fault } = await openStore(`blocked-${++dbCount}`);
      expect(store.persistent).toBe(false);
      expect(fault).toEqual({ kind: 'unavailable' });
      await store.set('k', { a: 1 });
      expect(await store.get('k')).toEqual({ a: 1 });
    } finally {
      idb.open = open;
    }
  });
});
