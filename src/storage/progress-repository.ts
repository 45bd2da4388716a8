/**
 * Profiles, finished attempts and the conversation in progress. Each attempt is
 * its own record, so two tabs on one profile never overwrite each other's
 * attempts. Damaged records are moved aside, never deleted; records from a
 * newer Cooldown are left as they are. Both produce a notice for the user.
 */
import type { KeyValueStore } from './key-value-store.ts';
import { ATTEMPT, PROFILE, SESSION, SETTINGS, type Attempt, type Profile, type Session, type StoredSettings } from './records.ts';
import { decode, encode, type RecordType } from './versioned.ts';

export interface StorageNotice {
  key: string;
  kind: 'moved-aside' | 'newer-version';
  message: string;
}

const LAST_PROFILE = 'meta/last-profile';
const profileKey = (id: string) => `profile/${id}`;
const attemptPrefix = (profileId: string) => `attempt/${profileId}/`;
const sessionKey = (profileId: string) => `session/${profileId}`;
const settingsKey = (profileId: string) => `settings/${profileId}`;

export function newId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}

export class ProgressRepository {
  private readonly noticeList: StorageNotice[] = [];

  constructor(
    readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** What went wrong while reading, in plain words, for the user to see once. */
  takeNotices(): StorageNotice[] {
    return this.noticeList.splice(0);
  }

  async profiles(): Promise<Profile[]> {
    const profiles = await this.readAll(PROFILE, 'profile/');
    return profiles.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async profile(id: string): Promise<Profile | undefined> {
    return this.read(PROFILE, profileKey(id));
  }

  async createProfile(name: string): Promise<Profile> {
    const profile = { id: newId(), name: name.trim(), createdAt: this.now().toISOString() };
    await this.putProfile(profile);
    return profile;
  }

  /** Stores a profile as given (used by backup import, which keeps ids). */
  async putProfile(profile: Profile): Promise<void> {
    const valid = PROFILE.schema.parse(profile);
    await this.store.set(profileKey(valid.id), encode(PROFILE, valid));
  }

  async renameProfile(id: string, name: string): Promise<Profile> {
    const profile = await this.profile(id);
    if (!profile) throw new Error(`No profile with id ${id}`);
    const renamed = { ...profile, name: name.trim() };
    await this.putProfile(renamed);
    return renamed;
  }

  /** Removes the profile with its attempts and conversation in progress. */
  async deleteProfile(id: string): Promise<void> {
    for (const key of await this.store.keys(attemptPrefix(id))) await this.store.remove(key);
    await this.store.remove(sessionKey(id));
    await this.store.remove(settingsKey(id));
    await this.store.remove(profileKey(id));
    if ((await this.store.get(LAST_PROFILE)) === id) await this.store.remove(LAST_PROFILE);
  }

  async lastProfileId(): Promise<string | undefined> {
    const id = await this.store.get(LAST_PROFILE);
    return typeof id === 'string' ? id : undefined;
  }

  async rememberProfile(id: string): Promise<void> {
    await this.store.set(LAST_PROFILE, id);
  }

  async addAttempt(attempt: Attempt): Promise<void> {
    const valid = ATTEMPT.schema.parse(attempt);
    await this.store.set(`${attemptPrefix(valid.profileId)}${valid.id}`, encode(ATTEMPT, valid));
  }

  /** Every finished attempt of a profile, oldest first. */
  async attempts(profileId: string): Promise<Attempt[]> {
    const attempts = await this.readAll(ATTEMPT, attemptPrefix(profileId));
    return attempts.sort((a, b) => a.endedAt.localeCompare(b.endedAt) || a.id.localeCompare(b.id));
  }

  async saveSession(session: Session): Promise<void> {
    const valid = SESSION.schema.parse(session);
    await this.store.set(sessionKey(valid.profileId), encode(SESSION, valid));
  }

  async session(profileId: string): Promise<Session | undefined> {
    return this.read(SESSION, sessionKey(profileId));
  }

  async clearSession(profileId: string): Promise<void> {
    await this.store.remove(sessionKey(profileId));
  }

  async settings(profileId: string): Promise<StoredSettings | undefined> {
    return this.read(SETTINGS, settingsKey(profileId));
  }

  async saveSettings(profileId: string, settings: StoredSettings): Promise<void> {
    await this.store.set(settingsKey(profileId), encode(SETTINGS, SETTINGS.schema.parse(settings)));
  }

  private async readAll<T>(type: RecordType<T>, prefix: string): Promise<T[]> {
    const out: T[] = [];
    for (const [key, raw] of await this.store.entries(prefix)) {
      const value = await this.accept(type, key, raw);
      if (value !== undefined) out.push(value);
    }
    return out;
  }

  private async read<T>(type: RecordType<T>, key: string): Promise<T | undefined> {
    return this.accept(type, key, await this.store.get(key));
  }

  /** A stored value as a record: upgraded and written back, or set aside when damaged, or left alone when newer. */
  private async accept<T>(type: RecordType<T>, key: string, raw: unknown): Promise<T | undefined> {
    if (raw === null || raw === undefined) return undefined;
    const decoded = decode(type, raw);
    if (decoded.ok) {
      // Write the upgraded form back so the migration runs once.
      if (decoded.migrated) await this.store.set(key, encode(type, decoded.value));
      return decoded.value;
    }
    if (decoded.reason === 'newer') {
      this.noticeList.push({ key, kind: 'newer-version', message: decoded.message });
      return undefined;
    }
    const aside = `quarantine/${this.now().toISOString()}/${key}`;
    await this.store.set(aside, { reason: decoded.message, raw });
    await this.store.remove(key);
    this.noticeList.push({ key, kind: 'moved-aside', message: `A saved ${type.kind} could not be read (${decoded.message}). It was set aside, not deleted; everything else is fine.` });
    return undefined;
  }
}
