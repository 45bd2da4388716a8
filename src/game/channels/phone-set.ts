/**
 * The call screen: the caller, handset to the ear, with rings that ripple out
 * from their head while they speak, and a voice level along the bottom whose
 * bars follow their voice — louder and more jagged the angrier they are.
 * Captions are text, in the page under it.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { moodOf } from '../../engine/catalogue/mood.ts';
import { hex, MOOD_COLOURS, PALETTE } from '../theme.ts';
import { StillGraphics } from '../still-graphics.ts';
import { FigureSet } from './figure-set.ts';
import { phoneGeometry, VOICE_BARS, type Figure } from './set-geometry.ts';

/** A ring's stroke, in CSS pixels, before it grows. */
const RING_LINE = 3;

export class PhoneSet extends FigureSet {
  /** Three rings, each painted once per layout and then only grown, faded and tinted. */
  private readonly rings: StillGraphics[];
  /** The dark strip behind the voice level, painted once per layout. */
  private readonly strip: StillGraphics;
  /** The bars: plain rectangles sized every frame, so a moving voice repaints nothing. */
  private readonly bars: Phaser.GameObjects.Image[];
  /** Smoothed voice level 0–1, so bars rise and fall instead of flickering. */
  private voice = 0;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container, persona: PersonaData, anger: number) {
    super(scene, root, persona, anger, 'handset');
    this.rings = [0, 1, 2].map(() => new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 }));
    this.strip = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
    this.bars = Array.from({ length: VOICE_BARS }, () => scene.add.image(0, 0, '__WHITE').setOrigin(0, 0.5));
  }

  protected get placing(): Figure {
    return phoneGeometry(this.w, this.h).figure;
  }

  // Rings and voice level in front: the rings start outside the head, so they never cross the face.
  protected get overlays(): Phaser.GameObjects.GameObject[] {
    return [...this.rings, this.strip, ...this.bars];
  }

  protected override paintScenery(width: number, height: number): void {
    super.paintScenery(width, height);
    const { ring, level } = phoneGeometry(width, height);
    const r = Math.max(1, ring.r);
    for (const drawing of this.rings) {
      drawing.pen.clear().lineStyle(RING_LINE, 0xffffff, 1).strokeCircle(0, 0, r);
      drawing.bake({ x: -r - RING_LINE, y: -r - RING_LINE, width: 2 * (r + RING_LINE), height: 2 * (r + RING_LINE) });
    }
    // A dark strip behind the bars, as a call screen's controls sit over the picture.
    const { left, width: levelW, base, maxH } = level;
    const strip = { x: left - 8, y: base - maxH / 2 - 4, width: levelW + 16, height: maxH + 8 };
    this.strip.pen
      .clear()
      .fillStyle(hex(PALETTE.bgDeep), 0.72)
      .fillRoundedRect(strip.x, strip.y, strip.width, strip.height, Math.min(12, strip.height / 2));
    this.strip.bake(strip);
  }

  protected override advance(delta: number): void {
    const target = this.talking ? 0.35 + (this.anger / 100) * 0.65 : 0;
    this.voice += (target - this.voice) * Math.min(1, delta / 150);
  }

  protected redraw(): void {
    const colour = hex(MOOD_COLOURS[moodOf(this.anger)]);
    this.moveRings(colour);
    this.moveBars(colour);
  }

  private moveRings(colour: number): void {
    const { centre: c, ring } = phoneGeometry(this.w, this.h);
    const shown = this.talking && !this.reducedMotion && ring.r > 0;
    this.rings.forEach((drawing, k) => {
      drawing.keepHidden = !shown;
      drawing.setVisible(shown && drawing.painted);
      if (!shown) return;
      const phase = (((this.t / 1400 + k / 3) % 1) + 1) % 1;
      drawing
        .setPosition(c.x, c.y)
        .setShownScale(1 + phase * ring.grow)
        .setTint(colour)
        .setAlpha(0.45 * (1 - phase));
    });
  }

  private moveBars(colour: number): void {
    const { left, step, bar, base, maxH } = phoneGeometry(this.w, this.h).level;
    const tint = this.voice > 0.02 ? colour : hex(PALETTE.line);
    this.bars.forEach((image, i) => {
      // Still bars with reduced motion: a steady level that shows loudness without moving.
      const wave = this.reducedMotion
        ? 0.5
        : 0.5 + 0.5 * Math.sin(this.t / (70 - this.anger * 0.3) + i * 1.3) * Math.cos(this.t / 230 + i * 0.45);
      const height = 4 + maxH * this.voice * (0.25 + 0.75 * Math.abs(wave));
      image
        .setPosition(left + i * step + step * 0.2, base)
        .setDisplaySize(Math.max(1, bar), height)
        .setTint(tint);
    });
  }
}
