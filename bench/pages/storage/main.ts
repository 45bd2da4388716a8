/**
 * Storage figures in the browser, through the game's own repository over real
 * IndexedDB: persisting one turn's resume point (what the conversation screen
 * writes after every reply), and loading a profile with many attempts (what
 * the home screen reads). Driven by bench/browser/storage.ts through
 * `window.__storageBench`.
 */
import library from 'virtual:cooldown-library';
import { ProgressService } from '../../../src/app/progress-service.ts';
import { analyseScenario } from '../../../src/engine/analysis/analyse.ts';
import { bestOutcomeJudge } from '../../../src/engine/analysis/judge.ts';
import { beginConversation, choose, stayQuiet, type Conversation, type Scenario } from '../../../src/engine/index.ts';
import { resumePointOf, type ResumePoint } from '../../../src/engine/model/resume-point.ts';
import { BackupService } from '../../../src/app/backup-service.ts';
import { openStore } from '../../../src/storage/localforage-store.ts';
import { newId, ProgressRepository } from '../../../src/storage/progress-repository.ts';
import type { Attempt } from '../../../src/storage/records.ts';

const DB = `bench-${Date.now()}`;
const first = (): Scenario =>
  [...library.scenarios].sort((a, b) => (a.data.tracks?.onboarding ?? 1e9) - (b.data.tracks?.onboarding ?? 1e9))[0]!;

/** A real resume point: the first onboarding scenario after half its best line; and the whole line played. */
function midConversation(s: Scenario): { point: ResumePoint; finished: Conversation } {
  const line = analyseScenario(s).best!.choices;
  const play = (replies: readonly (string | null)[]) =>
    replies.reduce((c, id) => (id ? choose(s, c, id) : stayQuiet(s, c)), beginConversation(s));
  return { point: resumePointOf(s, play(line.slice(0, Math.ceil(line.length / 2))), 20_000), finished: play(line) };
}

async function repository(name = DB, onBatch?: (entries: readonly (readonly [string, unknown])[]) => void) {
  const { store, fault } = await openStore(name);
  if (fault) throw new Error(`storage ${fault.kind}`);
  if (onBatch) {
    const setMany = store.setMany.bind(store);
    store.setMany = (entries, options) => (onBatch(entries), setMany(entries, options));
  }
  return new ProgressRepository(store);
}

/**
 * Milliseconds for the browser alone to commit `entries` as one transaction, with plain IndexedDB and none of
 * the game's code, into a fresh database: the floor under an all-or-nothing import of the same records.
 */
async function bareCommit(entries: readonly (readonly [string, unknown])[]): Promise<number> {
  const name = `${DB}-bare-${Math.random().toString(36).slice(2)}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open(name, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('records');
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('records');
    for (const [key, value] of entries) store.put(value, key);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - t;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

const bench = {
  /** Milliseconds for each of `n` resume-point writes. */
  async persistTurn(n: number): Promise<number[]> {
    const repo = await repository();
    const profile = await repo.createProfile('Bench');
    const s = first();
    const { point } = midConversation(s);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const saved = {
        id: 'bench',
        profileId: profile.id,
        startedAt: new Date().toISOString(),
        savedAt: new Date().toISOString(),
        point: { ...point, clockLeftMs: 20_000 - i },
      };
      const t = performance.now();
      await repo.saveConversation(saved);
      times.push(performance.now() - t);
    }
    return times;
  },

  /** Stores a profile with `n` finished attempts (copies of one real attempt) and a resume point; returns its id. */
  async seedProfile(n: number): Promise<string> {
    const repo = await repository();
    const profile = await repo.createProfile('Veteran');
    const s = first();
    const { point, finished } = midConversation(s);
    const service = new ProgressService(
      repo,
      library.scenarios,
      (x) => bestOutcomeJudge(analyseScenario(x)),
      (x) => analyseScenario(x).best?.score ?? 100,
    );
    const attempt: Attempt = await service.recordAttempt(profile.id, s, finished, new Date());
    const day = Date.parse('2026-01-01T09:00:00Z');
    for (let i = 1; i < n; i++) {
      const at = new Date(day + i * 60_000).toISOString();
      await repo.addAttempt({ ...attempt, id: newId(), startedAt: at, endedAt: at });
    }
    await repo.saveConversation({
      id: 'bench',
      profileId: profile.id,
      startedAt: new Date().toISOString(),
      savedAt: new Date().toISOString(),
      point,
    });
    return profile.id;
  },

  /** Milliseconds to read what the home screen reads for a profile, from a freshly opened store. */
  async loadProfile(profileId: string): Promise<{ ms: number; attempts: number }> {
    const repo = await repository();
    const t = performance.now();
    const [, attempts] = await Promise.all([
      repo.profile(profileId),
      repo.attemptSummaries(profileId),
      repo.savedConversations(profileId),
      repo.settings(profileId),
    ]);
    return { ms: performance.now() - t, attempts: attempts.length };
  },

  /** Milliseconds to read every attempt whole, as the progress screen and a backup do. */
  async loadAttempts(profileId: string): Promise<number> {
    const repo = await repository();
    const t = performance.now();
    await repo.attempts(profileId);
    return performance.now() - t;
  },
};

/** A real finished attempt (the first onboarding scenario's best line), made once for the import figures. */
let played: Attempt | undefined;

/** The backup file of `profiles` profiles with `each` copies of a real attempt apiece. */
async function backupText(profiles: number, each: number): Promise<string> {
  if (!played) {
    const repo = await repository(`${DB}-played`);
    const profile = await repo.createProfile('Played');
    const s = first();
    played = await new ProgressService(repo, library.scenarios).recordAttempt(
      profile.id,
      s,
      midConversation(s).finished,
      new Date(Date.now() - 60_000),
    );
  }
  const attempt = played;
  return JSON.stringify({
    format: 'cooldown-backup',
    version: 2,
    exportedAt: new Date().toISOString(),
    profiles: Array.from({ length: profiles }, (_, i) => {
      const id = `imported${i}`;
      return {
        profile: { id, name: `Trainee ${i}`, createdAt: attempt.startedAt },
        attempts: Array.from({ length: each }, (_, j) => ({ ...attempt, id: `a${j}`, profileId: id })),
      };
    }),
  });
}

Object.assign(bench, {
  /**
   * Milliseconds to import a backup file of `profiles` profiles with `each`
   * attempts apiece into a fresh store through the Progress screen's service,
   * from the file's text to the batch committed; and of that, the checking.
   */
  async importBackup(
    profiles: number,
    each: number,
  ): Promise<{ ms: number; checkingMs: number; bareMs: number; attempts: number }> {
    const text = await backupText(profiles, each);
    let batch: readonly (readonly [string, unknown])[] = [];
    const repo = await repository(
      `${DB}-import-${profiles}-${Math.random().toString(36).slice(2)}`,
      (entries) => (batch = entries),
    );
    let checked = 0;
    const t = performance.now();
    const outcome = await new BackupService(repo).importText(text, (p) => {
      if (p.phase === 'writing' && !checked) checked = performance.now();
    });
    const ms = performance.now() - t;
    if (!outcome.ok) throw new Error(`import refused: ${outcome.problem.kind}`);
    return { ms, checkingMs: checked - t, bareMs: await bareCommit(batch), attempts: outcome.result.attemptsAdded };
  },
});

(window as { __storageBench?: typeof bench }).__storageBench = bench;
