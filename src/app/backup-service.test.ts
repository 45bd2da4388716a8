import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.ts';
import { ProgressRepository } from '../storage/progress-repository.ts';
import { BackupService } from './backup-service.ts';

// A stored attempt as an old Cooldown wrote it: the repository upgrades it on read, whatever the current version.
const attemptV1 = JSON.parse(readFileSync(new URL('../storage/__fixtures__/attempt-v1.json', import.meta.url), 'utf8'));
const now = () => new Date('2026-12-01T12:00:00.000Z');

async function seeded() {
  const repo = new ProgressRepository(new MemoryStore(), now);
  const ilze = await repo.createProfile('Ilze');
  const minh = await repo.createProfile('Minh');
  const put = (id: string, profileId: string) =>
    repo.store.set(`attempt/${profileId}/${id}`, { ...attemptV1, data: { ...attemptV1.data, id, profileId } });
  await put('one', ilze.id);
  await put('two', ilze.id);
  await put('three', minh.id);
  return { repo, ilze, minh, backups: new BackupService(repo, now) };
}

/** Every key and value in the store, to see that nothing changed. */
async function contents(repo: ProgressRepository) {
  return repo.store.entries();
}

describe('BackupService', () => {
  it('exports every profile as a dated JSON file', async () => {
    const { backups } = await seeded();
    const file = await backups.exportAll();
    expect(file.fileName).toBe('cooldown-backup-2026-12-01.json');
    const json = JSON.parse(file.text);
    expect(json).toMatchObject({ format: 'cooldown-backup', version: 2, exportedAt: '2026-12-01T12:00:00.000Z' });
    expect(json.profiles.map((p: { profile: { name: string } }) => p.profile.name).sort()).toEqual(['Ilze', 'Minh']);
  });

  it('imports into another browser and counts what was added, then what was already there', async () => {
    const { backups, ilze } = await seeded();
    const { text } = await backups.exportAll();
    const other = new ProgressRepository(new MemoryStore());
    const into = new BackupService(other);
    expect(await into.importText(text)).toEqual({
      ok: true,
      result: {
        profilesAdded: 2,
        profilesMerged: 0,
        attemptsAdded: 3,
        attemptsAlreadyThere: 0,
        profilesFromNewerVersion: 0,
      },
    });
    expect((await other.attempts(ilze.id)).map((a) => a.id).sort()).toEqual(['one', 'two']);
    expect(await into.importText(text)).toEqual({
      ok: true,
      result: {
        profilesAdded: 0,
        profilesMerged: 2,
        attemptsAdded: 0,
        attemptsAlreadyThere: 3,
        profilesFromNewerVersion: 0,
      },
    });
  });

  it('refuses a malformed or damaged file and leaves what is here untouched', async () => {
    const { repo, backups } = await seeded();
    const good = JSON.parse((await backups.exportAll()).text);
    const before = await contents(repo);
    const damagedLate = {
      ...good,
      profiles: [
        good.profiles[0],
        // The second profile is new, but an attempt after it is damaged: nothing of the file is written.
        { profile: { id: 'newcomer', name: 'New', createdAt: '2026-01-01T00:00:00.000Z' }, attempts: [] },
        { ...good.profiles[1], attempts: [{ ...good.profiles[1].attempts[0], finalAnger: 300 }] },
      ],
    };
    const cases: [string, object][] = [
      ['', { kind: 'not-json' }],
      ['{ "format": "cooldown-backup", "profiles": [', { kind: 'not-json' }],
      ['{"profiles": []}', { kind: 'not-a-backup' }],
      [JSON.stringify({ ...good, profiles: 'everyone' }), { kind: 'damaged', path: 'profiles' }],
      [JSON.stringify(damagedLate), { kind: 'damaged', path: 'profiles.2.attempts.0.finalAnger' }],
    ];
    for (const [text, problem] of cases) expect(await backups.importText(text)).toMatchObject({ ok: false, problem });
    expect(await contents(repo)).toEqual(before);
  });
});
