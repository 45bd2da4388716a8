/**
 * The browser's IndexedDB through localforage, behind the KeyValueStore
 * interface: database "cooldown", store "records". Each write is its own
 * transaction, so a failed write leaves the old value; `setMany` writes many
 * in one transaction, all or nothing.
 */
import localforage from 'localforage';
import { MemoryStore, StorageFullError, type BatchOptions, type KeyValueStore } from './key-value-store.ts';
import { StandInStore } from './stand-in-store.ts';

export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? '';
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    /quota/i.test(String((e as Error)?.message ?? ''))
  );
}

export class LocalforageStore implements KeyValueStore {
  readonly persistent = true;
  private connection: Promise<IDBDatabase> | undefined;
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

  /**
   * Every entry in one IndexedDB transaction: it commits whole or not at all,
   * and no reader (another tab included) sees any of it before it commits.
   * Localforage writes one key per transaction and does not hand out its
   * connection, so this opens one of its own to the same database (the
   * standard IndexedDB API, no private fields) and writes values as localforage
   * does: each under its key, as it is (localforage reads them back as they
   * are).
   */
  async setMany(entries: readonly (readonly [string, unknown])[], options: BatchOptions = {}): Promise<void> {
    const { onProgress, signal } = options;
    signal?.throwIfAborted();
    if (entries.length === 0) return;
    await this.db.ready();
    const storeName = this.db.config().storeName ?? 'records';
    const idb = await this.database();
    await new Promise<void>((resolve, reject) => {
      // Strict: when it completes, the import is on disk, not only in the browser's cache.
      const tx = idb.transaction(storeName, 'readwrite', { durability: 'strict' });
      let failure: unknown;
      const abandon = (e: unknown) => {
        failure ??= e;
        try {
          tx.abort();
        } catch {
          // Already finishing: its own outcome stands.
        }
      };
      const onAbort = () => abandon(signal!.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      tx.oncomplete = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      tx.onabort = () => {
        signal?.removeEventListener('abort', onAbort);
        const e = failure ?? tx.error;
        reject(isQuotaError(e) ? new StorageFullError(entries[0]![0]) : e);
      };
      const store = tx.objectStore(storeName);
      let written = 0;
      for (const [key, value] of entries) {
        let request: IDBRequest;
        try {
          // Localforage keeps undefined as null.
          request = store.put(value === undefined ? null : value, key);
        } catch (e) {
          abandon(e);
          return;
        }
        request.onsuccess = () => {
          written++;
          if (failure !== undefined || !onProgress) return;
          try {
            onProgress(written);
          } catch (e) {
            abandon(e);
          }
        };
      }
    });
  }

  /** Our own connection to localforage's database, for `setMany`; it gives way when the database is upgraded or deleted. */
  private database(): Promise<IDBDatabase> {
    this.connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      // No version: the database as localforage made it.
      const open = indexedDB.open(this.db.config().name ?? 'cooldown');
      open.onsuccess = () => {
        const idb = open.result;
        const forget = () => {
          idb.close();
          this.connection = undefined;
        };
        idb.onversionchange = forget;
        idb.onclose = forget;
        resolve(idb);
      };
      open.onerror = () => {
        this.connection = undefined;
        reject(open.error);
      };
    });
    return this.connection;
  }
}

/**
 * Why the game runs from memory, as data (the page words it from the catalogue):
 * `full` the device's storage is full (opening or the probe write was refused
 * for lack of space); `unavailable` the browser refuses storage (private mode,
 * storage blocked); `slow` opening did not finish in time (a blocked upgrade, a
 * stuck browser) and goes on in the background.
 */
export type StorageFault = { kind: 'full' } | { kind: 'unavailable' } | { kind: 'slow' };

export interface OpenedStore {
  store: KeyValueStore;
  /** Why storage runs from memory, when it does. */
  fault?: StorageFault;
  /**
   * When opening was slow: `store` is `standIn`, running from memory, and
   * `real` settles with the real store once it opens after all (it never
   * settles when it never does).
   */
  later?: { standIn: StandInStore; real: Promise<KeyValueStore> };
}

export interface OpenOptions {
  /** The IndexedDB database (tests use one each). */
  name?: string;
  /** How long start-up waits for the store before running from memory. */
  timeoutMs?: number;
  /** The wait before trying again after an attempt in the background failed (doubling, up to 30 seconds). */
  retryMs?: number;
  /** Opens the real store, probe write included (tests inject one). */
  open?: (name: string) => Promise<KeyValueStore>;
}

/** How long start-up waits for IndexedDB before playing from memory. */
export const OPEN_TIMEOUT_MS = 4000;
/** Attempts in the background after the first one failed, before giving up. */
const RETRIES = 8;

/** IndexedDB through localforage, with a probe write: some browsers open IndexedDB but refuse to write to it. */
export async function openIndexedDb(name: string): Promise<KeyValueStore> {
  const db = localforage.createInstance({ name, storeName: 'records', driver: localforage.INDEXEDDB });
  await db.ready();
  const store = new LocalforageStore(db);
  await store.set('meta/probe', Date.now());
  return store;
}

/** What a failure to open says: a full disk, or storage this browser does not give. */
export function faultOf(e: unknown): StorageFault {
  return e instanceof StorageFullError || isQuotaError(e) ? { kind: 'full' } : { kind: 'unavailable' };
}

/**
 * Opens IndexedDB. When the browser refuses it (private mode, disabled
 * storage, a full disk) the game runs from memory, with the reason. When
 * opening takes longer than `timeoutMs` the game runs from memory too, and
 * opening goes on in the background (trying again if it fails) until the
 * real store is there to take over.
 */
export async function openStore(options: string | OpenOptions = {}): Promise<OpenedStore> {
  const {
    name = 'cooldown',
    timeoutMs = OPEN_TIMEOUT_MS,
    retryMs = 2000,
    open = openIndexedDb,
  } = typeof options === 'string' ? { name: options } : options;
  const first = open(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), timeoutMs)));
  try {
    const opened = await Promise.race([first, slow]);
    if (opened !== 'slow') return { store: opened };
  } catch (e) {
    return { store: new MemoryStore(), fault: faultOf(e) };
  } finally {
    clearTimeout(timer);
  }
  const standIn = new StandInStore();
  return {
    store: standIn,
    fault: { kind: 'slow' },
    later: { standIn, real: keepTrying(first, () => open(name), retryMs) },
  };
}

/** The real store once an attempt opens it: the first one still under way, then new ones after each failure. */
async function keepTrying(
  first: Promise<KeyValueStore>,
  again: () => Promise<KeyValueStore>,
  retryMs: number,
): Promise<KeyValueStore> {
  let attempt = first;
  for (let tries = 0; ; tries++) {
    try {
      return await attempt;
    } catch {
      if (tries >= RETRIES) return new Promise<KeyValueStore>(() => {});
      await new Promise((resolve) => setTimeout(resolve, Math.min(retryMs * 2 ** tries, 30_000)));
      attempt = again();
    }
  }
}
