/**
 * Profiles, finished attempts and the conversation in progress. Each attempt is
 * its own record, so two tabs on one profile never overwrite each other's
 * attempts. Damaged records are moved aside, never deleted (left where they
 * are when there is no room to move them); records from a newer Cooldown are
 * left as they are. Both produce a notice for the user. Nothing is ever
 * written over a record this version cannot read: every write checks first
 * (`guard`). A profile is its records: one whose own record cannot be read is
 * still listed, by its id, with its attempts, settings and conversations.
 */
import { ATTEMPT_INDEX, byEndTime, summarize, type AttemptSummary } from './attempt-index.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { WORKSHOP, workshopKey, workshopPrefix, type StoredWorkshop } from './workshop-record.ts';
import { ATTEMPT, PROFILE, SETTINGS, type Attempt, type Profile, type StoredSettings } from './records.ts';
import { SAVED_CONVERSATION, type SavedConversation } from './saved-conversation.ts';
import { decode, encode, type Decoded, type Envelope, type RecordProblem, type RecordType } from './versioned.ts';

/** Something that went wrong reading a record, as data: the screens word it from the message catalogue. */
export interface StorageNotice {
  key: string;
  /** The kind of record: profile, attempt, settings… */
  record: string;
  /**
   * What was done: set aside as damaged; left where it is, damaged, because
   * there was no room to set it aside (a full disk); or left as it is because
   * a newer Cooldown wrote it.
   */
  kind: 'moved-aside' | 'left-in-place' | 'newer-version';
  /** Why, with the technical detail (the damaged field, the versions). */
  problem: RecordProblem;
}

const LAST_PROFILE = 'meta/last-profile';
const profileKey = (id: string) => `profile/${id}`;
const attemptPrefix = (profileId: string) => `attempt/${profileId}/`;
const attemptIndexKey = (profileId: string) => `attempt-index/${profileId}`;
const conversationPrefix = (profileId: string) => `session/${profileId}/`;
const conversationKey = (profileId: string, id: string) => `${conversationPrefix(profileId)}${id}`;
/** Where a profile's one conversation in progress was kept before each had its own record. */
const legacyConversationKey = (profileId: string) => `session/${profileId}`;
const settingsKey = (profileId: string) => `settings/${profileId}`;

/** The kinds of record `putAll` writes, to check what is already there. */
const BATCH_TYPES: Readonly<Record<string, RecordType<unknown>>> = {
  [PROFILE.kind]: PROFILE,
  [ATTEMPT.kind]: ATTEMPT,
  [ATTEMPT_INDEX.kind]: ATTEMPT_INDEX,
};

/** What `storedIds` finds: profile ids, and each profile's attempt ids. */
export interface StoredIds {
  profiles: Set<string>;
  attempts: Map<string, Set<string>>;
}

/** One profile's records for `putAll`: the profile when it is new here, the attempts to add, and whose index to write with them. */
export interface ProfileRecords {
  profile?: Profile;
  attempts: readonly Attempt[];
  /** The profile id, when it had no attempts here: its attempt index is these attempts. */
  indexed?: string;
}

/**
 * A profile kept here, by its id, with the number of its attempts: its record
 * when it can be read, else why not — damaged (set aside, or missing while its
 * attempts, settings or conversations are here) or written by a newer Cooldown
 * (left as it is). Either way its data stays reachable by the id.
 */
export type ProfileEntry = { id: string; attempts: number } & (
  { profile: Profile; unreadable?: never } | { profile?: never; unreadable: 'damaged' | 'newer' }
);

/**
 * Thrown instead of writing over a record a newer Cooldown wrote, which this
 * version cannot read: it is left as it is. Carries the key and the kind of
 * record as data; its message names no key.
 */
