/**
 * The browser's IndexedDB through localforage, behind the KeyValueStore
 * interface: database "cooldown", store "records". Each write is its own
 * transaction, so a failed write leaves the old value.
 */
import localforage from 'localforage';
import { MemoryStore, StorageFullError, type KeyValueStore } from './key-value-store.ts';

function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? '';
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    /quota/i.test(String((e as Error)?.message ?? ''))
  );
}

export class LocalforageStore implements KeyValueStore {
  readonly persistent = true;
  constructor(private readonly db: LocalForage) {}

  async get(key: string): Promise<unknown> {
    return this.db.getItem(key);
  }
  async set(key: string, value: unknown): Promise<void> {
    try {
      await this.db.setItem(key, value);
    } catch (e) {
      if (isQuotaError(e)) throw new StorageFullError(key);
      throw e;
    }
  }
  async remove(key: string): Promise<void> {
    await this.db.removeItem(key);
  }
  async keys(prefix = ''): Promise<string[]> {
    return (await this.db.keys()).filter((k) => k.startsWith(prefix)).sort();
  }
  /** One cursor over the store: a profile's thousand attempts cost one pass, not a thousand reads. */
  async entries(prefix = ''): Promise<[string, unknown][]> {
    const out: [string, unknown][] = [];
    await this.db.iterate((value, key) => {
      if (key.startsWith(prefix)) out.push([key, value]);
    });
    return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

export interface OpenedStore {
  store: KeyValueStore;
  /** Why storage fell back to memory, when it did. */
  warning?: string;
}

/** Opens IndexedDB; when the browser blocks it (private mode, disabled storage) runs from memory instead. */
export async function openStore(name = 'cooldown'): Promise<OpenedStore> {
  try {
    const db = localforage.createInstance({ name, storeName: 'records', driver: localforage.INDEXEDDB });
    await db.ready();
    // A probe write: some browsers open IndexedDB but refuse to write to it.
    await db.setItem('meta/probe', Date.now());
    return { store: new LocalforageStore(db) };
  } catch (e) {
    return {
      store: new MemoryStore(),
      warning: `Progress cannot be saved in this browser (${(e as Error)?.message || 'storage unavailable'}). You can still play; export a backup before closing.`,
    };
  }
}
