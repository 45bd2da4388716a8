/**
 * Backups of every profile on this device: export to the text of a JSON file,
 * import one back. Import checks the whole file before writing anything, so a
 * bad file changes nothing (src/storage/backup.ts).
 */
import type { ProgressRepository } from '../storage/progress-repository.ts';
import type { ImportResult } from '../storage/backup.ts';

export type { ImportResult };

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

  /** Every profile and its attempts, as a file to save. */
  async exportAll(): Promise<BackupFile> {
    const backup = await (await backups()).exportBackup(this.repo, undefined, this.now());
    return {
      fileName: `cooldown-backup-${backup.exportedAt.slice(0, 10)}.json`,
      text: JSON.stringify(backup, null, 2),
    };
  }

  /**
   * Merges a backup file's profiles and attempts in and counts what was added
   * and what was already here. A file that is not a valid backup throws a
   * `BackupError` naming the place that is wrong, and nothing is written.
   */
  async importText(text: string): Promise<ImportResult> {
    const { importBackup, parseBackup } = await backups();
    return importBackup(this.repo, parseBackup(text));
  }
}
