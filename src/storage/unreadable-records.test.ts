/**
 * Records that cannot be read: a profile whose own record is damaged or from a
 * newer Cooldown stays reachable through its data; nothing is written over a
 * record this version cannot read; a set-aside that does not fit on the disk
 * is skipped (issue 16, items 1, 2 and 4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, parseBackup } from './backup.ts';
import { MemoryStore, StorageFullError, type KeyValueStore } from './key-value-store.ts';
import { NewerRecordError, ProgressRepository } from './progress-repository.ts';
import type { Attempt } from './records.ts';
import { CHOSEN_SETTINGS } from './__fixtures__/chosen-settings.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));
const attemptV1 = fixture('attempt-v1.json');
const attemptV2 = fixture('attempt-v2.json');
const profileV1 = fixture('profile-v1.json');
const attempt = (over: Partial<Attempt> = {}): Attempt => ({ ...attemptV2.data, ...over });
const now = () => new Date('2026-12-01T12:00:00.000Z');

const SETTINGS = CHOSEN_SETTINGS;
const DAMAGED_PROFILE = { kind: 'profile', v: 1, data: { id: 'prof1', name: 42 } };
const NEWER_PROFILE = { kind: 'profile', v: 9, data: { id: 'prof1', names: { given: 'Ilze' } } };
const NEWER_SETTINGS = { kind: 'settings', v: 9, data: { theme: 'dark' } };

/** Ilze (prof1) with two attempts and her settings; Minh beside her. */
async function seeded(store: KeyValueStore = new MemoryStore()) {
  const repo = new ProgressRepository(store, now);
  await repo.store.set('profile/prof1', profileV1);
  await repo.addAttempt(attempt({ id: 'a1' }));
  await repo.addAttempt(attempt({ id: 'a2', endedAt: '2026-11-02T10:00:00.000Z' }));
  await repo.saveSettings('prof1', SETTINGS);
  const minh = await repo.createProfile('Minh');
  return { repo, minh };
}

