/**
 * The anger a figure shows, eased toward each new value over a moment so the
 * face and body change continuously rather than jumping. Shared by the face
 * and the body at the counter.
 */
import type * as Phaser from 'phaser';

const TWEEN_MS = 700;

export class AngerTween {
  /** The anger drawn now; mid-tween it lags behind `target`. */
  shown: number;
  /** The anger last asked for. */
  target: number;
  private tween: Phaser.Tweens.Tween | undefined;

  constructor(
    start: number,
    private readonly redraw: () => void,
  ) {
    this.shown = this.target = start;
  }

  /** Moves to `anger` (clamped to 0–100), eased when `animate` and a scene is there to run the tween. */
  set(anger: number, animate: boolean, scene: Phaser.Scene | undefined): void {
    const next = Math.min(100, Math.max(0, Number.isFinite(anger) ? anger : 0));
    this.target = next;
    this.stop();
    if (!animate || !scene) {
      this.shown = next;
      this.redraw();
      return;
    }
    this.tween = scene.tweens.addCounter({
      from: this.shown,
      to: next,
      duration: TWEEN_MS,
      ease: 'Sine.easeInOut',
      onUpdate: (t) => {
        this.shown = t.getValue() ?? next;
        this.redraw();
      },
      onComplete: () => (this.tween = undefined),
    });
  }

  /** Jumps to the target (reduced motion). */
  settle(): void {
    this.stop();
    this.shown = this.target;
  }

  stop(): void {
    this.tween?.remove();
    this.tween = undefined;
  }
}
