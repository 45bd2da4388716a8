/**
 * The trainee whose own profile record cannot be read keeps playing as
 * themselves, with their attempts, settings and conversation in progress; a
 * record from a newer Cooldown is never written over, and the page can say
 * why (issue 16, items 1, 2 and 4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beginConversation, choose } from '../engine/index.ts';
import { resumePointOf } from '../engine/model/resume-point.ts';
import { thirdCall } from '../engine/test-support/third-call.ts';
import { MemoryStore, StorageFullError, type KeyValueStore } from '../storage/key-value-store.ts';
import { ProgressRepository } from '../storage/progress-repository.ts';
import { BackupService } from './backup-service.ts';
import { ConversationService } from './flow/conversation-service.ts';
import { ProfileService } from './profile-service.ts';
import { ProgressService } from './progress-service.ts';
import { SettingsService } from './settings.ts';
import { saveProblemOf } from './storage-status.ts';
import { CHOSEN_SETTINGS } from '../storage/__fixtures__/chosen-settings.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../storage/__fixtures__/${name}`, import.meta.url), 'utf8'));
const attemptV2 = fixture('attempt-v2.json');
const now = () => new Date('2026-12-01T12:00:00.000Z');
const scenario = thirdCall();

const MINE = CHOSEN_SETTINGS;
const DAMAGED_PROFILE = { kind: 'profile', v: 1, data: { id: 'prof1', name: '' } };
const NEWER_PROFILE = { kind: 'profile', v: 9, data: { id: 'prof1', names: ['Ilze'] } };

/**
 * Minh (made first, so the oldest) and Ilze (prof1, chosen last time) with an
 * attempt, her settings and a conversation in progress; then Ilze's own
 * record is replaced by `record`.
 */
async function devices(record: unknown, store: KeyValueStore = new MemoryStore()) {
  const repo = new ProgressRepository(store, now);
  const profiles = new ProfileService(repo, 'Trainee');
  const minh = await repo.createProfile('Minh');
  await repo.putProfile({ id: 'prof1', name: 'Ilze', createdAt: '2026-12-01T12:30:00.000Z' });
  await repo.addAttempt({ ...attemptV2.data, id: 'a1', profileId: 'prof1' });
  await repo.saveSettings('prof1', MINE);
  await repo.saveConversation({
    id: 'c1',
    profileId: 'prof1',
    startedAt: '2026-12-01T11:00:00.000Z',
    savedAt: '2026-12-01T11:01:00.000Z',
    point: resumePointOf(scenario, beginConversation(scenario), null),
  });
  await repo.rememberProfile('prof1');
  await repo.store.set('profile/prof1', record);
  const progress = new ProgressService(repo, [scenario]);
  return {
    repo,
    minh,
    profiles,
    progress,
    settings: new SettingsService(repo, false),
    conversations: new ConversationService(repo, progress, [scenario], now),
    backups: new BackupService(repo, now),
  };
}

describe.each([
  ['damaged', DAMAGED_PROFILE],
  ['newer', NEWER_PROFILE],
] as const)('the current profile with a %s record', (unreadable, record) => {
  it('still plays at start, with its attempts, settings and conversation in progress', async () => {
    const { repo, minh, profiles, settings, progress, conversations } = await devices(record);
    const playing = await profiles.atStart();
    expect(playing).toEqual({ id: 'prof1', unreadable, attempts: 1 });
    expect(await repo.lastProfileId()).toBe('prof1');
    expect(await profiles.entry('prof1')).toEqual(playing);
    expect((await profiles.entries()).map((e) => e.id)).toEqual([minh.id, 'prof1']);
    expect(await settings.load('prof1')).toEqual(MINE);
    expect((await progress.history('prof1')).map((a) => a.id)).toEqual(['a1']);
    expect((await conversations.latest('prof1'))?.id).toBe('c1');
    // A new attempt is kept: the profile is still here.
    const c = choose(scenario, choose(scenario, beginConversation(scenario), 'hear'), 'offer');
    await progress.recordAttempt('prof1', scenario, c, new Date('2026-12-01T11:00:00Z'), now(), 'c1');
    expect((await progress.history('prof1')).map((a) => a.id).sort()).toEqual(['a1', 'c1']);
  });

  it('is in a backup of everyone, with its attempts', async () => {
    const { backups } = await devices(record);
    const { text } = await backups.exportAll('Unnamed trainee');
    const mine = JSON.parse(text).profiles.find((p: { profile: { id: string } }) => p.profile.id === 'prof1');
    expect(mine.profile.name).toBe('Unnamed trainee');
    expect(mine.attempts.map((a: { id: string }) => a.id)).toEqual(['a1']);
  });
});

