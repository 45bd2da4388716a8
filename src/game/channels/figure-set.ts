/**
 * What every channel's picture shares: a backdrop, the customer standing in it
 * (PersonaFigure), as large as the picture allows, following anger, talking,
 * replies landing and reduced motion, and decoration in front. Each set paints
 * its own backdrop and decoration and gives the customer what they hold.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import type { HandProp } from '../persona/persona-body.ts';
import { PersonaFigure } from '../persona/persona-figure.ts';
import { HAIR_ABOVE_FACE } from '../persona/proportions.ts';
import { StillGraphics } from '../still-graphics.ts';
import { hex, PALETTE } from '../theme.ts';
import type { ChannelSet } from './channel-set.ts';
import type { Figure } from './set-geometry.ts';

export abstract class FigureSet implements ChannelSet {
  protected readonly back: StillGraphics;
  protected figure: PersonaFigure | undefined;
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
    private readonly prop: HandProp,
  ) {
    this.back = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
    root.add(this.back);
  }

  /** Where the figure stands and how large, for the current slot size. */
  protected abstract get placing(): Figure;
  /** Where the picture cuts the customer off: the panel's bottom edge unless something stands in front. */
  protected get cutOff(): number {
    return this.h;
  }
  /** Decoration drawn in front of the figure, brought to the top in this order. */
  protected abstract get overlays(): Phaser.GameObjects.GameObject[];

  layout(width: number, height: number): void {
    this.w = width;
    this.h = height;
    this.paintScenery(width, height);
    this.figure?.destroy();
    const f = this.placing;
    const persona = { ...this.persona, anger: { ...this.persona.anger, start: this.anger } };
    this.figure = new PersonaFigure(this.scene, f.x, f.bodyY, persona, f.size, this.prop);
    this.figure.setReducedMotion(this.reducedMotion);
    this.figure.setTalking(this.talking);
    this.root.add([this.figure, ...this.overlays]);
    for (const o of this.overlays) this.root.bringToTop(o);
    this.redraw();
  }

  setAnger(anger: number, animate: boolean): void {
    this.anger = anger;
    this.figure?.setAnger(anger, animate);
    this.redraw();
  }

  setTalking(on: boolean): void {
    this.talking = on;
    this.figure?.setTalking(on);
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    this.figure?.setReducedMotion(on);
  }

  react(change: number): void {
    this.figure?.react(change);
  }

  pulse(): void {}

  tick(_time: number, delta: number): void {
    this.t += delta;
    this.figure?.tick(delta);
    this.advance(delta);
    this.redraw();
  }

  /** The figure's height on screen, head top to where the picture cuts it off (CSS pixels). */
  figureHeight(): number {
    const f = this.placing;
    return Math.max(0, this.cutOff - (f.faceY - HAIR_ABOVE_FACE * f.faceSize));
  }

  /** What does not move, for this slot size: a plain surface panel unless the set has a room of its own. */
  protected paintScenery(width: number, height: number): void {
    this.back.pen.clear().fillStyle(hex(PALETTE.surface), 1).fillRoundedRect(0, 0, width, height, 20);
    this.back.bake({ x: 0, y: 0, width, height });
  }

  /** Per-frame state before a redraw (smoothing, timers). */
  protected advance(_delta: number): void {}
  /** Draws the decoration for the current state. */
  protected abstract redraw(): void;

  destroy(): void {
    this.figure?.destroy();
    this.back.destroy();
    for (const o of this.overlays) o.destroy();
  }
}
