/**
 * What went wrong while reading saved records (a damaged record set aside, one
 * from a newer Cooldown left alone), handed to the page once each.
 */
import type { ProgressRepository, StorageNotice } from '../storage/progress-repository.ts';

export type { StorageNotice };

export class StorageNotices {
  constructor(private readonly repo: ProgressRepository) {}

  /** The notices since the last call; each is given out once. */
  take(): StorageNotice[] {
    return this.repo.takeNotices();
  }
}