describe('recovering a profile whose record cannot be read', () => {
  it('a damaged one is rebuilt from its id and a name the trainee gives', async () => {
    const { repo, profiles } = await devices(DAMAGED_PROFILE);
    expect(await profiles.rebuild('prof1', 'Ilze')).toMatchObject({ id: 'prof1', name: 'Ilze' });
    expect(await profiles.entry('prof1')).toMatchObject({ profile: { name: 'Ilze' }, attempts: 1 });
    expect(await repo.settings('prof1')).toEqual(MINE);
  });

  it('a newer one is left as it is, and the refusal says why', async () => {
    const { repo, profiles } = await devices(NEWER_PROFILE);
    const refused = await profiles.rebuild('prof1', 'Ilze').catch((e: unknown) => e);
    expect(saveProblemOf(refused)).toEqual({ kind: 'newer', record: 'profile' });
    expect(await repo.store.get('profile/prof1')).toEqual(NEWER_PROFILE);
  });

  it('at start without a last choice, a profile with data is chosen before a fresh one is made', async () => {
    const repo = new ProgressRepository(new MemoryStore(), now);
    await repo.addAttempt({ ...attemptV2.data, id: 'a1', profileId: 'prof1' });
    await repo.store.set('profile/prof1', NEWER_PROFILE);
    const playing = await new ProfileService(repo, 'Trainee').atStart();
    expect(playing).toEqual({ id: 'prof1', unreadable: 'newer', attempts: 1 });
    expect(await repo.profiles()).toEqual([]);
  });
});

describe('settings from a newer version', () => {
  it('are used as defaults here, and a change is refused with a reason the page can word', async () => {
    const { repo, settings } = await devices(DAMAGED_PROFILE);
    const newer = { kind: 'settings', v: 9, data: { theme: 'dark' } };
    await repo.store.set('settings/prof1', newer);
    expect(await settings.load('prof1')).toMatchObject({ timer: 'normal' });
    const refused = await settings.save('prof1', MINE).catch((e: unknown) => e);
    expect(saveProblemOf(refused)).toEqual({ kind: 'newer', record: 'settings' });
    expect(await repo.store.get('settings/prof1')).toEqual(newer);
  });
});

describe('an import over a profile a newer version wrote here', () => {
  it('skips that profile and counts it', async () => {
    const { repo, backups } = await devices({
      kind: 'profile',
      v: 1,
      data: { id: 'prof1', name: 'Ilze', createdAt: '2026-12-01T12:30:00.000Z' },
    });
    const { text } = await backups.exportAll('Unnamed trainee');
    await repo.store.set('profile/prof1', NEWER_PROFILE);
    await repo.store.remove('attempt/prof1/a1');
    const outcome = await backups.importText(text);
    expect(outcome).toMatchObject({ ok: true, result: { profilesFromNewerVersion: 1, attemptsAdded: 0 } });
    expect(await repo.store.get('profile/prof1')).toEqual(NEWER_PROFILE);
    expect(await repo.store.keys('attempt/prof1/')).toEqual([]);
  });
});

describe('a full disk while setting a damaged record aside', () => {
  it('does not stop the start or the progress screen', async () => {
    const base = new MemoryStore();
    await devices(DAMAGED_PROFILE, base);
    await base.set('attempt/prof1/bad', { kind: 'attempt', v: 2, data: { id: 'bad' } });
    const full: KeyValueStore = {
      persistent: true,
      get: (k) => base.get(k),
      keys: (p) => base.keys(p),
      entries: (p) => base.entries(p),
      remove: (k) => base.remove(k),
      set: async (k) => {
        throw new StorageFullError(k);
      },
      setMany: async () => {
        throw new StorageFullError();
      },
    };
    const repo = new ProgressRepository(full, now);
    const profiles = new ProfileService(repo, 'Trainee');
    expect(await profiles.atStart()).toEqual({ id: 'prof1', unreadable: 'damaged', attempts: 2 });
    const progress = new ProgressService(repo, [scenario]);
    expect((await progress.progress('prof1')).scenarios).toBeDefined();
    expect((await progress.history('prof1')).map((a) => a.id)).toEqual(['a1']);
    expect(repo.takeNotices().every((n) => n.kind === 'left-in-place')).toBe(true);
    expect(await base.get('attempt/prof1/bad')).toEqual({ kind: 'attempt', v: 2, data: { id: 'bad' } });
  });
});
