/**
 * Profiles, finished attempts and the conversation in progress. Each attempt is
 * its own record, so two tabs on one profile never overwrite each other's
 * attempts. Damaged records are moved aside, never deleted; records from a
 * newer Cooldown are left as they are. Both produce a notice for the user.
 */
import { ATTEMPT_INDEX, byEndTime, summarize, type AttemptSummary } from './attempt-index.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { ATTEMPT, PROFILE, SETTINGS, type Attempt, type Profile, type StoredSettings } from './records.ts';
import { SAVED_CONVERSATION, type SavedConversation } from './saved-conversation.ts';
import { decode, encode, type RecordProblem, type RecordType } from './versioned.ts';

/** Something that went wrong reading a record, as data: the screens word it from the message catalogue. */
export interface StorageNotice {
  key: string;
  /** The kind of record: profile, attempt, settings… */
  record: string;
  /** What was done: set aside as damaged, or left as it is because a newer Cooldown wrote it. */
  kind: 'moved-aside' | 'newer-version';
  /** Why, with the technical detail (the damaged field, the versions). */
  problem: RecordProblem;
}

const LAST_PROFILE = 'meta/last-profile';
const profileKey = (id: string) => `profile/${id}`;
const attemptPrefix = (profileId: string) => `attempt/${profileId}/`;
const attemptIndexKey = (profileId: string) => `attempt-index/${profileId}`;
const conversationKey = (profileId: string) => `session/${profileId}`;
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

  /** What went wrong while reading, for the user to see once (the screens word it). */
  takeNotices(): StorageNotice[] {
    return this.noticeList.splice(0);
  }

  async profiles(): Promise<Profile[]> {
    // One read per profile: a pass over every entry would also decode every attempt of every profile.
    const profiles = await Promise.all((await this.store.keys('profile/')).map((key) => this.read(PROFILE, key)));
    return profiles.filter((p) => p !== undefined).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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
    await this.store.remove(conversationKey(id));
    await this.store.remove(settingsKey(id));
    await this.store.remove(attemptIndexKey(id));
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
    return attempts.sort(byEndTime);
  }

  async attempt(profileId: string, id: string): Promise<Attempt | undefined> {
    return this.read(ATTEMPT, `${attemptPrefix(profileId)}${id}`);
  }

  /**
   * Every finished attempt of a profile in brief, oldest first: what lists need,
   * read from the attempt index and the attempts' keys. Attempts the index does
   * not know yet (added since, by this tab or another, or imported) are read and
   * added to it; entries whose attempt is gone are dropped.
   */
  async attemptSummaries(profileId: string): Promise<AttemptSummary[]> {
    const prefix = attemptPrefix(profileId);
    const [raw, keys] = await Promise.all([this.store.get(attemptIndexKey(profileId)), this.store.keys(prefix)]);
    // A damaged or unreadable index is rebuilt rather than set aside: everything in it is in the attempts.
    const decoded = raw === null || raw === undefined ? undefined : decode(ATTEMPT_INDEX, raw);
    const known = new Map((decoded?.ok ? decoded.value.attempts : []).map((s) => [s.id, s]));
    const ids = keys.map((k) => k.slice(prefix.length));
    const missing = ids.filter((id) => !known.has(id));
    // A few new attempts are read one by one; many (no index yet, an import) in one pass.
    const found =
      missing.length > 16
        ? await this.attempts(profileId)
        : await Promise.all(missing.map((id) => this.attempt(profileId, id)));
    const indexed = known.size;
    for (const a of found) if (a && !known.has(a.id)) known.set(a.id, summarize(a));
    const added = known.size > indexed;
    const present = new Set(ids);
    const summaries = [...known.values()].filter((s) => present.has(s.id)).sort(byEndTime);
    const dropped = summaries.length < known.size;
    const changed = !decoded?.ok || decoded.migrated || added || dropped;
    // The index only saves reading: when it cannot be written (a full disk), the next read rebuilds it.
    if (changed)
      await this.store
        .set(attemptIndexKey(profileId), encode(ATTEMPT_INDEX, { attempts: summaries }))
        .catch(() => undefined);
    return summaries;
  }

  /** Keeps the conversation in progress (one per profile), replacing the one before. */
  async saveConversation(saved: SavedConversation): Promise<void> {
    const valid = SAVED_CONVERSATION.schema.parse(saved);
    await this.store.set(conversationKey(valid.profileId), encode(SAVED_CONVERSATION, valid));
  }

  async savedConversation(profileId: string): Promise<SavedConversation | undefined> {
    return this.read(SAVED_CONVERSATION, conversationKey(profileId));
  }

  async clearConversation(profileId: string): Promise<void> {
    await this.store.remove(conversationKey(profileId));
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
    const { problem } = decoded;
    if (problem.reason === 'newer') {
      this.noticeList.push({ key, record: type.kind, kind: 'newer-version', problem });
      return undefined;
    }
    const aside = `quarantine/${this.now().toISOString()}/${key}`;
    await this.store.set(aside, { reason: problem, raw });
    await this.store.remove(key);
    this.noticeList.push({ key, record: type.kind, kind: 'moved-aside', problem });
    return undefined;
  }
}
