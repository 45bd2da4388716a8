import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.ts';
import { ProgressRepository } from '../storage/progress-repository.ts';
import { ProfileService } from './profile-service.ts';

function setup() {
  let t = 0;
  // A clock that ticks, so profiles list in the order they were made.
  const repo = new ProgressRepository(new MemoryStore(), () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)));
  return { repo, profiles: new ProfileService(repo, 'Trainee') };
}

describe('ProfileService', () => {
  it('creates, renames and lists profiles oldest first', async () => {
    const { profiles } = setup();
    const ilze = await profiles.create(' Ilze ');
    const minh = await profiles.create('Minh');
    expect(await profiles.rename(minh.id, 'Minh T.')).toMatchObject({ id: minh.id, name: 'Minh T.' });
    expect((await profiles.list()).map((p) => p.name)).toEqual(['Ilze', 'Minh T.']);
    expect(await profiles.get(ilze.id)).toEqual(ilze);
    expect(await profiles.get('nobody')).toBeUndefined();
  });

  it('at the first start makes a fresh profile and remembers it', async () => {
    const { repo, profiles } = setup();
    const first = await profiles.atStart();
    expect(first.profile?.name).toBe('Trainee');
    expect(await repo.lastProfileId()).toBe(first.id);
    // The next start finds the same one instead of making another.
    expect(await profiles.atStart()).toEqual(first);
    expect(await profiles.list()).toHaveLength(1);
  });

  it('starts with the profile chosen last time, or the oldest when that one is gone', async () => {
    const { repo, profiles } = setup();
    const ilze = await profiles.create('Ilze');
    const minh = await profiles.create('Minh');
    await profiles.remember(minh.id);
    expect((await profiles.atStart()).id).toBe(minh.id);

    await repo.store.set('meta/last-profile', 'deleted-long-ago');
    expect((await profiles.atStart()).id).toBe(ilze.id);
    expect(await repo.lastProfileId()).toBe(ilze.id);
  });

  it('deleting another profile keeps the one playing', async () => {
    const { profiles } = setup();
    const ilze = await profiles.create('Ilze');
    const minh = await profiles.create('Minh');
    expect((await profiles.remove(minh.id, ilze.id)).profile).toEqual(ilze);
    expect((await profiles.list()).map((p) => p.id)).toEqual([ilze.id]);
  });

  it('deleting the profile playing passes to the oldest left', async () => {
    const { profiles } = setup();
    const ilze = await profiles.create('Ilze');
    const minh = await profiles.create('Minh');
    const dimitar = await profiles.create('Dimitar');
    expect((await profiles.remove(minh.id, minh.id)).profile).toEqual(ilze);
    expect((await profiles.list()).map((p) => p.id)).toEqual([ilze.id, dimitar.id]);
  });

  it('deleting the last profile makes a fresh one, with nothing of the old one', async () => {
    const { repo, profiles } = setup();
    const ilze = await profiles.create('Ilze');
    await profiles.remember(ilze.id);
    await repo.saveSettings(ilze.id, {
      timer: 'off',
      reducedMotion: true,
      volume: 0.1,
      effects: 0.1,
      ambience: 0.1,
      muted: true,
      speech: true,
      textSize: 'larger',
    });
    const next = await profiles.remove(ilze.id, ilze.id);
    expect(next.id).not.toBe(ilze.id);
    expect(next.profile?.name).toBe('Trainee');
    expect(await profiles.list()).toEqual([next.profile]);
    expect(await repo.settings(ilze.id)).toBeUndefined();
    expect(await repo.settings(next.id)).toBeUndefined();
    // The deleted one is no longer remembered; the next start lands on the fresh one.
    expect((await profiles.atStart()).id).toBe(next.id);
  });

  it('refuses to rename a profile that is not there', async () => {
    const { profiles } = setup();
    await expect(profiles.rename('nobody', 'X')).rejects.toThrow(/No profile/);
  });
});
