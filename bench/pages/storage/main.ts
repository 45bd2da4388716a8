/**
 * Storage figures in the browser, through the game's own repository over real
 * IndexedDB: persisting one turn's resume point (what the conversation screen
 * writes after every reply), and loading a profile with many attempts (what
 * the home screen reads). Driven by bench/browser/storage.ts through
 * `window.__storageBench`.
 */
import library from 'virtual:cooldown-library';
import { createActor } from 'xstate';
import { ProgressService } from '../../../src/app/progress-service.ts';
import { analyseScenario } from '../../../src/engine/analysis/analyse.ts';
import { bestOutcomeJudge } from '../../../src/engine/analysis/judge.ts';
import { compileScenario, type Scenario } from '../../../src/engine/index.ts';
import { openStore } from '../../../src/storage/localforage-store.ts';
import { newId, ProgressRepository } from '../../../src/storage/progress-repository.ts';
import type { Attempt, Session } from '../../../src/storage/records.ts';

const DB = `bench-${Date.now()}`;
const first = (): Scenario =>
  [...library.scenarios].sort((a, b) => (a.data.tracks?.onboarding ?? 1e9) - (b.data.tracks?.onboarding ?? 1e9))[0]!;

/** A real resume point: the first onboarding scenario after half its best line. */
function midConversation(s: Scenario): { snapshot: Record<string, unknown>; finished: ReturnType<typeof finish> } {
  const line = analyseScenario(s).best!.choices;
  const actor = createActor(compileScenario(s)).start();
  line
    .slice(0, Math.ceil(line.length / 2))
    .forEach((id) => actor.send(id ? { type: 'CHOOSE', choiceId: id } : { type: 'TIMEOUT' }));
  const snapshot = actor.getPersistedSnapshot() as Record<string, unknown>;
  actor.stop();
  return { snapshot, finished: finish(s, line) };
}

function finish(s: Scenario, line: readonly (string | null)[]) {
  const actor = createActor(compileScenario(s)).start();
  line.forEach((id) => actor.send(id ? { type: 'CHOOSE', choiceId: id } : { type: 'TIMEOUT' }));
  const conversation = actor.getSnapshot().context;
  actor.stop();
  return conversation;
}

async function repository(): Promise<ProgressRepository> {
  const { store, warning } = await openStore(DB);
  if (warning) throw new Error(warning);
  return new ProgressRepository(store);
}

const bench = {
  /** Milliseconds for each of `n` resume-point writes. */
  async persistTurn(n: number): Promise<number[]> {
    const repo = await repository();
    const profile = await repo.createProfile('Bench');
    const s = first();
    const { snapshot } = midConversation(s);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const session: Session = {
        profileId: profile.id,
        scenarioId: s.data.id,
        scenarioHash: s.hash,
        startedAt: new Date().toISOString(),
        savedAt: new Date().toISOString(),
        snapshot,
        remainingMs: 20_000 - i,
      };
      const t = performance.now();
      await repo.saveSession(session);
      times.push(performance.now() - t);
    }
    return times;
  },

  /** Stores a profile with `n` finished attempts (copies of one real attempt) and a resume point; returns its id. */
  async seedProfile(n: number): Promise<string> {
    const repo = await repository();
    const profile = await repo.createProfile('Veteran');
    const s = first();
    const { snapshot, finished } = midConversation(s);
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
    await repo.saveSession({
      profileId: profile.id,
      scenarioId: s.data.id,
      scenarioHash: s.hash,
      startedAt: new Date().toISOString(),
      savedAt: new Date().toISOString(),
      snapshot,
      remainingMs: null,
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
      repo.session(profileId),
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

(window as { __storageBench?: typeof bench }).__storageBench = bench;
