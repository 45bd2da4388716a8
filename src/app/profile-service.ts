/**
 * The trainees on this device: list, create, rename, delete, and which one
 * plays — the one chosen last time, kept across visits.
 */
import type { ProgressRepository } from '../storage/progress-repository.ts';
import type { Profile } from '../storage/records.ts';

export type { Profile };

export class ProfileService {
  /** `freshName` names the profile made when there is none (the first visit, or after deleting the last). */
  constructor(
    private readonly repo: ProgressRepository,
    private readonly freshName: string,
  ) {}

  /** Every profile, oldest first. */
  list(): Promise<Profile[]> {
    return this.repo.profiles();
  }

  get(id: string): Promise<Profile | undefined> {
    return this.repo.profile(id);
  }

  create(name: string): Promise<Profile> {
    return this.repo.createProfile(name);
  }

  rename(id: string, name: string): Promise<Profile> {
    return this.repo.renameProfile(id, name);
  }

  /** Keeps `id` as the profile to start with next time. */
  remember(id: string): Promise<void> {
    return this.repo.rememberProfile(id);
  }

  /** Who plays at start: the profile chosen last time, else the oldest, else a fresh one; remembered. */
  async atStart(): Promise<Profile> {
    const last = await this.repo.lastProfileId();
    const profile = (last ? await this.repo.profile(last) : undefined) ?? (await this.firstOrFresh());
    if (profile.id !== last) await this.repo.rememberProfile(profile.id);
    return profile;
  }

  /**
   * Deletes a profile with its attempts, settings and conversation in progress,
   * and says who plays now: `playing` when another profile was deleted, else the
   * oldest left, or a fresh one when none is left.
   */
  async remove(id: string, playing: string): Promise<Profile> {
    await this.repo.deleteProfile(id);
    return (id !== playing ? await this.repo.profile(playing) : undefined) ?? (await this.firstOrFresh());
  }

  private async firstOrFresh(): Promise<Profile> {
    return (await this.repo.profiles())[0] ?? (await this.repo.createProfile(this.freshName));
  }
}
