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
}

/** Thrown when the browser refuses a write for lack of space; the previous value is untouched. */
export class StorageFullError extends Error {
  constructor(key: string) {
    super(`Storage is full: could not save "${key}". Free some space or export a backup.`);
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
}
