import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, importBackup, parseBackup, readBackup, type Backup } from './backup.ts';
import { MemoryStore, StorageFullError, type BatchOptions, type KeyValueStore } from './key-value-store.ts';
import { openStore } from './localforage-store.ts';
import { ProgressRepository } from './progress-repository.ts';
import type { Attempt } from './records.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));
const attemptV2 = fixture('attempt-v2.json').data as Attempt;
let n = 0;
const fresh = async () => new ProgressRepository((await openStore(`backup-${++n}`)).store);

async function seeded() {
  const repo = await fresh();
  const p = await repo.createProfile('Ilze');
  const q = await repo.createProfile('Minh');
  await repo.addAttempt({ ...attemptV2, id: 'one', profileId: p.id });
  await repo.addAttempt({ ...attemptV2, id: 'two', profileId: p.id });
  await repo.addAttempt({ ...attemptV2, id: 'three', profileId: q.id });
  return { repo, p, q };
}

describe('backups', () => {
  it('exports one profile or all, and imports into an empty browser', async () => {
    const { repo, p } = await seeded();
    const one = await exportBackup(repo, [p.id]);
    expect(one.profiles.map((e) => e.profile.name)).toEqual(['Ilze']);
    const all = JSON.stringify(await exportBackup(repo));

    const other = await fresh();
    expect(await importBackup(other, parseBackup(all))).toEqual({
      profilesAdded: 2,
      profilesMerged: 0,
      attemptsAdded: 3,
      attemptsAlreadyThere: 0,
      profilesFromNewerVersion: 0,
    });
    expect((await other.profiles()).map((x) => x.name).sort()).toEqual(['Ilze', 'Minh']);
    expect((await other.attempts(p.id)).map((a) => a.debrief)).toEqual(
      (await repo.attempts(p.id)).map((a) => a.debrief),
    );
  });

  it('merges without duplicating attempts already there', async () => {
    const { repo, p } = await seeded();
    const text = JSON.stringify(await exportBackup(repo));
    await repo.addAttempt({ ...attemptV2, id: 'four', profileId: p.id });
    expect(await importBackup(repo, parseBackup(text))).toEqual({
      profilesAdded: 0,
      profilesMerged: 2,
      attemptsAdded: 0,
      attemptsAlreadyThere: 3,
      profilesFromNewerVersion: 0,
    });
    expect((await repo.attempts(p.id)).map((a) => a.id).sort()).toEqual(['four', 'one', 'two']);
  });

  it('refuses bad files with an error that says where, and changes nothing', async () => {
    const { repo } = await seeded();
    const good = await exportBackup(repo);
    const before = await repo.store.keys();
    const cases: [string, object][] = [
      ['{ not json', { kind: 'not-json' }],
      ['[]', { kind: 'not-a-backup' }],
      [JSON.stringify({ ...good, version: 7 }), { kind: 'newer', version: 7 }],
      [
        JSON.stringify({
          ...good,
          profiles: [{ ...good.profiles[0]!, attempts: [{ ...good.profiles[0]!.attempts[0]!, finalAnger: 300 }] }],
        }),
        { kind: 'damaged', path: 'profiles.0.attempts.0.finalAnger' },
      ],
      [
        JSON.stringify({
          ...good,
          profiles: [
            {
              profile: good.profiles[0]!.profile,
              attempts: [{ ...good.profiles[0]!.attempts[0]!, profileId: 'someone-else' }],
            },
          ],
        }),
        { kind: 'other-profile', path: 'profiles.0.attempts.0.profileId' },
      ],
    ];
    for (const [text, problem] of cases) {
      expect(() => parseBackup(text)).toThrow(BackupError);
      try {
        parseBackup(text);
      } catch (e) {
        expect((e as BackupError).problem).toMatchObject(problem);
      }
    }
    expect(await repo.store.keys()).toEqual(before);
  });

  it('imports a version 1 backup, upgrading its attempts as the store upgrades saved ones', async () => {
    const v1 = fixture('attempt-v1-silence.json').data;
    const text = JSON.stringify({
      format: 'cooldown-backup',
      version: 1,
      exportedAt: '2026-11-03T00:00:00.000Z',
      profiles: [{ profile: { id: 'prof1', name: 'Ilze', createdAt: '2026-11-01T00:00:00.000Z' }, attempts: [v1] }],
    });
    const repo = await fresh();
    expect(await importBackup(repo, parseBackup(text))).toMatchObject({ profilesAdded: 1, attemptsAdded: 1 });
    const [a] = await repo.attempts('prof1');
    expect(a!.debrief.score.rating).toBe('needs-practice');
    expect(a!.debrief.breather).toBe('hard-call');
    expect(await repo.store.get('attempt/prof1/att2')).toMatchObject({ v: 2 });
  });

  it('keeps imported markup as plain text data', async () => {
    const { repo, p } = await seeded();
    const backup = await exportBackup(repo, [p.id]);
    backup.profiles[0]!.profile.name = '<img src=x onerror=alert(1)>';
    const other = await fresh();
    await importBackup(other, parseBackup(JSON.stringify(backup)));
    // Stored verbatim; the UI renders names with textContent, never innerHTML.
    expect((await other.profiles())[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });
});

/** A backup of `n` new profiles with `each` attempts apiece (copies of the fixture). */
function many(n: number, each = 2): Backup {
  return {
    format: 'cooldown-backup',
    version: 2,
    exportedAt: '2026-11-03T00:00:00.000Z',
    profiles: Array.from({ length: n }, (_, i) => {
      const id = `p${i}`;
      return {
        profile: { id, name: `Trainee ${i}`, createdAt: '2026-10-01T00:00:00.000Z' },
        attempts: Array.from({ length: each }, (_, j) => ({ ...attemptV2, id: `a${j}`, profileId: id })),
      };
    }),
  };
}

/** A store that counts what it is asked, to see how much an import reads. */
function counting(base: KeyValueStore) {
  const calls = { get: 0, keys: 0, entries: 0, set: 0, setMany: 0 };
  const store: KeyValueStore = {
    persistent: base.persistent,
    get: (k) => (calls.get++, base.get(k)),
    keys: (p) => (calls.keys++, base.keys(p)),
    entries: (p) => (calls.entries++, base.entries(p)),
    set: (k, v) => (calls.set++, base.set(k, v)),
    remove: (k) => base.remove(k),
    setMany: (e, o) => (calls.setMany++, base.setMany(e, o)),
  };
  return { store, calls };
}

/** A disk that fills up after `room` records, whichever way they are written. */
function fillsUpAfter(base: MemoryStore, room: number): KeyValueStore {
  let written = 0;
  return {
    persistent: true,
    get: (k) => base.get(k),
    keys: (p) => base.keys(p),
    entries: (p) => base.entries(p),
    remove: (k) => base.remove(k),
    async set(k, v) {
      if (++written > room) throw new StorageFullError(k);
      await base.set(k, v);
    },
    setMany: (entries, options: BatchOptions = {}) =>
      base.setMany(entries, {
        ...options,
        onProgress: (n) => {
          if (n > room) throw new StorageFullError(entries[n - 1]![0]);
          options.onProgress?.(n);
        },
      }),
  };
}

describe('importing a large backup', () => {
  it('reads what is here once, however many profiles the file holds (not once per profile)', async () => {
    const asked = [];
    for (const n of [10, 100]) {
      const { store, calls } = counting(new MemoryStore());
      const repo = new ProgressRepository(store);
      await repo.createProfile('Already here');
      for (const k of Object.keys(calls)) calls[k as keyof typeof calls] = 0;
      expect(await importBackup(repo, many(n))).toMatchObject({ profilesAdded: n, attemptsAdded: 2 * n });
      asked.push({ ...calls });
    }
    // A few key-only passes and one batch, as many for 100 profiles as for 10; no record read or written one by one.
    expect(asked[1]).toEqual(asked[0]);
    expect(asked[0]).toMatchObject({ entries: 0, get: 0, set: 0, setMany: 1 });
    expect(asked[0]!.keys).toBeLessThanOrEqual(3);
  });

  it('gives new profiles their attempt index in the same batch', async () => {
    const { store, calls } = counting(new MemoryStore());
    const repo = new ProgressRepository(store);
    await importBackup(repo, many(3));
    calls.set = calls.entries = 0;
    expect((await repo.attemptSummaries('p1')).map((a) => a.id)).toEqual(['a0', 'a1']);
    expect(calls).toMatchObject({ set: 0, entries: 0 });
  });

  it('says how far it is, profile by profile: checking, then writing', async () => {
    const seen: string[] = [];
    const backup = await readBackup(JSON.stringify(many(3)), {
      onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`),
    });
    await importBackup(await fresh(), backup, { onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`) });
    expect(seen).toEqual([
      'checking 1/3',
      'checking 2/3',
      'checking 3/3',
      'writing 0/3',
      'writing 1/3',
      'writing 2/3',
      'writing 3/3',
    ]);
  });
});

describe('an import is all or nothing', () => {
  it('leaves nothing when the disk fills up midway', async () => {
    const base = new MemoryStore();
    const repo = new ProgressRepository(base);
    await repo.createProfile('Already here');
    const before = await base.entries();
    const full = new ProgressRepository(fillsUpAfter(base, 7));
    await expect(importBackup(full, many(5))).rejects.toBeInstanceOf(StorageFullError);
    expect(await base.entries()).toEqual(before);
  });

  it('leaves nothing in IndexedDB when the tab goes away midway (the transaction never commits)', async () => {
    const name = `backup-${++n}`;
    const repo = new ProgressRepository((await openStore(name)).store);
    await repo.createProfile('Already here');
    // Every record but the probe each opening writes.
    const records = async (store: KeyValueStore) => (await store.entries()).filter(([k]) => k !== 'meta/probe');
    const before = await records(repo.store);
    const closing = new AbortController();
    const writing = importBackup(repo, many(20), {
      signal: closing.signal,
      onProgress: (p) => p.phase === 'writing' && p.done === 10 && closing.abort(),
    });
    await expect(writing).rejects.toThrow();
    expect(await records(repo.store)).toEqual(before);
    // Another tab, with its own connection, sees the same.
    expect(await records((await openStore(name)).store)).toEqual(before);
    // And an import that is let finish is all there.
    await importBackup(repo, many(20));
    expect(await repo.store.keys('profile/')).toHaveLength(21);
    expect(await repo.store.keys('attempt/')).toHaveLength(40);
  });

  it('writes a batch through its own IndexedDB connection that localforage reads back as it wrote it, or nothing of it', async () => {
    const { store } = await openStore(`backup-${++n}`);
    await store.set('meta/x', 1);
    await store.setMany([
      ['a/1', { kind: 'profile', v: 1, data: { id: '1' } }],
      ['a/2', [1, 2]],
      ['a/3', 'three'],
    ]);
    expect(await store.entries('a/')).toEqual([
      ['a/1', { kind: 'profile', v: 1, data: { id: '1' } }],
      ['a/2', [1, 2]],
      ['a/3', 'three'],
    ]);
    expect(await store.get('a/3')).toBe('three');
    // A value IndexedDB cannot keep (a function) midway: the whole batch is refused.
    await expect(
      store.setMany([
        ['b/1', 1],
        ['b/2', () => 2],
        ['b/3', 3],
      ]),
    ).rejects.toThrow();
    expect(await store.keys('b/')).toEqual([]);
  });
});

describe('a backup that could not have been written is refused, with the place named', () => {
  const base = () => many(2, 3);
  const attemptAt = (b: Backup, i: number, j: number) => b.profiles[i]!.attempts[j]! as Attempt;
  const cases: [string, (b: Backup) => unknown, object][] = [
    [
      'an attempt id twice in one profile',
      (b) => (attemptAt(b, 1, 2).id = 'a0'),
      { kind: 'duplicate-id', path: 'profiles.1.attempts.2.id', first: 'profiles.1.attempts.0.id', id: 'a0' },
    ],
    [
      'a profile twice',
      (b) => {
        b.profiles[1]!.profile.id = 'p0';
        for (const a of b.profiles[1]!.attempts) a.profileId = 'p0';
      },
      { kind: 'duplicate-id', path: 'profiles.1.profile.id', first: 'profiles.0.profile.id' },
    ],
    ['a negative version', (b) => (b.version = -1), { kind: 'unknown-version', version: -1 }],
    ['version zero', (b) => (b.version = 0), { kind: 'unknown-version', version: 0 }],
    ['a version that is not whole', (b) => (b.version = 1.5), { kind: 'unknown-version', version: 1.5 }],
    ['a version past the newest that is not whole', (b) => (b.version = 2.5), { kind: 'unknown-version' }],
    [
      'February the 30th',
      (b) => (attemptAt(b, 0, 1).startedAt = '2026-02-30T10:00:00.000Z'),
      { kind: 'impossible-date', path: 'profiles.0.attempts.1.startedAt', reason: 'not-a-date' },
    ],
    [
      'the 25th hour',
      (b) => (b.profiles[1]!.profile.createdAt = '2026-10-01T25:00:00.000Z'),
      { kind: 'impossible-date', path: 'profiles.1.profile.createdAt', reason: 'not-a-date' },
    ],
    [
      'an export date that is no date',
      (b) => (b.exportedAt = 'yesterday'),
      { kind: 'impossible-date', path: 'exportedAt', reason: 'not-a-date' },
    ],
    [
      'an attempt that ended before it started',
      (b) => (attemptAt(b, 1, 0).endedAt = '2026-11-01T09:59:59.000Z'),
      {
        kind: 'impossible-date',
        path: 'profiles.1.attempts.0.endedAt',
        reason: 'before-start',
        start: '2026-11-01T10:00:00.000Z',
      },
    ],
    [
      'an attempt in the far future',
      (b) => (attemptAt(b, 0, 0).endedAt = '2999-01-01T00:00:00.000Z'),
      { kind: 'impossible-date', path: 'profiles.0.attempts.0.endedAt', reason: 'future' },
    ],
    [
      'more calming points than scoring gives',
      (b) => ((attemptAt(b, 0, 2).debrief.score.calmed = 25), (attemptAt(b, 0, 2).debrief.score.total = 75)),
      { kind: 'impossible-score', path: 'profiles.0.attempts.2.debrief.score.calmed', value: 25, min: 0, max: 20 },
    ],
    [
      'technique points for more replies than were given',
      (b) => ((attemptAt(b, 0, 0).debrief.score.techniques = 10), (attemptAt(b, 0, 0).debrief.score.total = 58)),
      { kind: 'impossible-score', path: 'profiles.0.attempts.0.debrief.score.techniques', max: 5 },
    ],
    [
      'pitfall points that are a reward',
      (b) => ((attemptAt(b, 0, 0).debrief.score.pitfalls = 6), (attemptAt(b, 0, 0).debrief.score.total = 59)),
      { kind: 'impossible-score', path: 'profiles.0.attempts.0.debrief.score.pitfalls', min: 0, max: 0 },
    ],
    [
      'a silence penalty without a silence',
      (b) => ((attemptAt(b, 0, 0).debrief.score.timeliness = -5), (attemptAt(b, 0, 0).debrief.score.total = 48)),
      { kind: 'impossible-score', path: 'profiles.0.attempts.0.debrief.score.timeliness' },
    ],
    [
      'an outcome worth more than any ending',
      (b) => ((attemptAt(b, 0, 0).debrief.score.outcome = 61), (attemptAt(b, 0, 0).debrief.score.total = 69)),
      { kind: 'impossible-score', path: 'profiles.0.attempts.0.debrief.score.outcome', max: 60 },
    ],
    [
      'calming points for a lost customer',
      (b) => (attemptAt(b, 0, 0).debrief.outcome.kind = 'lost'),
      { kind: 'impossible-score', path: 'profiles.0.attempts.0.debrief.score.calmed', max: 0 },
    ],
    [
      'a total that is not the sum of the parts',
      (b) => (attemptAt(b, 1, 1).debrief.score.total = 99),
      {
        kind: 'impossible-score',
        path: 'profiles.1.attempts.1.debrief.score.total',
        reason: 'not-the-sum',
        expected: 53,
      },
    ],
  ];
  for (const [what, spoil, problem] of cases)
    it(`refuses ${what}`, async () => {
      const backup = JSON.parse(JSON.stringify(base())) as Backup;
      spoil(backup);
      const text = JSON.stringify(backup);
      let thrown: unknown;
      try {
        parseBackup(text);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(BackupError);
      expect((thrown as BackupError).problem).toMatchObject(problem);
      await expect(readBackup(text)).rejects.toMatchObject({ problem });
    });

  it('accepts the file it started from, with every date and score as played', () => {
    expect(parseBackup(JSON.stringify(base())).profiles).toHaveLength(2);
  });

  it('keeps attempts of a scenario this version does not have, with their saved title and debrief', async () => {
    const backup = many(1, 1);
    backup.profiles[0]!.attempts[0] = {
      ...attemptV2,
      id: 'old',
      profileId: 'p0',
      scenarioId: 'retired',
      scenarioTitle: 'A retired call',
    };
    const repo = await fresh();
    expect(await importBackup(repo, parseBackup(JSON.stringify(backup)))).toMatchObject({ attemptsAdded: 1 });
    expect(await repo.attempt('p0', 'old')).toMatchObject({
      scenarioId: 'retired',
      scenarioTitle: 'A retired call',
      debrief: attemptV2.debrief,
    });
  });
});
