/** Opening the store: a slow open, a full disk and a refusal each still start the game, from memory, with the reason as data. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MemoryStore, StorageFullError, type KeyValueStore } from './key-value-store.ts';
import { openStore } from './localforage-store.ts';
import { StandInStore } from './stand-in-store.ts';

/** An opener as a test drives it: each call is an attempt the test settles (or never does). */
function opener() {
  const attempts: { resolve: (s: KeyValueStore) => void; reject: (e: unknown) => void }[] = [];
  const open = () =>
    new Promise<KeyValueStore>((resolve, reject) => {
      attempts.push({ resolve, reject });
    });
  return { open, attempts };
}

const never = () => new Promise<KeyValueStore>(() => {});
const settledWithin = async <T>(p: Promise<T>, ms: number): Promise<T | 'pending'> =>
  Promise.race([p, new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);

describe('opening the store', () => {
  it('opens IndexedDB and keeps what is written', async () => {
    const { store, fault, later } = await openStore('open-store-ok');
    expect(fault).toBeUndefined();
    expect(later).toBeUndefined();
    expect(store.persistent).toBe(true);
  });

  it('runs from memory when opening never finishes, instead of waiting for ever', async () => {
    const opened = await settledWithin(openStore({ name: 'x', timeoutMs: 20, open: never }), 1000);
    expect(opened).not.toBe('pending');
    if (opened === 'pending') return;
    expect(opened.fault).toEqual({ kind: 'slow' });
    expect(opened.store.persistent).toBe(false);
    await opened.store.set('k', 1);
    expect(await opened.store.get('k')).toBe(1);
    expect(await settledWithin(opened.later!.real, 50)).toBe('pending');
  });

  it('hands over the real store when it opens late', async () => {
    const { open, attempts } = opener();
    const { store, fault, later } = await openStore({ name: 'x', timeoutMs: 10, open });
    expect(fault).toEqual({ kind: 'slow' });
    expect(store).toBe(later!.standIn);
    const real = new MemoryStore();
    attempts[0]!.resolve(real);
    expect(await later!.real).toBe(real);
  });

  it('keeps trying in the background when a late attempt fails', async () => {
    const { open, attempts } = opener();
    const { later } = await openStore({ name: 'x', timeoutMs: 10, retryMs: 5, open });
    attempts[0]!.reject(new DOMException('Version change blocked', 'AbortError'));
    await expect.poll(() => attempts.length).toBe(2);
    const real = new MemoryStore();
    attempts[1]!.resolve(real);
    expect(await later!.real).toBe(real);
  });

  it('names a full disk while opening or probing as such', async () => {
    for (const error of [
      new DOMException('Quota exceeded', 'QuotaExceededError'),
      new StorageFullError('meta/probe'),
    ]) {
      const { store, fault } = await openStore({ name: 'x', open: () => Promise.reject(error) });
      expect(fault).toEqual({ kind: 'full' });
      expect(store.persistent).toBe(false);
    }
  });

  it('says storage is unavailable when the browser refuses it', async () => {
    const refused = new DOMException('The user denied permission to access the database.', 'SecurityError');
    const { fault } = await openStore({ name: 'x', open: () => Promise.reject(refused) });
    expect(fault).toEqual({ kind: 'unavailable' });
  });
});

describe('the stand-in store', () => {
  it('runs from memory, then from the store it is switched to', async () => {
    const standIn = new StandInStore();
    await standIn.set('a', 1);
    const real = new MemoryStore();
    Object.defineProperty(real, 'persistent', { value: true });
    standIn.switchTo(real);
    expect(standIn.persistent).toBe(true);
    expect(await standIn.get('a')).toBeNull();
    await standIn.setMany([['b', 2]]);
    expect(await real.get('b')).toBe(2);
    expect(await standIn.memory.get('a')).toBe(1);
  });
});

describe('a full disk', () => {
  it('carries the key as data, and its message names no key', () => {
    const e = new StorageFullError('attempt/p1/a1');
    expect(e.key).toBe('attempt/p1/a1');
    expect(e.message).not.toContain('attempt/');
  });
});
