/**
 * How storage is doing, as data the page words from the message catalogue:
 * why the game runs from memory (`StorageFault`), why a save failed
 * (`SaveProblem`), and the move from memory to the real store when it opens
 * late.
 */
import { StorageFullError, type KeyValueStore } from '../storage/key-value-store.ts';
import { isQuotaError, type StorageFault } from '../storage/localforage-store.ts';
import { NewerRecordError, ProgressRepository } from '../storage/progress-repository.ts';
import type { StandInStore } from '../storage/stand-in-store.ts';

export type { StorageFault };

/**
 * Why a save failed: the device's storage is full; what is there was saved by
 * a newer Cooldown, which this version never writes over (`record` is its
 * kind: profile, settings…); or something else (the error's name, never its
 * message, which may name records).
 */
export type SaveProblem = { kind: 'full' } | { kind: 'newer'; record: string } | { kind: 'failed'; error: string };

export function saveProblemOf(e: unknown): SaveProblem {
  if (e instanceof StorageFullError || isQuotaError(e)) return { kind: 'full' };
  if (e instanceof NewerRecordError) return { kind: 'newer', record: e.record };
  const name = (e as { name?: unknown } | null)?.name;
  return { kind: 'failed', error: typeof name === 'string' && name !== 'Error' ? name : 'unknown' };
}

/** Who plays on after the real store took over, and the name of the profile kept beside theirs, if one was. */
export interface TakeOver {
  playing: string;
  keptAs?: string;
}

/**
 * The real store opened after the game had started from memory: moves what was
 * kept in memory into it in one batch (never overwriting a record it already
 * has), runs from it from now on, and says who plays on.
 *
 * - A first visit (no profile there yet): everything moves, and the same
 *   profile plays on.
 * - A returning trainee who played nothing meanwhile: nothing moves (it was
 *   only the stand-in profile made at start), and their own profile, the one
 *   chosen last time, plays on.
 * - A returning trainee who played meanwhile: the stand-in profile moves with
 *   its attempts and conversation in progress, kept beside their own (named
 *   in `keptAs`), and plays on; their last choice stays.
 *
 * When the move fails (a full disk) nothing was written and memory goes on.
 */
export async function takeOverFromMemory(
  standIn: StandInStore,
  real: KeyValueStore,
  playing: string,
): Promise<TakeOver> {
  const meanwhile = new ProgressRepository(standIn.memory);
  const there = new ProgressRepository(real);
  // Profiles whose record cannot be read count too: their trainee has played here before.
  const theirs = await there.profileEntries();
  const played =
    (await meanwhile.attempts(playing)).length > 0 ||
    (await meanwhile.savedConversations(playing)).length > 0 ||
    (await meanwhile.workshops(playing)).length > 0;
  if (theirs.length > 0 && !played) {
    standIn.switchTo(real);
    const last = await there.lastProfileId();
    return { playing: theirs.find((p) => p.id === last)?.id ?? theirs[0]!.id };
  }
  const present = new Set(await real.keys());
  await real.setMany((await standIn.memory.entries()).filter(([key]) => !present.has(key)));
  standIn.switchTo(real);
  if (theirs.length === 0) return { playing };
  return { playing, keptAs: (await meanwhile.profile(playing))?.name ?? '' };
}
