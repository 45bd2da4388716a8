/**
 * The one place that knows how records reach the browser's storage. Everything
 * above it talks to this interface, so tests and the no-storage fallback can
 * swap the backend.
 */
export interface KeyValueStore {
  /** False when running from memory: the app must warn that progress will not be kept. */
  readonly persistent: boolean;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(prefix?: string): Promise<string[]>;
  /** Every key under `prefix` with its value, sorted by key, read in one pass (not one read per key). */
  entries(prefix?: string): Promise<[string, unknown][]>;
  /**
   * Writes every entry or none (in IndexedDB: one transaction). Until it
   * resolves nothing of it can be read, here or in another tab; when it fails,
   * is aborted through `signal`, or the tab closes first, nothing was written.
   */
  setMany(entries: readonly (readonly [string, unknown])[], options?: BatchOptions): Promise<void>;
}

export interface BatchOptions {
  /** Called with the number of entries written so far (not yet visible); an error thrown here abandons the batch. */
  onProgress?: (written: number) => void;
  /** Aborting abandons the batch: nothing of it is written. */
  signal?: AbortSignal;
}

/**
 * Thrown when the browser refuses a write for lack of space; the previous value
 * is untouched. It carries the key it could not write as data, for the code:
 * its message names no key, and the page words it from the message catalogue.
 */
export class StorageFullError extends Error {
  constructor(
    readonly key?: string,
    options?: ErrorOptions,
  ) {
    super('storage full', options);
    this.name = 'StorageFullError';
  }
}

export class MemoryStore implements KeyValueStore {
  readonly persistent = false;
  private readonly data = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return structuredClone(this.data.get(key) ?? null);
  }
  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
  async keys(prefix = ''): Promise<string[]> {
    return [...this.data.keys()].filter((k) => k.startsWith(prefix)).sort();
  }
  async entries(prefix = ''): Promise<[string, unknown][]> {
    return (await this.keys(prefix)).map((k) => [k, structuredClone(this.data.get(k))]);
  }
  /** Copies every value first and applies them together: a failure or an abort midway leaves the store as it was. */
  async setMany(entries: readonly (readonly [string, unknown])[], options: BatchOptions = {}): Promise<void> {
    const staged: [string, unknown][] = [];
    for (const [key, value] of entries) {
      options.signal?.throwIfAborted();
      staged.push([key, structuredClone(value)]);
      options.onProgress?.(staged.length);
    }
    options.signal?.throwIfAborted();
    for (const [key, value] of staged) this.data.set(key, value);
  }
}
