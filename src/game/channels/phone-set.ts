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
  /** Three rings, painted once per layout and mood colour and then only grown and faded. */
  private readonly rings: StillGraphics[];
  private ringColour = 0;
  /** The dark strip behind the voice level, painted once per layout. */
  private readonly strip: StillGraphics;
  /** The bars: flat rectangles, drawn live every frame (the cheapest thing a 2D canvas draws). */
  private readonly bars: Phaser.GameObjects.Graphics;
  /** Smoothed voice level 0–1, so bars rise and fall instead of flickering. */
  private voice = 0;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container, persona: PersonaData, anger: number) {
    super(scene, root, persona, anger, 'handset');
    this.rings = [0, 1, 2].map(() => new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 }));
    this.strip = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
    this.bars = scene.add.graphics();
  }

  protected get placing(): Figure {
    return phoneGeometry(this.w, this.h).figure;
  }

  // Rings and voice level in front: the rings start outside the head, so they never cross the face.
  protected get overlays(): Phaser.GameObjects.GameObject[] {
    return [...this.rings, this.strip, this.bars];
  }

  protected override paintScenery(width: number, height: number): void {
    super.paintScenery(width, height);
    this.ringColour = this.moodColour();
    this.paintRings(width, height);
    const { level } = phoneGeometry(width, height);
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

  private moodColour(): number {
    return hex(MOOD_COLOURS[moodOf(this.anger)]);
  }

  protected redraw(): void {
    const colour = this.moodColour();
    this.moveRings(colour);
    this.moveBars(colour);
  }

  private paintRings(width: number, height: number): void {
    const r = Math.max(1, phoneGeometry(width, height).ring.r);
    for (const drawing of this.rings) {
      drawing.pen.clear().lineStyle(RING_LINE, this.ringColour, 1).strokeCircle(0, 0, r);
      drawing.bake({ x: -r - RING_LINE, y: -r - RING_LINE, width: 2 * (r + RING_LINE), height: 2 * (r + RING_LINE) });
    }
  }

  private moveRings(colour: number): void {
    const { centre: c, ring } = phoneGeometry(this.w, this.h);
    const shown = this.talking && !this.reducedMotion && ring.r > 0;
    // A new mood paints the rings in its colour, a few times a conversation.
    if (shown && colour !== this.ringColour) {
      this.ringColour = colour;
      this.paintRings(this.w, this.h);
    }
    this.rings.forEach((drawing, k) => {
      drawing.keepHidden = !shown;
      drawing.setVisible(shown && drawing.painted);
      if (!shown) return;
      const phase = (((this.t / 1400 + k / 3) % 1) + 1) % 1;
      drawing
        .setPosition(c.x, c.y)
        .setShownScale(1 + phase * ring.grow)
        .setAlpha(0.45 * (1 - phase));
    });
  }

  private moveBars(colour: number): void {
    const { left, step, bar, base, maxH } = phoneGeometry(this.w, this.h).level;
    const tint = this.voice > 0.02 ? colour : hex(PALETTE.line);
    this.bars.clear().fillStyle(tint, 1);
    for (let i = 0; i < VOICE_BARS; i++) {
      // Still bars with reduced motion: a steady level that shows loudness without moving.
      const wave = this.reducedMotion
        ? 0.5
        : 0.5 + 0.5 * Math.sin(this.t / (70 - this.anger * 0.3) + i * 1.3) * Math.cos(this.t / 230 + i * 0.45);
      const height = 4 + maxH * this.voice * (0.25 + 0.75 * Math.abs(wave));
      this.bars.fillRect(left + i * step + step * 0.2, base - height / 2, Math.max(1, bar), height);
    }
  }
}
