/**
 * Backups of every profile on this device: export to the text of a JSON file,
 * import one back. Import checks the whole file before writing anything, so a
 * bad file changes nothing (src/storage/backup.ts).
 */
import type { ProgressRepository } from '../storage/progress-repository.ts';
import type { Attempt, Profile } from '../storage/records.ts';
import type { BackupProblem, ImportProgress, ImportResult } from '../storage/backup.ts';

export type { BackupProblem, ImportProgress, ImportResult };

/** What importing a file did: what it added, or what is wrong with the file (and then nothing was written). */
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; problem: BackupProblem };

export interface BackupFile {
  /** A file name with the export's date, e.g. `cooldown-backup-2026-03-01.json`. */
  fileName: string;
  /** The backup as JSON text. */
  text: string;
}

// Backups load with the Progress screen, not at start-up: home never needs them.
const backups = () => import('../storage/backup.ts');

export class BackupService {
  constructor(
    private readonly repo: ProgressRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Every profile and its attempts, as a file to save; a profile whose record
   * cannot be read goes in under `unnamed` (the page's words), with its attempts.
   */
  async exportAll(unnamed?: string): Promise<BackupFile> {
    const backup = await (await backups()).exportBackup(this.repo, undefined, this.now(), unnamed);
    return {
      fileName: `cooldown-backup-${backup.exportedAt.slice(0, 10)}.json`,
      text: JSON.stringify(backup, null, 2),
    };
  }

  /**
   * One attempt that could not be kept, as a backup file of its profile:
   * importing the file later adds the attempt like any backup.
   */
  async exportAttempt(attempt: Attempt, profile: Profile): Promise<BackupFile> {
    const { BACKUP_FORMAT, BACKUP_VERSION } = await backups();
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: this.now().toISOString(),
      profiles: [{ profile, attempts: [attempt] }],
    };
    return { fileName: `cooldown-attempt-${attempt.endedAt.slice(0, 10)}.json`, text: JSON.stringify(backup, null, 2) };
  }

  /**
   * Merges a backup file's profiles and attempts in and counts what was added
   * and what was already here. A file that is not a valid backup comes back
   * as its problem, naming the place that is wrong, and nothing is written.
   * What it adds is written all at once: a failure of the store itself (a
   * full disk), thrown, or a tab closed midway leaves nothing of it.
   * `onProgress` says how far it is, profile by profile: checking, then writing.
   */
  async importText(text: string, onProgress?: (p: ImportProgress) => void): Promise<ImportOutcome> {
    const { BackupError, importBackup, readBackup } = await backups();
    const progress = onProgress ? { onProgress } : {};
    let backup;
    try {
      backup = await readBackup(text, { ...progress, now: this.now() });
    } catch (e) {
      if (e instanceof BackupError) return { ok: false, problem: e.problem };
      throw e;
    }
    return { ok: true, result: await importBackup(this.repo, backup, progress) };
  }
}
