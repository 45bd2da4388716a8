/**
 * Backups: a JSON file with one or all profiles and their attempts. Import
 * checks the whole file before writing anything (its shape, and that what it
 * says could have happened: unique ids, real dates, scores scoring allows),
 * then writes everything it adds in one batch, so it is kept whole or not at
 * all, and merges without duplicating attempts that are already there.
 */
import { z } from 'zod';
import { ENDING_KINDS, MAX_ENDING_POINTS } from '../engine/content/schema.ts';
import {
  CALMED_POINTS,
  clampScore,
  HOT_BUTTON_POINTS,
  OUTCOME_POINTS,
  PITFALL_POINTS,
  SILENCE_POINTS,
  WELL_TIMED_POINTS,
} from '../engine/model/score.ts';
import type { ProfileRecords, ProgressRepository } from './progress-repository.ts';
import { ATTEMPT, AttemptSchema, ProfileSchema, type Attempt } from './records.ts';

export const BACKUP_FORMAT = 'cooldown-backup';
/** Version 2 holds attempts of record version 2 (ids where version 1 held English); a version 1 file's attempts are upgraded on import. */
export const BACKUP_VERSION = 2;

/** The attempt record version each backup version holds. */
const ATTEMPT_VERSION_IN_BACKUP: Readonly<Record<number, number>> = { 1: 1, 2: 2 };

