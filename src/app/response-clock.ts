/**
 * The response timer. It lives here, not in the XState machine, because a
 * workshop must be able to pause mid-turn and a reload must resume with the
 * time that was left (docs/architecture.md).
 */
export class ResponseClock {
  private deadline: number | null = null;
  private remaining: number | null = null;
  private handle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onExpire: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Starts counting down `ms`; null means no timer for this turn. */
  start(ms: number | null): void {
    this.stop();
    this.remaining = ms;
    if (ms !== null) this.resume();
  }

  pause(): void {
    if (this.deadline === null) return;
    this.remaining = Math.max(0, this.deadline - this.now());
    this.deadline = null;
    clearTimeout(this.handle);
  }

  resume(): void {
    if (this.remaining === null || this.deadline !== null) return;
    this.deadline = this.now() + this.remaining;
    this.handle = setTimeout(() => {
      this.deadline = null;
      this.remaining = null;
      this.onExpire();
    }, this.remaining);
  }

  stop(): void {
    clearTimeout(this.handle);
    this.deadline = null;
    this.remaining = null;
  }

  /** Milliseconds left, or null when no timer runs. */
  left(): number | null {
    if (this.deadline !== null) return Math.max(0, this.deadline - this.now());
    return this.remaining;
  }
}
