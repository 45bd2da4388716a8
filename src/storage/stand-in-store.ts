/**
 * The store the game runs from while the browser's storage is slow to open:
 * memory until it opens, then that. Everything above talks to it as to any
 * KeyValueStore; the one who decides when (at a screen change) and what of
 * memory moves over calls `switchTo`.
 */
import { MemoryStore, type BatchOptions, type KeyValueStore } from './key-value-store.ts';

export class StandInStore implements KeyValueStore {
  /** What was kept while running from memory (still readable after the switch). */
  readonly memory = new MemoryStore();
  private current: KeyValueStore = this.memory;

  /** False until the real store takes over. */
  get persistent(): boolean {
    return this.current.persistent;
  }

  /** Every read and write from now on goes to `real`. */
  switchTo(real: KeyValueStore): void {
    this.current = real;
  }

  get(key: string): Promise<unknown> {
    return this.current.get(key);
  }
  set(key: string, value: unknown): Promise<void> {
    return this.current.set(key, value);
  }
  remove(key: string): Promise<void> {
    return this.current.remove(key);
  }
  keys(prefix?: string): Promise<string[]> {
    return this.current.keys(prefix);
  }
  entries(prefix?: string): Promise<[string, unknown][]> {
    return this.current.entries(prefix);
  }
  setMany(entries: readonly (readonly [string, unknown])[], options?: BatchOptions): Promise<void> {
    return this.current.setMany(entries, options);
  }
}
