import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStore, StorageFullError, type KeyValueStore } from './key-value-store.ts';
import { openStore } from './localforage-store.ts';
import { ProgressRepository } from './progress-repository.ts';
import type { Attempt } from './records.ts';

const attemptV2 = JSON.parse(readFileSync(new URL('./__fixtures__/attempt-v2.json', import.meta.url), 'utf8'));
const attempt = (
  id: string,
  endedAt: string,
  over: { kind?: 'resolved' | 'escalated'; total?: number } = {},
): Attempt => {
  const d = attemptV2.data.debrief;
  return {
    ...attemptV2.data,
    id,
    endedAt,
    debrief: {
      ...d,
      outcome: { ...d.outcome, kind: over.kind ?? d.outcome.kind },
      score: { ...d.score, total: over.total ?? d.score.total },
    },
  };
};
const brief = (summaries: { id: string }[]) => summaries.map((s) => s.id);

let dbCount = 0;
const dbName = () => `index-${++dbCount}`;
async function repoOn(name: string): Promise<ProgressRepository> {
  return new ProgressRepository((await openStore(name)).store);
}

describe('attempt summaries', () => {
  it('give scenario, outcome, score and end time of every attempt, oldest first', async () => {
    const repo = await repoOn(dbName());
    await repo.addAttempt(attempt('late', '2026-11-02T10:00:00.000Z', { kind: 'escalated', total: 31 }));
    await repo.addAttempt(attempt('early', '2026-11-01T10:00:00.000Z', { kind: 'resolved', total: 88 }));
    expect(await repo.attemptSummaries('prof1')).toEqual([
      {
        id: 'early',
        scenarioId: attemptV2.data.scenarioId,
        endedAt: '2026-11-01T10:00:00.000Z',
        outcome: 'resolved',
        score: 88,
      },
      {
        id: 'late',
        scenarioId: attemptV2.data.scenarioId,
        endedAt: '2026-11-02T10:00:00.000Z',
        outcome: 'escalated',
        score: 31,
      },
    ]);
    expect(await repo.attemptSummaries('other')).toEqual([]);
  });

  it('are kept in one record, so a second read does not open the attempts', async () => {
    const name = dbName();
    const repo = await repoOn(name);
    await repo.addAttempt(attempt('a1', '2026-11-01T10:00:00.000Z'));
    await repo.attemptSummaries('prof1');
    const reads: string[] = [];
    const { store } = await openStore(name);
    const watched: KeyValueStore = {
      ...bind(store),
      get: (k) => (reads.push(k), store.get(k)),
      entries: (p) => (reads.push(`entries ${p}`), store.entries(p)),
    };
    expect(brief(await new ProgressRepository(watched).attemptSummaries('prof1'))).toEqual(['a1']);
    expect(reads).toEqual(['attempt-index/prof1']);
  });

  it('pick up attempts another tab added after the index was written', async () => {
    const name = dbName();
    const tabA = await repoOn(name);
    const tabB = await repoOn(name);
    await tabA.addAttempt(attempt('a1', '2026-11-01T10:00:00.000Z'));
    expect(brief(await tabA.attemptSummaries('prof1'))).toEqual(['a1']);
    await tabB.addAttempt(attempt('b1', '2026-11-02T10:00:00.000Z'));
    expect(brief(await tabA.attemptSummaries('prof1'))).toEqual(['a1', 'b1']);
  });

  it('repair an index that a slower tab overwrote with an older list', async () => {
    const name = dbName();
    const tabA = await repoOn(name);
    const tabB = await repoOn(name);
    await tabA.addAttempt(attempt('a1', '2026-11-01T10:00:00.000Z'));
    await tabB.attemptSummaries('prof1');
    const old = await tabB.store.get('attempt-index/prof1');
    await Promise.all([1, 2, 3].map((i) => tabA.addAttempt(attempt(`a${i + 1}`, `2026-11-0${i + 1}T10:00:00.000Z`))));
    await tabA.attemptSummaries('prof1');
    await tabB.store.set('attempt-index/prof1', old);
    expect(brief(await tabB.attemptSummaries('prof1'))).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('rebuild a damaged index from the attempts, quietly, losing nothing', async () => {
    const repo = await repoOn(dbName());
    for (const i of [1, 2]) await repo.addAttempt(attempt(`a${i}`, `2026-11-0${i}T10:00:00.000Z`));
    await repo.store.set('attempt-index/prof1', {
      kind: 'attempt-index',
      v: 1,
      data: { attempts: [{ id: 'a1', score: 'high' }] },
    });
    expect(brief(await repo.attemptSummaries('prof1'))).toEqual(['a1', 'a2']);
    expect(repo.takeNotices()).toEqual([]);
    expect(await repo.store.get('attempt-index/prof1')).toMatchObject({
      v: 1,
      data: { attempts: [{ id: 'a1', score: attemptV2.data.debrief.score.total }, { id: 'a2' }] },
    });
  });

  it('leave out attempts that are damaged (set aside) or gone', async () => {
    const repo = await repoOn(dbName());
    for (const i of [1, 2, 3]) await repo.addAttempt(attempt(`a${i}`, `2026-11-0${i}T10:00:00.000Z`));
    await repo.attemptSummaries('prof1');
    await repo.store.remove('attempt/prof1/a2');
    await repo.store.set('attempt/prof1/bad', { kind: 'attempt', v: 1, data: { id: 'bad' } });
    expect(brief(await repo.attemptSummaries('prof1'))).toEqual(['a1', 'a3']);
    expect(repo.takeNotices().map((n) => [n.key, n.kind])).toEqual([['attempt/prof1/bad', 'moved-aside']]);
  });

  it('are built in one pass for a profile with many attempts and no index yet (an older save, an import)', async () => {
    const repo = await repoOn(dbName());
    for (let i = 0; i < 40; i++)
      await repo.addAttempt(
        attempt(`a${String(i).padStart(2, '0')}`, `2026-11-01T10:${String(i).padStart(2, '0')}:00.000Z`),
      );
    const summaries = await repo.attemptSummaries('prof1');
    expect(summaries).toHaveLength(40);
    expect(summaries.map((s) => s.id)).toEqual((await repo.attempts('prof1')).map((a) => a.id));
  });

  it('are still given when the index cannot be written (a full disk)', async () => {
    const base = new MemoryStore();
    await new ProgressRepository(base).addAttempt(attempt('kept', '2026-11-01T10:00:00.000Z'));
    const full: KeyValueStore = {
      ...bind(base),
      async set(key) {
        throw new StorageFullError(key);
      },
    };
    expect(brief(await new ProgressRepository(full).attemptSummaries('prof1'))).toEqual(['kept']);
  });

  it('go with the profile when it is deleted', async () => {
    const repo = await repoOn(dbName());
    const p = await repo.createProfile('Lan');
    await repo.addAttempt({ ...attempt('a1', '2026-11-01T10:00:00.000Z'), profileId: p.id });
    expect(brief(await repo.attemptSummaries(p.id))).toEqual(['a1']);
    await repo.deleteProfile(p.id);
    expect(await repo.store.get(`attempt-index/${p.id}`)).toBeNull();
    expect(await repo.attemptSummaries(p.id)).toEqual([]);
  });
});

/** A store's methods as plain functions, to wrap one of them. */
function bind(store: KeyValueStore): KeyValueStore {
  return {
    persistent: store.persistent,
    get: (k) => store.get(k),
    set: (k, v) => store.set(k, v),
    remove: (k) => store.remove(k),
    keys: (p) => store.keys(p),
    entries: (p) => store.entries(p),
    setMany: (e, o) => store.setMany(e, o),
  };
}
