/**
 * The call screen: the caller's portrait with rings that ripple out while they
 * speak, and a voice level under it whose bars follow their voice — louder and
 * more jagged the angrier they are. Captions are text, in the page under it.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { moodOf } from '../../engine/catalogue/mood.ts';
import { hex, MOOD_COLOURS, PALETTE } from '../theme.ts';
import { StillGraphics } from '../still-graphics.ts';
import { PortraitSet } from './portrait-set.ts';

const BARS = 28;

export class PhoneSet extends PortraitSet {
  private readonly rings: Phaser.GameObjects.Graphics;
  /** Baked: the bars move only while the caller speaks, and are redrawn only then. */
  private readonly level: StillGraphics;
  /** Smoothed voice level 0–1, so bars rise and fall instead of flickering. */
  private voice = 0;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container, persona: PersonaData, anger: number) {
    super(scene, root, persona, anger);
    this.rings = scene.add.graphics();
    this.level = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
  }

  protected get centre(): { x: number; y: number; d: number } {
    const d = Math.min(this.w * 0.5, this.h * 0.52, 240);
    return { x: this.w / 2, y: this.h * 0.42, d };
  }

  // Rings and voice level in front: the rings start outside the circle, so they never cross the face.
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
    const c = this.centre;
    const colour = hex(MOOD_COLOURS[moodOf(this.anger)]);
    for (let k = 0; k < 3; k++) {
      const phase = (((this.t / 1400 + k / 3) % 1) + 1) % 1;
      g.lineStyle(3, colour, 0.45 * (1 - phase)).strokeCircle(c.x, c.y, (c.d / 2) * (1.04 + phase * 0.4));
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
    const c = this.centre;
    const width = Math.min(this.w * 0.7, 360);
    const step = width / BARS;
    const base = c.y + c.d / 2 + Math.min(60, this.h * 0.1);
    const maxH = Math.min(54, this.h * 0.1);
    const colour = hex(MOOD_COLOURS[moodOf(this.anger)]);
    for (let i = 0; i < BARS; i++) {
      // Still bars with reduced motion: a steady level that shows loudness without moving.
      const wave = this.reducedMotion
        ? 0.5
        : 0.5 + 0.5 * Math.sin(this.t / (70 - this.anger * 0.3) + i * 1.3) * Math.cos(this.t / 230 + i * 0.45);
      const hgt = 4 + maxH * this.voice * (0.25 + 0.75 * Math.abs(wave));
      g.fillStyle(this.voice > 0.02 ? colour : hex(PALETTE.line), 1).fillRoundedRect(
        this.w / 2 - width / 2 + i * step + step * 0.2,
        base - hgt / 2,
        step * 0.6,
        hgt,
        Math.min(3, step * 0.3),
      );
    }
    this.level.bake({ x: this.w / 2 - width / 2, y: base - maxH / 2 - 4, width, height: maxH + 8 });
  }
}
