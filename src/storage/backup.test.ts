import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, importBackup, parseBackup } from './backup.ts';
import { openStore } from './localforage-store.ts';
import { ProgressRepository } from './progress-repository.ts';
import type { Attempt } from './records.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));
const attemptV2 = fixture('attempt-v2.json').data as Attempt;
let n = 0;
const fresh = async () => new ProgressRepository((await openStore(`backup-${++n}`)).store);

async function seeded() {
  const repo = await fresh();
  const p = await repo.createProfile('Ilze');
  const q = await repo.createProfile('Minh');
  await repo.addAttempt({ ...attemptV2, id: 'one', profileId: p.id });
  await repo.addAttempt({ ...attemptV2, id: 'two', profileId: p.id });
  await repo.addAttempt({ ...attemptV2, id: 'three', profileId: q.id });
  return { repo, p, q };
}

describe('backups', () => {
  it('exports one profile or all, and imports into an empty browser', async () => {
    const { repo, p } = await seeded();
    const one = await exportBackup(repo, [p.id]);
    expect(one.profiles.map((e) => e.profile.name)).toEqual(['Ilze']);
    const all = JSON.stringify(await exportBackup(repo));

    const other = await fresh();
    expect(await importBackup(other, parseBackup(all))).toEqual({
      profilesAdded: 2,
      profilesMerged: 0,
      attemptsAdded: 3,
      attemptsAlreadyThere: 0,
    });
    expect((await other.profiles()).map((x) => x.name).sort()).toEqual(['Ilze', 'Minh']);
    expect((await other.attempts(p.id)).map((a) => a.debrief)).toEqual(
      (await repo.attempts(p.id)).map((a) => a.debrief),
    );
  });

  it('merges without duplicating attempts already there', async () => {
    const { repo, p } = await seeded();
    const text = JSON.stringify(await exportBackup(repo));
    await repo.addAttempt({ ...attemptV2, id: 'four', profileId: p.id });
    expect(await importBackup(repo, parseBackup(text))).toEqual({
      profilesAdded: 0,
      profilesMerged: 2,
      attemptsAdded: 0,
      attemptsAlreadyThere: 3,
    });
    expect((await repo.attempts(p.id)).map((a) => a.id).sort()).toEqual(['four', 'one', 'two']);
  });

  it('refuses bad files with an error that says where, and changes nothing', async () => {
    const { repo } = await seeded();
    const good = await exportBackup(repo);
    const before = await repo.store.keys();
    const cases: [string, object][] = [
      ['{ not json', { kind: 'not-json' }],
      ['[]', { kind: 'not-a-backup' }],
      [JSON.stringify({ ...good, version: 7 }), { kind: 'newer', version: 7 }],
      [
        JSON.stringify({
          ...good,
          profiles: [{ ...good.profiles[0]!, attempts: [{ ...good.profiles[0]!.attempts[0]!, finalAnger: 300 }] }],
        }),
        { kind: 'damaged', path: 'profiles.0.attempts.0.finalAnger' },
      ],
      [
        JSON.stringify({
          ...good,
          profiles: [
            {
              profile: good.profiles[0]!.profile,
              attempts: [{ ...good.profiles[0]!.attempts[0]!, profileId: 'someone-else' }],
            },
          ],
        }),
        { kind: 'other-profile', path: 'profiles.0.attempts.0.profileId' },
      ],
    ];
    for (const [text, problem] of cases) {
      expect(() => parseBackup(text)).toThrow(BackupError);
      try {
        parseBackup(text);
      } catch (e) {
        expect((e as BackupError).problem).toMatchObject(problem);
      }
    }
    expect(await repo.store.keys()).toEqual(before);
  });

  it('imports a version 1 backup, upgrading its attempts as the store upgrades saved ones', async () => {
    const v1 = fixture('attempt-v1-silence.json').data;
    const text = JSON.stringify({
      format: 'cooldown-backup',
      version: 1,
      exportedAt: '2026-11-03T00:00:00.000Z',
      profiles: [{ profile: { id: 'prof1', name: 'Ilze', createdAt: '2026-11-01T00:00:00.000Z' }, attempts: [v1] }],
    });
    const repo = await fresh();
    expect(await importBackup(repo, parseBackup(text))).toMatchObject({ profilesAdded: 1, attemptsAdded: 1 });
    const [a] = await repo.attempts('prof1');
    expect(a!.debrief.score.rating).toBe('needs-practice');
    expect(a!.debrief.breather).toBe('hard-call');
    expect(await repo.store.get('attempt/prof1/att2')).toMatchObject({ v: 2 });
  });

  it('keeps imported markup as plain text data', async () => {
    const { repo, p } = await seeded();
    const backup = await exportBackup(repo, [p.id]);
    backup.profiles[0]!.profile.name = '<img src=x onerror=alert(1)>';
    const other = await fresh();
    await importBackup(other, parseBackup(JSON.stringify(backup)));
    // Stored verbatim; the UI renders names with textContent, never innerHTML.
    expect((await other.profiles())[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });
});
