import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.ts';
import { ProgressRepository } from '../storage/progress-repository.ts';
import { StorageNotices } from './notices.ts';

const attemptV1 = JSON.parse(readFileSync(new URL('../storage/__fixtures__/attempt-v1.json', import.meta.url), 'utf8'));

describe('StorageNotices', () => {
  it('hands out what went wrong while reading, once', async () => {
    const repo = new ProgressRepository(new MemoryStore());
    const notices = new StorageNotices(repo);
    expect(notices.take()).toEqual([]);
    await repo.store.set('attempt/prof1/bad', { ...attemptV1, data: { ...attemptV1.data, finalAnger: 'very' } });
    await repo.store.set('attempt/prof1/newer', { ...attemptV1, v: 99 });
    await repo.attempts('prof1');
    expect(notices.take().map((n) => [n.key, n.kind])).toEqual([
      ['attempt/prof1/bad', 'moved-aside'],
      ['attempt/prof1/newer', 'newer-version'],
    ]);
    expect(notices.take()).toEqual([]);
  });
});