describe('a profile whose own record cannot be read', () => {
  it('when damaged, is listed with its attempts, sets the record aside, and can be rebuilt under a new name', async () => {
    const { repo, minh } = await seeded();
    await repo.store.set('profile/prof1', DAMAGED_PROFILE);

    const listed = await repo.profileEntries();
    expect(listed).toEqual([
      { id: minh.id, profile: minh, attempts: 0 },
      { id: 'prof1', unreadable: 'damaged', attempts: 2 },
    ]);
    expect(repo.takeNotices()).toMatchObject([{ key: 'profile/prof1', record: 'profile', kind: 'moved-aside' }]);
    // Set aside, not deleted, and the profile is still there on the next read, without a second notice.
    const [aside] = await repo.store.keys('quarantine/');
    expect(aside).toMatch(/\/profile\/prof1$/);
    expect(await repo.store.get(aside!)).toMatchObject({ raw: DAMAGED_PROFILE, reason: { reason: 'damaged' } });
    expect(await repo.profileEntry('prof1')).toEqual({ id: 'prof1', unreadable: 'damaged', attempts: 2 });
    expect(repo.takeNotices()).toEqual([]);
    expect(await repo.profileExists('prof1')).toBe(true);
    // Everything of it still reads.
    expect((await repo.attempts('prof1')).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(await repo.settings('prof1')).toEqual(SETTINGS);

    const rebuilt = await repo.rebuildProfile('prof1', '  Ilze ');
    expect(rebuilt).toEqual({ id: 'prof1', name: 'Ilze', createdAt: now().toISOString() });
    expect(await repo.profileEntry('prof1')).toEqual({ id: 'prof1', profile: rebuilt, attempts: 2 });
    expect(await repo.store.keys('quarantine/')).toEqual([aside]);
  });

  it('when its record is missing altogether (set aside by an older version), is still listed through its data', async () => {
    const { repo } = await seeded();
    await repo.store.remove('profile/prof1');
    expect(await repo.profileEntry('prof1')).toEqual({ id: 'prof1', unreadable: 'damaged', attempts: 2 });
    expect((await repo.profileEntries()).map((e) => e.id)).toContain('prof1');
    // A profile with nothing left is gone.
    expect(await repo.profileEntry('nobody')).toBeUndefined();
    expect(await repo.profileExists('nobody')).toBe(false);
  });

  it('when newer, is listed with its attempts and left exactly as it is: no rebuild, no rename', async () => {
    const { repo } = await seeded();
    await repo.store.set('profile/prof1', NEWER_PROFILE);
    expect(await repo.profileEntry('prof1')).toEqual({ id: 'prof1', unreadable: 'newer', attempts: 2 });
    expect((await repo.profileEntries()).find((e) => e.id === 'prof1')).toEqual({
      id: 'prof1',
      unreadable: 'newer',
      attempts: 2,
    });
    await expect(repo.rebuildProfile('prof1', 'Ilze')).rejects.toBeInstanceOf(NewerRecordError);
    await expect(repo.putProfile({ id: 'prof1', name: 'Ilze', createdAt: now().toISOString() })).rejects.toMatchObject({
      name: 'NewerRecordError',
      record: 'profile',
    });
    expect(await repo.store.get('profile/prof1')).toEqual(NEWER_PROFILE);
    expect(await repo.store.keys('quarantine/')).toEqual([]);
    expect(await repo.profileExists('prof1')).toBe(true);
  });

  it('is exported in a backup with its attempts, under the name given for it', async () => {
    const { repo } = await seeded();
    await repo.store.set('profile/prof1', DAMAGED_PROFILE);
    const backup = await exportBackup(repo, undefined, now(), 'Unnamed trainee');
    const mine = backup.profiles.find((p) => p.profile.id === 'prof1');
    expect(mine?.profile.name).toBe('Unnamed trainee');
    expect(mine?.attempts.map((a) => a.id)).toEqual(['a1', 'a2']);
    // A valid backup: it imports elsewhere.
    expect(() => parseBackup(JSON.stringify(backup), now())).not.toThrow();
  });
});

describe('a record from a newer version is never written over', () => {
  it('settings: saving refuses with a typed error and leaves them as they are', async () => {
    const { repo } = await seeded();
    await repo.store.set('settings/prof1', NEWER_SETTINGS);
    expect(await repo.settings('prof1')).toBeUndefined();
    const refused = repo.saveSettings('prof1', SETTINGS);
    await expect(refused).rejects.toBeInstanceOf(NewerRecordError);
    await expect(refused).rejects.toMatchObject({ record: 'settings' });
    expect(await repo.store.get('settings/prof1')).toEqual(NEWER_SETTINGS);
  });

  it('a conversation in progress and an attempt of the same id', async () => {
    const { repo } = await seeded();
    const newerConversation = { kind: 'session', v: 9, data: { id: 'c1' } };
    await repo.store.set('session/prof1/c1', newerConversation);
    await expect(
      repo.saveConversation({
        id: 'c1',
        profileId: 'prof1',
        startedAt: '2026-01-01T00:00:00.000Z',
        savedAt: '2026-01-01T00:00:00.000Z',
        point: { scenarioId: 'tiny', scenarioHash: 'h', at: 'a', anger: 50, flags: [], replies: [], clockLeftMs: 1 },
      }),
    ).rejects.toBeInstanceOf(NewerRecordError);
    expect(await repo.store.get('session/prof1/c1')).toEqual(newerConversation);

    const newerAttempt = { ...attemptV2, v: 9 };
    await repo.store.set('attempt/prof1/a9', newerAttempt);
    await expect(repo.addAttempt(attempt({ id: 'a9' }))).rejects.toBeInstanceOf(NewerRecordError);
    expect(await repo.store.get('attempt/prof1/a9')).toEqual(newerAttempt);
  });

  it('the attempt index is not rebuilt over a newer one', async () => {
    const { repo } = await seeded();
    const newerIndex = { kind: 'attempt-index', v: 9, data: { entries: [] } };
    await repo.store.set('attempt-index/prof1', newerIndex);
    expect((await repo.attemptSummaries('prof1')).map((s) => s.id)).toEqual(['a1', 'a2']);
    expect(await repo.store.get('attempt-index/prof1')).toEqual(newerIndex);
  });

  it('a damaged record in the way is set aside before the write, never lost', async () => {
    const { repo } = await seeded();
    const damaged = { kind: 'settings', v: 3, data: { timer: 'sometimes' } };
    await repo.store.set('settings/prof1', damaged);
    await repo.saveSettings('prof1', SETTINGS);
    expect(await repo.settings('prof1')).toEqual(SETTINGS);
    const aside = await repo.store.keys('quarantine/');
    expect(aside).toHaveLength(1);
    expect(await repo.store.get(aside[0]!)).toMatchObject({ raw: damaged });
  });

  it('an import skips a profile a newer version wrote here, and counts it', async () => {
    const { repo } = await seeded();
    const backup = await exportBackup(repo, ['prof1'], now());
    backup.profiles[0]!.attempts.push(attempt({ id: 'a3' }));
    await repo.store.set('profile/prof1', NEWER_PROFILE);
    const result = await importBackup(repo, backup);
    expect(result).toMatchObject({
      profilesAdded: 0,
      profilesMerged: 0,
      profilesFromNewerVersion: 1,
      attemptsAdded: 0,
    });
    expect(await repo.store.get('profile/prof1')).toEqual(NEWER_PROFILE);
    expect(await repo.store.keys('attempt/prof1/')).toEqual(['attempt/prof1/a1', 'attempt/prof1/a2']);
  });

  it('a batch that would write over one is refused whole', async () => {
    const { repo } = await seeded();
    await repo.store.set('profile/prof9', { ...NEWER_PROFILE, data: { id: 'prof9' } });
    const before = await repo.store.entries();
    await expect(
      repo.putAll([
        { profile: { id: 'prof8', name: 'A', createdAt: now().toISOString() }, attempts: [] },
        { profile: { id: 'prof9', name: 'B', createdAt: now().toISOString() }, attempts: [] },
      ]),
    ).rejects.toBeInstanceOf(NewerRecordError);
    expect(await repo.store.entries()).toEqual(before);
  });
});

describe('a full disk while setting a damaged record aside', () => {
  /** A store whose disk is full for anything new (quarantine copies, upgrades written back). */
  function fullFor(base: MemoryStore, full: (key: string) => boolean): KeyValueStore {
    return {
      persistent: true,
      get: (k) => base.get(k),
      keys: (p) => base.keys(p),
      entries: (p) => base.entries(p),
      remove: (k) => base.remove(k),
      async set(k, v) {
        if (full(k)) throw new StorageFullError(k);
        return base.set(k, v);
      },
      async setMany(entries, options) {
        const k = entries.find(([key]) => full(key));
        if (k) throw new StorageFullError(k[0]);
        return base.setMany(entries, options);
      },
    };
  }

  it('skips the set-aside, keeps the record where it is, reads the rest, and says so', async () => {
    const base = new MemoryStore();
    await seeded(base);
    const damaged = { ...attemptV1, data: { ...attemptV1.data, id: 'bad', finalAnger: 'very' } };
    await base.set('attempt/prof1/bad', damaged);
    await base.set('profile/prof1', DAMAGED_PROFILE);
    const repo = new ProgressRepository(
      fullFor(base, (k) => k.startsWith('quarantine/')),
      now,
    );

    expect((await repo.attempts('prof1')).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(await repo.profileEntry('prof1')).toEqual({ id: 'prof1', unreadable: 'damaged', attempts: 3 });
    expect(repo.takeNotices().map((n) => [n.key, n.kind])).toEqual([
      ['attempt/prof1/bad', 'left-in-place'],
      ['profile/prof1', 'left-in-place'],
    ]);
    expect(await base.get('attempt/prof1/bad')).toEqual(damaged);
    expect(await base.get('profile/prof1')).toEqual(DAMAGED_PROFILE);
    expect(await base.keys('quarantine/')).toEqual([]);
  });

  it('an upgrade that cannot be written back is still read', async () => {
    const base = new MemoryStore();
    await base.set('attempt/prof1/old', { ...attemptV1, data: { ...attemptV1.data, id: 'old' } });
    const repo = new ProgressRepository(
      fullFor(base, () => true),
      now,
    );
    expect((await repo.attempts('prof1')).map((a) => a.id)).toEqual(['old']);
    expect(await base.get('attempt/prof1/old')).toMatchObject({ v: 1 });
  });
});
