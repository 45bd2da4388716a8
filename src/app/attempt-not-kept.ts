/**
 * A finished conversation whose attempt could not be kept: the attempt itself
 * (so its debrief still shows and can be saved to a file) and why, as an id
 * the screens word.
 */
import type { Attempt } from '../storage/records.ts';

export type NotKeptReason = 'storage-full' | 'profile-gone' | 'failed';

export class AttemptNotKept extends Error {
  constructor(
    readonly attempt: Attempt,
    readonly reason: NotKeptReason,
    override readonly cause?: unknown,
  ) {
    super(`attempt ${attempt.id} not kept: ${reason}`);
    this.name = 'AttemptNotKept';
  }
}
