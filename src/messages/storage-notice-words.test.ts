/**
 * Storage notices read as sentences a trainee understands: what is affected,
 * that nothing was deleted, what they can do. No keys, no record versions, no
 * schema paths (issue 16, item 10); the technical detail stays in the
 * quarantined copy.
 */
import { describe, expect, it } from 'vitest';
import type { StorageNotice } from '../app/notices.ts';
import { MESSAGES as M } from './index.ts';

const RECORDS = ['profile', 'attempt', 'settings', 'session', 'something-new'];
const KINDS: StorageNotice['kind'][] = ['moved-aside', 'newer-version', 'left-in-place'];

const notice = (record: string, kind: StorageNotice['kind']): StorageNotice => ({
  key: `${record}/p1/x1`,
  record,
  kind,
  problem:
    kind === 'newer-version'
      ? { reason: 'newer', version: 9, readsUpTo: 2 }
      : { reason: 'damaged', path: 'debrief.score.total', issue: 'Too big: expected number to be <=100' },
});

describe('storage notices for trainees', () => {
  it('carry no technical detail: no key, record, version, field or schema words', () => {
    for (const record of RECORDS)
      for (const kind of KINDS) {
        const text = M.storageNotice(notice(record, kind));
        expect(text, `${record} ${kind}`).not.toMatch(
          /p1|x1|record|version \d|\d|debrief\.|score|Too big|expected|session|settings was|a attempt|\(/,
        );
        expect(text).toMatch(/^[A-Z].*\.$/);
      }
  });

  it('say that nothing was deleted, and never that everything else is fine', () => {
    for (const record of RECORDS)
      for (const kind of KINDS) {
        const text = M.storageNotice(notice(record, kind));
        expect(text).not.toMatch(/everything else is fine/);
        if (kind !== 'newer-version') expect(text, `${record} ${kind}`).toMatch(/not deleted|nothing was deleted/);
        else expect(text, record).toMatch(/newer version of Cooldown/);
      }
  });

  it('say what is affected and what to do', () => {
    expect(M.storageNotice(notice('attempt', 'moved-aside'))).toBe(
      'One of your past attempts could not be read, so it is left out of your progress and backups. It was put aside, not deleted.',
    );
    expect(M.storageNotice(notice('profile', 'moved-aside'))).toBe(
      "A profile's name could not be read. Its attempts, settings and conversations are still here: give it a name again under Change profile. The damaged copy was put aside, not deleted.",
    );
    expect(M.storageNotice(notice('settings', 'newer-version'))).toMatch(
      /^Your settings were saved by a newer version of Cooldown, .*changes made here are not kept\. Update Cooldown/,
    );
    expect(M.storageNotice(notice('attempt', 'left-in-place'))).toMatch(
      /There was no room on this device to put it aside, so it was left where it is; nothing was deleted\./,
    );
  });

  it('word a save refused over a record from a newer version, and an import that skipped a profile', () => {
    expect(M.saveFailed({ kind: 'newer', record: 'settings' })).toBe(
      'Your settings were not saved: a newer version of Cooldown saved them on this device, and this version leaves them as they are. Update Cooldown to change them.',
    );
    expect(M.saveFailed({ kind: 'newer', record: 'profile' })).not.toMatch(/profile\/|record/);
    expect(M.imported(1, 2, 0)).toBe('Imported 1 new profile(s) and 2 attempt(s); 0 already here.');
    expect(M.imported(0, 0, 0, 1)).toMatch(
      /1 profile\(s\) were left out: a newer version of Cooldown saved them on this device\./,
    );
  });

  it('name a profile whose record cannot be read, and say what is kept', () => {
    expect(M.profileName({ id: 'p1', profile: { id: 'p1', name: 'Ilze', createdAt: '' }, attempts: 0 })).toBe('Ilze');
    expect(M.profileName({ id: 'p1', unreadable: 'damaged', attempts: 3 })).toBe('Unreadable profile');
    expect(M.profileName({ id: 'p1', unreadable: 'newer', attempts: 3 })).toBe('Profile from a newer version');
    expect(M.unreadableProfileNote({ id: 'p1', unreadable: 'damaged', attempts: 3 })).toMatch(/3 attempts/);
    expect(M.unreadableProfileNote({ id: 'p1', unreadable: 'newer', attempts: 1 })).toMatch(/1 attempt\b/);
  });
});
