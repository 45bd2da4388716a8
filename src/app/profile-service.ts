/**
 * The trainees on this device: list, create, rename, delete, and which one
 * plays — the one chosen last time, kept across visits. A trainee whose own
 * profile record cannot be read (damaged, or from a newer Cooldown) is still
 * one of them, by id, with everything else of theirs; a damaged one can be
 * given a name again.
 */
import type { ProfileEntry, ProgressRepository } from '../storage/progress-repository.ts';
import type { Profile } from '../storage/records.ts';

export type { Profile, ProfileEntry };

export class ProfileService {
  /** `freshName` names the profile made when there is none (the first visit, or after deleting the last). */
  constructor(
    private readonly repo: ProgressRepository,
    private readonly freshName: string,
  ) {}

  /** Every profile whose record can be read, oldest first. */
  list(): Promise<Profile[]> {
    return this.repo.profiles();
  }

  /** Every profile on this device, those whose record cannot be read too (after the others), with their attempt counts. */
  entries(): Promise<ProfileEntry[]> {
    return this.repo.profileEntries();
  }

  get(id: string): Promise<Profile | undefined> {
    return this.repo.profile(id);
  }

  /** One profile, readable or not; undefined when nothing of it is here. */
  entry(id: string): Promise<ProfileEntry | undefined> {
    return this.repo.profileEntry(id);
  }

  /**
   * Gives a profile whose record is damaged its record again: its own id, the
   * name given. Refused (`NewerRecordError`) for one a newer Cooldown wrote.
   */
  rebuild(id: string, name: string): Promise<Profile> {
    return this.repo.rebuildProfile(id, name);
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

  /**
   * Who plays at start: the profile chosen last time, even when its record
   * cannot be read (its attempts, settings and conversations are still its
   * own), else the oldest, else a fresh one; remembered.
   */
  async atStart(): Promise<ProfileEntry> {
    const last = await this.repo.lastProfileId();
    const profile = (last ? await this.repo.profileEntry(last) : undefined) ?? (await this.firstOrFresh());
    if (profile.id !== last) await this.repo.rememberProfile(profile.id);
    return profile;
  }

  /**
   * Deletes a profile with its attempts, settings and conversation in progress,
   * and says who plays now: `playing` when another profile was deleted, else the
   * oldest left, or a fresh one when none is left.
   */
  async remove(id: string, playing: string): Promise<ProfileEntry> {
    await this.repo.deleteProfile(id);
    return (id !== playing ? await this.repo.profileEntry(playing) : undefined) ?? (await this.firstOrFresh());
  }

  /** The oldest readable profile, else one that cannot be read (rather than leave its data behind), else a fresh one. */
  private async firstOrFresh(): Promise<ProfileEntry> {
    const first = (await this.repo.profileEntries())[0];
    if (first) return first;
    const profile = await this.repo.createProfile(this.freshName);
    return { id: profile.id, profile, attempts: 0 };
  }
}
