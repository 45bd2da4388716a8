/**
 * What the call screen and the chat console share: a surface panel with the
 * customer's round portrait placed in it, which follows anger, talking and
 * reduced motion. Each set adds its own decoration around the portrait.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { Portrait } from '../portrait.ts';
import { StillGraphics } from '../still-graphics.ts';
import { hex, PALETTE } from '../theme.ts';
import type { ChannelSet } from './channel-set.ts';

export abstract class PortraitSet implements ChannelSet {
  protected readonly back: StillGraphics;
  protected portrait: Portrait | undefined;
  protected w = 0;
  protected h = 0;
  protected talking = false;
  protected reducedMotion = false;
  protected t = 0;

  constructor(
    protected readonly scene: Phaser.Scene,
    protected readonly root: Phaser.GameObjects.Container,
    private readonly persona: PersonaData,
    protected anger: number,
  ) {
    this.back = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
    root.add(this.back);
  }

  /** Where the portrait sits and its diameter, for the current slot size. */
  protected abstract get centre(): { x: number; y: number; d: number };
  /** Decoration drawn in front of the portrait, brought to the top in this order. */
  protected abstract get overlays(): (Phaser.GameObjects.Graphics | StillGraphics)[];

  layout(width: number, height: number): void {
    this.w = width;
    this.h = height;
    this.back.pen.clear().fillStyle(hex(PALETTE.surface), 1).fillRoundedRect(0, 0, width, height, 20);
    this.back.bake({ x: 0, y: 0, width, height });
    this.portrait?.destroy();
    const c = this.centre;
    this.portrait = new Portrait(this.scene, c.x, c.y, this.persona, c.d, this.anger, PALETTE.surface);
    this.portrait.face.setReducedMotion(this.reducedMotion);
    this.portrait.face.setTalking(this.talking);
    this.root.add([this.portrait, ...this.overlays]);
    for (const o of this.overlays) this.root.bringToTop(o);
    this.redraw();
  }

  setAnger(anger: number, animate: boolean): void {
    this.anger = anger;
    this.portrait?.setAnger(anger, animate);
    this.redraw();
  }

  setTalking(on: boolean): void {
    this.talking = on;
    this.portrait?.face.setTalking(on);
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    this.portrait?.face.setReducedMotion(on);
  }

  pulse(): void {}

  tick(_time: number, delta: number): void {
    this.t += delta;
    this.advance(delta);
    this.redraw();
  }

  /** Per-frame state before a redraw (smoothing, timers). */
  protected advance(_delta: number): void {}
  /** Draws the decoration for the current state. */
  protected abstract redraw(): void;

  destroy(): void {
    this.portrait?.destroy();
    this.back.destroy();
    for (const o of this.overlays) o.destroy();
  }
}
