/**
 * The stage before the canvas has started. Phaser is 175 KB of compressed
 * script, and its boot and first scene take a tenth of a second of the page's
 * thread on a slow machine; the page does not wait for them. Screens talk to
 * this stand-in from the first moment; it keeps what the picture should be
 * (the screen's view, talking, highlight, reduced motion, pause) and hands it
 * all to the real stage once that is up, then passes every call straight on.
 * Until then the page is whole, only its pictures are not drawn yet.
 */
import type { StagePort, StageView } from '../ui/stage-port.ts';

export class LateStage implements StagePort {
  private real: StagePort | undefined;
  private view: StageView | undefined;
  private talking = false;
  private highlighted: HTMLElement | null = null;
  private reducedMotion: boolean | undefined;
  private paused = false;

  /** The real stage is up: it takes over, showing what the page shows now. */
  attach(real: StagePort): void {
    this.real = real;
    if (this.reducedMotion !== undefined) real.setReducedMotion(this.reducedMotion);
    if (!this.view) return;
    real.show(this.view);
    if (this.talking) real.setTalking(true);
    if (this.highlighted) real.highlight(this.highlighted);
    if (this.paused) real.setPaused(true);
  }

  show(view: StageView): void {
    this.view = view;
    this.talking = false;
    this.highlighted = null;
    this.paused = false;
    this.real?.show(view);
  }

  setTalking(on: boolean): void {
    this.talking = on;
    this.real?.setTalking(on);
  }

  highlight(slot: HTMLElement | null): void {
    this.highlighted = slot;
    this.real?.highlight(slot);
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    this.real?.setReducedMotion(on);
  }

  setPaused(on: boolean): void {
    this.paused = on;
    this.real?.setPaused(on);
  }
}
