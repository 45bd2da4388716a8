/**
 * Statements waiting for the LRS, kept in the browser's storage in the order
 * they were made, each with its own id: a lost connection or a server error
 * leaves them queued and they are sent again later (the same ids, so nothing
 * is counted twice); a refused token (expired) keeps them all for a later
 * session. A statement the LRS refuses as such is reported and dropped, so it
 * cannot hold back the ones after it.
 */
import type { Sent } from './lrs.ts';
import type { Statement } from './statements.ts';

export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The browser's local storage where the page may use it (a sandboxed frame may not), else this page's memory. */
export function browserStorage(): QueueStorage {
  try {
    localStorage.getItem('cooldown-probe');
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
}

/** Refusals of the token, not the statement: everything waits for a session that may send it. */
const NOT_ALLOWED = [401, 403];
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export class StatementQueue {
  private draining: Promise<void> | null = null;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The queue as this page knows it (read from storage once). */
  private memory: Statement[] | null = null;

  constructor(
    private readonly storage: QueueStorage,
    private readonly key: string,
    private readonly put: (s: Statement) => Promise<Sent>,
    private readonly onRefused: (status: number) => void,
  ) {}

  waiting(): Statement[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as Statement[]) : [];
    } catch {
      return [];
    }
  }

  private keep(list: Statement[]): void {
    try {
      this.storage.setItem(this.key, JSON.stringify(list));
    } catch {
      // Storage full or off: the statements still go out from memory this session.
    }
  }

  /** Queues a statement behind the others. */
  add(s: Statement): Promise<void> {
    return this.enqueue([...this.current(), s]);
  }

  /** Queues a statement before any left from an earlier session ("initialized" must lead a session). */
  first(s: Statement): Promise<void> {
    return this.enqueue([s, ...this.current()]);
  }

  private enqueue(list: Statement[]): Promise<void> {
    this.memory = list;
    this.keep(list);
    return this.drain();
  }

  private current(): Statement[] {
    return this.memory ?? (this.memory = this.waiting());
  }

  /** Sends what waits, in order; resolves when the queue is empty or has stopped for now. */
  drain(): Promise<void> {
    this.draining ??= this.run().finally(() => (this.draining = null));
    return this.draining;
  }

  private async run(): Promise<void> {
    for (let next = this.current()[0]; next; next = this.current()[0]) {
      const sent = await this.put(next);
      // Kept, or refused as a statement (not for the token): either way it is done with; a refusal is reported.
      if (sent.kind === 'ok' || (sent.kind === 'refused' && !NOT_ALLOWED.includes(sent.status))) {
        if (sent.kind === 'refused') this.onRefused(sent.status);
        this.failures = 0;
        this.memory = this.current().filter((s) => s.id !== next!.id);
        this.keep(this.memory);
        continue;
      }
      if (sent.kind === 'refused') this.onRefused(sent.status);
      else {
        clearTimeout(this.timer);
        const wait = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
        this.timer = setTimeout(() => void this.drain(), wait);
      }
      return;
    }
  }
}
