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

export class PhoneSet extends FigureSet {
  private readonly rings: Phaser.GameObjects.Graphics;
  /** Baked: the bars move only while the caller speaks, and are redrawn only then. */
  private readonly level: StillGraphics;
  /** Smoothed voice level 0–1, so bars rise and fall instead of flickering. */
  private voice = 0;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container, persona: PersonaData, anger: number) {
    super(scene, root, persona, anger, 'handset');
    this.rings = scene.add.graphics();
    this.level = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
  }

  protected get placing(): Figure {
    return phoneGeometry(this.w, this.h).figure;
  }

  // Rings and voice level in front: the rings start outside the head, so they never cross the face.
  protected get overlays(): (Phaser.GameObjects.Graphics | StillGraphics)[] {
    return [this.rings, this.level];
  }

  protected override advance(delta: number): void {
    const target = this.talking ? 0.35 + (this.anger / 100) * 0.65 : 0;
    this.voice += (target - this.voice) * Math.min(1, delta / 150);
  }

  protected redraw(): void {
    this.drawRings();
    this.drawLevel();
  }

  private drawRings(): void {
    const g = this.rings.clear();
    if (!this.talking || this.reducedMotion) return;
    const { centre: c, ring } = phoneGeometry(this.w, this.h);
    if (!ring.r) return;
    const colour = hex(MOOD_COLOURS[moodOf(this.anger)]);
    for (let k = 0; k < 3; k++) {
      const phase = (((this.t / 1400 + k / 3) % 1) + 1) % 1;
      g.lineStyle(3, colour, 0.45 * (1 - phase)).strokeCircle(c.x, c.y, ring.r * (1 + phase * ring.grow));
    }
  }

  private drawLevel(): void {
    const moving = !this.reducedMotion && this.voice > 0.001;
    if (
      !this.level.changed(
        `${this.w}x${this.h} ${this.anger} ${this.reducedMotion} ${this.voice.toFixed(3)} ${moving ? this.t : ''}`,
      )
    )
      return;
    const g = this.level.pen.clear();
    const { left, width, step, bar, base, maxH, radius } = phoneGeometry(this.w, this.h).level;
    const colour = hex(MOOD_COLOURS[moodOf(this.anger)]);
    // A dark strip behind the bars, as a call screen's controls sit over the picture.
    g.fillStyle(hex(PALETTE.bgDeep), 0.72).fillRoundedRect(
      left - 8,
      base - maxH / 2 - 4,
      width + 16,
      maxH + 8,
      Math.min(12, (maxH + 8) / 2),
    );
    for (let i = 0; i < VOICE_BARS; i++) {
      // Still bars with reduced motion: a steady level that shows loudness without moving.
      const wave = this.reducedMotion
        ? 0.5
        : 0.5 + 0.5 * Math.sin(this.t / (70 - this.anger * 0.3) + i * 1.3) * Math.cos(this.t / 230 + i * 0.45);
      const hgt = 4 + maxH * this.voice * (0.25 + 0.75 * Math.abs(wave));
      g.fillStyle(this.voice > 0.02 ? colour : hex(PALETTE.line), 1).fillRoundedRect(
        left + i * step + step * 0.2,
        base - hgt / 2,
        bar,
        hgt,
        Math.min(radius, hgt / 2),
      );
    }
    this.level.bake({ x: left - 8, y: base - maxH / 2 - 4, width: width + 16, height: maxH + 8 });
  }
}