export class NewerRecordError extends Error {
  constructor(
    readonly key: string,
    /** The kind of record: profile, attempt, settings… */
    readonly record: string,
  ) {
    super(`${record} saved by a newer version`);
    this.name = 'NewerRecordError';
  }
}

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

  /**
   * Every profile kept here, readable ones oldest first, then those whose own
   * record cannot be read (by id): a profile with attempts, settings or a
   * conversation in progress here is listed even when its record is damaged,
   * set aside (now or by an earlier version) or from a newer Cooldown.
   * Key-only passes find them; only the profile records are read.
   */
  async profileEntries(): Promise<ProfileEntry[]> {
    // One key-only pass (the store's keys come whole either way), split by kind.
    const keys = await this.store.keys();
    const under = (prefix: string) => keys.filter((k) => k.startsWith(prefix));
    const [profileKeys, attemptKeys, settingsKeys, conversationKeys] = [
      under('profile/'),
      under('attempt/'),
      under('settings/'),
      under('session/'),
    ];
    const idOf = (key: string) => key.split('/')[1]!;
    const attempts = new Map<string, number>();
    for (const key of attemptKeys) attempts.set(idOf(key), (attempts.get(idOf(key)) ?? 0) + 1);
    const withData = new Set([...attemptKeys, ...settingsKeys, ...conversationKeys].map(idOf));
    const ids = new Set([...profileKeys.map(idOf), ...withData]);
    const entries = await Promise.all([...ids].map((id) => this.entryOf(id, attempts.get(id) ?? 0, withData.has(id))));
    return entries
      .filter((e) => e !== undefined)
      .sort(
        (a, b) =>
          (a.profile ? 0 : 1) - (b.profile ? 0 : 1) ||
          (a.profile && b.profile ? a.profile.createdAt.localeCompare(b.profile.createdAt) : 0) ||
          a.id.localeCompare(b.id),
      );
  }

  /** One profile as `profileEntries` lists it, or undefined when nothing of it is here. */
  async profileEntry(id: string): Promise<ProfileEntry | undefined> {
    const { attempts, any } = await this.dataOf(id);
    return this.entryOf(id, attempts, any);
  }

  private async entryOf(id: string, attempts: number, hasData: boolean): Promise<ProfileEntry | undefined> {
    const key = profileKey(id);
    const decoded = await this.check(PROFILE, key, await this.store.get(key));
    if (decoded?.ok) return { id, profile: decoded.value, attempts };
    if (decoded?.problem.reason === 'newer') return { id, unreadable: 'newer', attempts };
    // Damaged or missing: the profile is still its data, reachable by its id.
    return hasData ? { id, unreadable: 'damaged', attempts } : undefined;
  }

  /** How many attempts a profile has here, and whether it has any record besides its own. */
  private async dataOf(id: string): Promise<{ attempts: number; any: boolean }> {
    const keys = await this.store.keys();
    const attempts = keys.filter((k) => k.startsWith(attemptPrefix(id)));
    const any =
      attempts.length > 0 ||
      keys.some(
        (k) => k === settingsKey(id) || k === legacyConversationKey(id) || k.startsWith(conversationPrefix(id)),
      );
    return { attempts: attempts.length, any };
  }

  /**
   * Gives a profile whose own record is damaged or missing a new one: its id
   * from its key, the name the trainee gives. A damaged record still there is
   * set aside first; one from a newer Cooldown is refused (`NewerRecordError`)
   * and left as it is. A readable profile is only renamed.
   */
  async rebuildProfile(id: string, name: string): Promise<Profile> {
    if (await this.profile(id)) return this.renameProfile(id, name);
    const profile = { id, name: name.trim(), createdAt: this.now().toISOString() };
    await this.putProfile(profile);
    return profile;
  }

  async createProfile(name: string): Promise<Profile> {
    const profile = { id: newId(), name: name.trim(), createdAt: this.now().toISOString() };
    await this.putProfile(profile);
    return profile;
  }

  /** Stores a profile as given (used by backup import, which keeps ids). */
  async putProfile(profile: Profile): Promise<void> {
    const valid = PROFILE.schema.parse(profile);
    await this.guard(PROFILE, profileKey(valid.id));
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
    for (const key of await this.store.keys(conversationPrefix(id))) await this.store.remove(key);
    for (const key of await this.store.keys(workshopPrefix(id))) await this.store.remove(key);
    await this.store.remove(legacyConversationKey(id));
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
    await this.guard(ATTEMPT, `${attemptPrefix(valid.profileId)}${valid.id}`);
    await this.store.set(`${attemptPrefix(valid.profileId)}${valid.id}`, encode(ATTEMPT, valid));
  }

  /**
   * The ids of every profile kept here and of each profile's attempts, from
   * two key-only passes whatever the number of profiles (a backup import asks
   * once, not once per profile).
   */
  async storedIds(): Promise<StoredIds> {
    const [profileKeys, attemptKeys] = await Promise.all([this.store.keys('profile/'), this.store.keys('attempt/')]);
    const attempts = new Map<string, Set<string>>();
    for (const key of attemptKeys) {
      const [, profileId, id] = key.split('/');
      if (profileId === undefined || id === undefined) continue;
      let ids = attempts.get(profileId);
      if (!ids) attempts.set(profileId, (ids = new Set()));
      ids.add(id);
    }
    return { profiles: new Set(profileKeys.map((k) => k.slice('profile/'.length))), attempts };
  }

  /**
   * Which of these profiles a newer Cooldown wrote here (their profile record
   * or attempt index): a backup import leaves them as they are.
   */
  async newerProfiles(ids: readonly string[]): Promise<Set<string>> {
    const newer = new Set<string>();
    const isNewer = async <T>(type: RecordType<T>, key: string) => {
      const raw = await this.store.get(key);
      if (raw === null || raw === undefined) return false;
      const decoded = decode(type, raw);
      return !decoded.ok && decoded.problem.reason === 'newer';
    };
    await Promise.all(
      ids.map(async (id) => {
        if ((await isNewer(PROFILE, profileKey(id))) || (await isNewer(ATTEMPT_INDEX, attemptIndexKey(id))))
          newer.add(id);
      }),
    );
    return newer;
  }

  /**
   * Stores profiles and attempts as given (a backup import, which keeps ids;
   * already checked against their schemas) in one batch: every record is kept
   * or none is, and no reader sees part of it. A group whose profile had no
   * attempts here gets its attempt index in the same batch; others are
   * brought up to date on their next read. `onProgress` counts the groups
   * written so far.
   */
  async putAll(
    groups: readonly ProfileRecords[],
    options: { onProgress?: (groups: number) => void; signal?: AbortSignal } = {},
  ): Promise<void> {
    const entries: [string, unknown][] = [];
    /** The number of entries once each group is written. */
    const ends: number[] = [];
    for (const { profile, attempts, indexed } of groups) {
      if (profile) entries.push([profileKey(profile.id), encode(PROFILE, profile)]);
      for (const a of attempts) entries.push([`${attemptPrefix(a.profileId)}${a.id}`, encode(ATTEMPT, a)]);
      if (indexed)
        entries.push([
          attemptIndexKey(indexed),
          encode(ATTEMPT_INDEX, { attempts: attempts.map(summarize).sort(byEndTime) }),
        ]);
      ends.push(entries.length);
    }
    // Nothing of the batch goes over a record this version cannot read: only what is already there is read.
    const present = new Set(await this.store.keys());
    for (const [key, value, type] of entries.map(([k, v]) => [k, v, BATCH_TYPES[(v as Envelope).kind]!] as const))
      if (present.has(key)) await this.guard(type, key);
    let done = 0;
    const { onProgress, signal } = options;
    const report = (written: number) => {
      const before = done;
      while (done < ends.length && ends[done]! <= written) done++;
      if (done > before) onProgress?.(done);
    };
    await this.store.setMany(entries, { ...(onProgress ? { onProgress: report } : {}), ...(signal ? { signal } : {}) });
    report(entries.length);
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
    // One a newer Cooldown wrote is left as it is: the summaries come from the attempts every time.
    const newer = decoded?.ok === false && decoded.problem.reason === 'newer';
    // The index only saves reading: when it cannot be written (a full disk), the next read rebuilds it.
    if (changed && !newer)
      await this.store
        .set(attemptIndexKey(profileId), encode(ATTEMPT_INDEX, { attempts: summaries }))
        .catch(() => undefined);
    return summaries;
  }

  /** Keeps a conversation in progress under its own id, replacing its previous resume point. */
  async saveConversation(saved: SavedConversation): Promise<void> {
    const valid = SAVED_CONVERSATION.schema.parse(saved);
    await this.guard(SAVED_CONVERSATION, conversationKey(valid.profileId, valid.id));
    await this.store.set(conversationKey(valid.profileId, valid.id), encode(SAVED_CONVERSATION, valid));
  }

  /** Every conversation in progress of a profile, the most recently saved first. */
  async savedConversations(profileId: string): Promise<SavedConversation[]> {
    const legacy = await this.read(SAVED_CONVERSATION, legacyConversationKey(profileId));
    if (legacy) {
      // Moved to a record of its own, as conversations are kept now.
      await this.saveConversation(legacy);
      await this.store.remove(legacyConversationKey(profileId));
    }
    // Key by key: a pass over the entries would read every record of every profile, attempts included.
    const keys = await this.store.keys(conversationPrefix(profileId));
    const read = await Promise.all(keys.map((key) => this.read(SAVED_CONVERSATION, key)));
    const saved = read.filter((c) => c !== undefined);
    return saved.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async clearConversation(profileId: string, id: string): Promise<void> {
    await this.store.remove(conversationKey(profileId, id));
  }

  /** Moves a conversation in progress that cannot continue to quarantine with the reason, never deleting it. */
  async setAsideConversation(profileId: string, id: string, reason: unknown): Promise<void> {
    const key = conversationKey(profileId, id);
    const raw = await this.store.get(key);
    if (raw === null || raw === undefined) return;
    await this.store.set(`quarantine/${this.now().toISOString()}/${key}`, { reason, raw });
    await this.store.remove(key);
  }

  /**
   * Whether a profile is still here (another tab may have deleted it): its
   * record, readable or not, or, when that is missing, any of its data.
   */
  async profileExists(id: string): Promise<boolean> {
    return (await this.store.keys(profileKey(id))).includes(profileKey(id)) || (await this.dataOf(id)).any;
  }

  /** Keeps a facilitator's workshop, replacing what was kept of it before. */
  async saveWorkshop(workshop: StoredWorkshop): Promise<void> {
    const valid = WORKSHOP.schema.parse(workshop);
    const key = workshopKey(valid.profileId, valid.id);
    await this.guard(WORKSHOP, key);
    await this.store.set(key, encode(WORKSHOP, valid));
  }

  /** A profile's workshops, the most recently changed first; damaged ones are set aside with a notice. */
  async workshops(profileId: string): Promise<StoredWorkshop[]> {
    const kept = await this.readAll(WORKSHOP, workshopPrefix(profileId));
    return kept.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async deleteWorkshop(profileId: string, id: string): Promise<void> {
    await this.store.remove(workshopKey(profileId, id));
  }

  async settings(profileId: string): Promise<StoredSettings | undefined> {
    return this.read(SETTINGS, settingsKey(profileId));
  }

  async saveSettings(profileId: string, settings: StoredSettings): Promise<void> {
    const valid = SETTINGS.schema.parse(settings);
    await this.guard(SETTINGS, settingsKey(profileId));
    await this.store.set(settingsKey(profileId), encode(SETTINGS, valid));
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
    const decoded = await this.check(type, key, raw);
    return decoded?.ok ? decoded.value : undefined;
  }

  /**
   * `accept`, saying what it found: the record, or why it cannot be read. A
   * damaged record is set aside, or left where it is when there is no room to
   * (a full disk must not stop the game from starting); an upgrade that cannot
   * be written back is upgraded again on the next read.
   */
  private async check<T>(type: RecordType<T>, key: string, raw: unknown): Promise<Decoded<T> | undefined> {
    if (raw === null || raw === undefined) return undefined;
    const decoded = decode(type, raw);
    if (decoded.ok) {
      // Write the upgraded form back so the migration runs once.
      if (decoded.migrated) await this.store.set(key, encode(type, decoded.value)).catch(() => undefined);
      return decoded;
    }
    const { problem } = decoded;
    if (problem.reason === 'newer') {
      this.noticeList.push({ key, record: type.kind, kind: 'newer-version', problem });
      return decoded;
    }
    const moved = await this.setAside(key, raw, problem).then(
      () => true,
      () => false,
    );
    this.noticeList.push({ key, record: type.kind, kind: moved ? 'moved-aside' : 'left-in-place', problem });
    return decoded;
  }

  /** Copies a record that cannot be read to `quarantine/<time>/<key>` with the reason, then removes it. */
  private async setAside(key: string, raw: unknown, reason: RecordProblem): Promise<void> {
    await this.store.set(`quarantine/${this.now().toISOString()}/${key}`, { reason, raw });
    // Copied: should the removal fail, the record is only set aside again on its next read.
    await this.store.remove(key).catch(() => undefined);
  }

  /**
   * Before any write to `key`: refuses (`NewerRecordError`) when a newer
   * Cooldown wrote what is there, which is left as it is, and sets a damaged
   * record aside first, so no write ever destroys a record this version
   * cannot read. A damaged attempt index is only rebuilt: all of it is in the
   * attempts.
   */
  private async guard<T>(type: RecordType<T>, key: string): Promise<void> {
    const raw = await this.store.get(key);
    if (raw === null || raw === undefined) return;
    const decoded = decode(type, raw);
    if (decoded.ok) return;
    if (decoded.problem.reason === 'newer') throw new NewerRecordError(key, type.kind);
    if (type.kind !== ATTEMPT_INDEX.kind) await this.setAside(key, raw, decoded.problem);
  }
}
