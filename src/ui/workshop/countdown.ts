/**
 * The room's time to talk a decision over: set, started, paused, reset; it
 * ticks once a second and says when it has run out.
 */
export class Countdown {
  private timer: ReturnType<typeof setInterval> | undefined;
  left: number;

  constructor(
    private total: number,
    private readonly onTick: () => void,
    private readonly onDone: () => void,
  ) {
    this.left = total;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  /** A countdown of 0 seconds is off: nothing to start. */
  get off(): boolean {
    return this.total === 0;
  }

  toggle(): void {
    if (this.running) this.pause();
    else this.start();
  }

  start(): void {
    if (this.running || this.off) return;
    if (this.left <= 0) this.left = this.total;
    this.timer = setInterval(() => {
      this.left = Math.max(0, this.left - 1);
      if (this.left === 0) {
        this.pause();
        this.onDone();
      }
      this.onTick();
    }, 1000);
    this.onTick();
  }

  pause(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.onTick();
  }

  /** Back to the full time, stopped; with a new length when given. */
  reset(total = this.total): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.total = total;
    this.left = total;
    this.onTick();
  }

  dispose(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
