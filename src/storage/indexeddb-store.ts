/**
 * The browser's IndexedDB behind the KeyValueStore interface: one database,
 * one object store of records. Each write is its own transaction, so a failed
 * write leaves the old value. The layout is the one earlier versions made
 * through localforage (database "cooldown", store "records", keys as given),
 * so their progress opens unchanged.
 */
import { MemoryStore, StorageFullError, type KeyValueStore } from './key-value-store.ts';

const STORE = 'records';

function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String((e as Error)?.message ?? ''));
}

const done = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  r.onsuccess = () => resolve(r.result);
  r.onerror = () => reject(r.error);
});

/** The keys under `prefix`: strings sort in IndexedDB as they do in JavaScript, so this range is exactly the prefix. */
const under = (prefix: string) => (prefix ? IDBKeyRange.bound(prefix, `${prefix}\uffff`) : undefined);

export class IndexedDbStore implements KeyValueStore {
  readonly persistent = true;
  constructor(private readonly db: IDBDatabase) {}

  async get(key: string): Promise<unknown> {
    return (await this.read((s) => s.get(key))) ?? null;
  }
  async set(key: string, value: unknown): Promise<void> {
    try {
      await this.write((s) => s.put(value, key));
    } catch (e) {
      if (isQuotaError(e)) throw new StorageFullError(key);
      throw e;
    }
  }
  async remove(key: string): Promise<void> {
    await this.write((s) => s.delete(key));
  }
  async keys(prefix = ''): Promise<string[]> {
    return (await this.read((s) => s.getAllKeys(under(prefix)))).map(String);
  }
  /** One request for all of them: a profile's thousand attempts cost one round trip, not a thousand. */
  async entries(prefix = ''): Promise<[string, unknown][]> {
    const store = this.db.transaction(STORE, 'readonly').objectStore(STORE);
    const [keys, values] = await Promise.all([done(store.getAllKeys(under(prefix))), done(store.getAll(under(prefix)))]);
    return keys.map((k, i) => [String(k), values[i]]);
  }

  private read<T>(op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      const r = op(this.db.transaction(STORE, 'readonly').objectStore(STORE));
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  }

  /** Resolves once the transaction is committed, not merely when the request succeeds. */
  private write(op: (s: IDBObjectStore) => IDBRequest): Promise<void> {
    return new Promise((resolve, reject) => {
      const tx = this.db.transaction(STORE, 'readwrite');
      op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  }
}

/** Opens the database at its current version, adding the records store if it has none yet. */
async function openDatabase(name: string): Promise<IDBDatabase> {
  const open = (version?: number) => new Promise<IDBDatabase>((resolve, reject) => {
    const r = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE);
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.onblocked = () => reject(new Error('another tab is upgrading the database'));
  });
  let db = await open();
  if (!db.objectStoreNames.contains(STORE)) {
    const next = db.version + 1;
    db.close();
    db = await open(next);
  }
  // Never hold up another tab's upgrade.
  db.onversionchange = () => db.close();
  return db;
}

export interface OpenedStore {
  store: KeyValueStore;
  /** Why storage fell back to memory, when it did. */
  warning?: string;
}

/** Opens IndexedDB; when the browser blocks it (private mode, disabled storage) runs from memory instead. */
export async function openStore(name = 'cooldown'): Promise<OpenedStore> {
  try {
    const store = new IndexedDbStore(await openDatabase(name));
    // A probe write: some browsers open IndexedDB but refuse to write to it.
    await store.set('meta/probe', Date.now());
    return { store };
  } catch (e) {
    return { store: new MemoryStore(), warning: `Progress cannot be saved in this browser (${(e as Error)?.message || 'storage unavailable'}). You can still play; export a backup before closing.` };
  }
}
