/**
 * Backups: a JSON file with one or all profiles and their attempts. Import
 * validates the whole file before writing anything and merges without
 * duplicating attempts that are already there.
 */
import { z } from 'zod';
import type { ProgressRepository } from './progress-repository.ts';
import { ATTEMPT, AttemptSchema, ProfileSchema } from './records.ts';

export const BACKUP_FORMAT = 'cooldown-backup';
/** Version 2 holds attempts of record version 2 (ids where version 1 held English); a version 1 file's attempts are upgraded on import. */
export const BACKUP_VERSION = 2;

/** The attempt record version each backup version holds. */
const ATTEMPT_VERSION_IN_BACKUP: Readonly<Record<number, number>> = { 1: 1, 2: 2 };

const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exportedAt: z.string(),
  profiles: z.array(z.strictObject({ profile: ProfileSchema, attempts: z.array(AttemptSchema) })),
});
export type Backup = z.infer<typeof BackupSchema>;

/** What is wrong with a backup file, as data: the screens word it from the message catalogue. */
export type BackupProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-a-backup' }
  | { kind: 'newer'; version: number }
  /** `path` is the place in the file (`profiles.0.attempts.3.finalAnger`), `issue` the schema's own words. */
  | { kind: 'damaged'; path: string; issue: string }
  | { kind: 'other-profile'; path: string };

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
}

export async function exportBackup(
  repo: ProgressRepository,
  profileIds?: readonly string[],
  now = new Date(),
): Promise<Backup> {
  const profiles = (await repo.profiles()).filter((p) => !profileIds || profileIds.includes(p.id));
  const entries = [];
  for (const profile of profiles) entries.push({ profile, attempts: await repo.attempts(profile.id) });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), profiles: entries };
}

/** Parses and checks a backup file; the error names the place in the file that is wrong. */
export function parseBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BackupError({ kind: 'not-json', detail: (e as Error).message });
  }
  if ((json as { format?: unknown } | null)?.format !== BACKUP_FORMAT) throw new BackupError({ kind: 'not-a-backup' });
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new BackupError({ kind: 'newer', version });
  }
  const parsed = BackupSchema.safeParse(withCurrentAttempts(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupError({ kind: 'damaged', path: issue.path.join('.'), issue: issue.message });
  }
  for (const [i, entry] of parsed.data.profiles.entries()) {
    const stray = entry.attempts.findIndex((a) => a.profileId !== entry.profile.id);
    if (stray >= 0) throw new BackupError({ kind: 'other-profile', path: `profiles.${i}.attempts.${stray}.profileId` });
  }
  return parsed.data;
}

/** Runs the attempt migrations on the attempts of an older backup, so they are checked and imported in today's shape. */
function withCurrentAttempts(json: unknown): unknown {
  const backup = json as { version?: unknown; profiles?: unknown };
  const from = typeof backup.version === 'number' ? ATTEMPT_VERSION_IN_BACKUP[backup.version] : undefined;
  if (from === undefined || from === ATTEMPT.version || !Array.isArray(backup.profiles)) return json;
  const upgrade = (attempt: unknown) => {
    let data = attempt;
    for (let v = from; v < ATTEMPT.version; v++) data = ATTEMPT.migrations[v]!(data);
    return data;
  };
  return {
    ...backup,
    version: BACKUP_VERSION,
    profiles: backup.profiles.map((entry: unknown) => {
      const attempts = (entry as { attempts?: unknown } | null)?.attempts;
      return Array.isArray(attempts) ? { ...(entry as object), attempts: attempts.map(upgrade) } : entry;
    }),
  };
}

export async function importBackup(repo: ProgressRepository, backup: Backup): Promise<ImportResult> {
  const result: ImportResult = { profilesAdded: 0, profilesMerged: 0, attemptsAdded: 0, attemptsAlreadyThere: 0 };
  for (const { profile, attempts } of backup.profiles) {
    const existing = await repo.profile(profile.id);
    if (existing) result.profilesMerged++;
    else {
      await repo.putProfile(profile);
      result.profilesAdded++;
    }
    const have = new Set((await repo.attemptSummaries(profile.id)).map((a) => a.id));
    for (const attempt of attempts) {
      if (have.has(attempt.id)) {
        result.attemptsAlreadyThere++;
        continue;
      }
      await repo.addAttempt(attempt);
      result.attemptsAdded++;
    }
  }
  return result;
}