/** How far past this device's clock a date may lie (another device's clock, time zones) before it is impossible. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

const EntrySchema = z.strictObject({ profile: ProfileSchema, attempts: z.array(AttemptSchema) });
const HeadSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  profiles: z.array(z.unknown()),
});
export type Backup = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  profiles: z.infer<typeof EntrySchema>[];
};

/** What is wrong with a backup file, as data: the screens word it from the message catalogue. */
export type BackupProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-a-backup' }
  | { kind: 'newer'; version: number }
  /** A version no Cooldown wrote: negative, zero, not a whole number, or one between those known. */
  | { kind: 'unknown-version'; version: number }
  /** `path` is the place in the file (`profiles.0.attempts.3.finalAnger`), `issue` the schema's own words. */
  | { kind: 'damaged'; path: string; issue: string }
  | { kind: 'other-profile'; path: string }
  /** The id at `path` was already used at `first` (a profile twice, or an attempt twice in one profile). */
  | { kind: 'duplicate-id'; path: string; first: string; id: string }
  /** A date that is no real calendar date and time, ends before its start (`start`), or lies in the future. */
  | {
      kind: 'impossible-date';
      path: string;
      date: string;
      reason: 'not-a-date' | 'before-start' | 'future';
      start?: string;
    }
  /** A score part outside what scoring gives for that attempt (`min`–`max`), or a total that is not the parts' clamped sum (`expected`). */
  | {
      kind: 'impossible-score';
      path: string;
      value: number;
      reason: 'out-of-range' | 'not-the-sum';
      min?: number;
      max?: number;
      expected?: number;
    };

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup ${problem.kind}${'path' in problem ? ` at ${problem.path}` : ''}`);
    this.name = 'BackupError';
  }
}

export interface ImportResult {
  profilesAdded: number;
  profilesMerged: number;
  attemptsAdded: number;
  attemptsAlreadyThere: number;
  /** Profiles of the file left out because a newer Cooldown wrote them here: they are left as they are. */
  profilesFromNewerVersion: number;
}

/** How far an import is: checking the file, then writing, each counted in profiles. */
export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

/**
 * One or all profiles with their attempts. A profile whose own record cannot
 * be read (damaged, or from a newer Cooldown) goes in too, with its attempts,
 * under `unnamed` (its id when none is given) and the start of its first
 * attempt: the file is how its attempts reach another device.
 */
export async function exportBackup(
  repo: ProgressRepository,
  profileIds?: readonly string[],
  now = new Date(),
  unnamed?: string,
): Promise<Backup> {
  const listed = (await repo.profileEntries()).filter((p) => !profileIds || profileIds.includes(p.id));
  const entries = [];
  for (const { id, profile } of listed) {
    const attempts = await repo.attempts(id);
    const createdAt = attempts.map((a) => a.startedAt).sort()[0] ?? now.toISOString();
    entries.push({ profile: profile ?? { id, name: (unnamed ?? id).slice(0, 40), createdAt }, attempts });
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), profiles: entries };
}

/** Parses and checks a backup file; the error names the place in the file that is wrong. */
export function parseBackup(text: string, now = new Date()): Backup {
  const steps = checks(parseJson(text), now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same as `parseBackup`, profile by profile, giving the page a moment
 * every few milliseconds and saying how far it is, so a large file does not
 * freeze the page.
 */
export async function readBackup(
  text: string,
  options: { onProgress?: (p: ImportProgress) => void; now?: Date } = {},
): Promise<Backup> {
  const steps = checks(parseJson(text), options.now ?? new Date());
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.({ phase: 'checking', ...step.value });
    if (performance.now() - since > 30) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BackupError({ kind: 'not-json', detail: (e as Error).message });
  }
}

/** Every check of a backup, in the file's order; yields after each profile. The first problem found is thrown. */
function* checks(json: unknown, now: Date): Generator<{ done: number; total: number }, Backup> {
  if ((json as { format?: unknown } | null)?.format !== BACKUP_FORMAT) throw new BackupError({ kind: 'not-a-backup' });
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number') {
    if (Number.isInteger(version) && version > BACKUP_VERSION) throw new BackupError({ kind: 'newer', version });
    if (ATTEMPT_VERSION_IN_BACKUP[version] === undefined) throw new BackupError({ kind: 'unknown-version', version });
  }
  const head = HeadSchema.safeParse(json);
  if (!head.success) throw damaged(head.error, []);
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  const { exportedAt } = head.data;
  checkDate(exportedAt, 'exportedAt', latest);
  const from = ATTEMPT_VERSION_IN_BACKUP[head.data.version]!;
  const profiles: Backup['profiles'] = [];
  const firstProfile = new Map<string, string>();
  const total = head.data.profiles.length;
  for (const [i, raw] of head.data.profiles.entries()) {
    const at = `profiles.${i}`;
    const parsed = EntrySchema.safeParse(withCurrentAttempts(raw, from));
    if (!parsed.success) throw damaged(parsed.error, [at]);
    const { profile, attempts } = parsed.data;
    const stray = attempts.findIndex((a) => a.profileId !== profile.id);
    if (stray >= 0) throw new BackupError({ kind: 'other-profile', path: `${at}.attempts.${stray}.profileId` });
    unique(firstProfile, profile.id, `${at}.profile.id`);
    checkDate(profile.createdAt, `${at}.profile.createdAt`, latest);
    const firstAttempt = new Map<string, string>();
    for (const [j, attempt] of attempts.entries()) {
      const place = `${at}.attempts.${j}`;
      unique(firstAttempt, attempt.id, `${place}.id`);
      checkAttempt(attempt, place, latest);
    }
    profiles.push(parsed.data);
    yield { done: i + 1, total };
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, profiles };
}

function damaged(error: z.ZodError, prefix: string[]): BackupError {
  const issue = error.issues[0]!;
  return new BackupError({
    kind: 'damaged',
    path: [...prefix, ...issue.path.map(String)].join('.'),
    issue: issue.message,
  });
}

function unique(first: Map<string, string>, id: string, path: string): void {
  const before = first.get(id);
  if (before !== undefined) throw new BackupError({ kind: 'duplicate-id', path, first: before, id });
  first.set(id, path);
}

/** Runs the attempt migrations on the attempts of an older backup's profile, so they are checked and imported in today's shape. */
function withCurrentAttempts(entry: unknown, from: number): unknown {
  const attempts = (entry as { attempts?: unknown } | null)?.attempts;
  if (from === ATTEMPT.version || !Array.isArray(attempts)) return entry;
  const upgrade = (attempt: unknown) => {
    let data = attempt;
    try {
      for (let v = from; v < ATTEMPT.version; v++) data = ATTEMPT.migrations[v]!(data);
    } catch {
      // Too damaged to upgrade: the schema says where.
      return attempt;
    }
    return data;
  };
  return { ...(entry as object), attempts: attempts.map(upgrade) };
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;

/** The instant an ISO date-time stands for, when it is a real calendar date and time. */
export function instantOf(text: string): number | undefined {
  const m = ISO_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = m
    .slice(1)
    .map((x) => (x === undefined ? undefined : Number(x)));
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth) return undefined;
  if (hour! > 23 || minute! > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : t;
}

function checkDate(date: string, path: string, latest: number): number {
  const t = instantOf(date);
  if (t === undefined) throw new BackupError({ kind: 'impossible-date', path, date, reason: 'not-a-date' });
  if (t > latest) throw new BackupError({ kind: 'impossible-date', path, date, reason: 'future' });
  return t;
}

/** An attempt's dates and its score against what the conversation it records could give. */
function checkAttempt(a: Attempt, at: string, latest: number): void {
  const started = checkDate(a.startedAt, `${at}.startedAt`, latest);
  const ended = checkDate(a.endedAt, `${at}.endedAt`, latest);
  if (ended < started)
    throw new BackupError({
      kind: 'impossible-date',
      path: `${at}.endedAt`,
      date: a.endedAt,
      reason: 'before-start',
      start: a.startedAt,
    });

  const score = a.debrief.score;
  const replies = a.turns.filter((t) => t.choiceId !== null);
  const silences = a.turns.length - replies.length;
  // A silence earns its timeliness points only, whatever pitfalls it counts as.
  const pitfalls = replies.reduce((n, t) => n + t.pitfalls.length, 0);
  const lost = a.debrief.outcome.kind === 'lost';
  const bounds: Record<Exclude<keyof typeof score, 'total' | 'rating'>, [number, number]> = {
    outcome: [0, Math.max(MAX_ENDING_POINTS, ...ENDING_KINDS.map((k) => OUTCOME_POINTS[k]))],
    calmed: [0, lost ? 0 : CALMED_POINTS],
    techniques: [0, WELL_TIMED_POINTS * replies.length],
    // `|| 0`: none of them is 0 points, not -0.
    pitfalls: [HOT_BUTTON_POINTS * pitfalls || 0, PITFALL_POINTS * pitfalls || 0],
    timeliness: [SILENCE_POINTS * silences || 0, SILENCE_POINTS * silences || 0],
  };
  let sum = 0;
  for (const [part, [min, max]] of Object.entries(bounds) as [keyof typeof bounds, [number, number]][]) {
    const value = score[part];
    if (!Number.isInteger(value) || value < min || value > max)
      throw new BackupError({
        kind: 'impossible-score',
        path: `${at}.debrief.score.${part}`,
        value,
        reason: 'out-of-range',
        min,
        max,
      });
    sum += value;
  }
  if (score.total !== clampScore(sum))
    throw new BackupError({
      kind: 'impossible-score',
      path: `${at}.debrief.score.total`,
      value: score.total,
      reason: 'not-the-sum',
      expected: clampScore(sum),
    });
}

/**
 * Adds a checked backup's profiles and attempts: what is here is read once
 * (its ids, two key-only passes), whatever the file holds, and everything new
 * is written in one batch, all or nothing. A profile already here keeps its
 * record; an attempt already here (same id) is skipped.
 */
export async function importBackup(
  repo: ProgressRepository,
  backup: Backup,
  options: { onProgress?: (p: ImportProgress) => void; signal?: AbortSignal } = {},
): Promise<ImportResult> {
  const result: ImportResult = {
    profilesAdded: 0,
    profilesMerged: 0,
    attemptsAdded: 0,
    attemptsAlreadyThere: 0,
    profilesFromNewerVersion: 0,
  };
  const stored = await repo.storedIds();
  // A profile a newer Cooldown wrote here is left as it is: nothing of the file is added to it.
  const newer = await repo.newerProfiles(
    backup.profiles.map((e) => e.profile.id).filter((id) => stored.profiles.has(id) || stored.attempts.has(id)),
  );
  const groups: ProfileRecords[] = [];
  for (const { profile, attempts } of backup.profiles) {
    if (newer.has(profile.id)) {
      result.profilesFromNewerVersion++;
      continue;
    }
    const known = stored.profiles.has(profile.id);
    if (known) result.profilesMerged++;
    else result.profilesAdded++;
    const have = stored.attempts.get(profile.id);
    const fresh = have ? attempts.filter((a) => !have.has(a.id)) : attempts;
    result.attemptsAdded += fresh.length;
    result.attemptsAlreadyThere += attempts.length - fresh.length;
    groups.push({
      ...(known ? {} : { profile }),
      attempts: fresh,
      ...(!have?.size && fresh.length > 0 ? { indexed: profile.id } : {}),
    });
  }
  const total = groups.length;
  const { onProgress, signal } = options;
  onProgress?.({ phase: 'writing', done: 0, total });
  await repo.putAll(groups, {
    ...(onProgress ? { onProgress: (done: number) => onProgress({ phase: 'writing', done, total }) } : {}),
    ...(signal ? { signal } : {}),
  });
  return result;
}
