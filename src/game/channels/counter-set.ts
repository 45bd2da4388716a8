/**
 * The shop counter: a back wall with shelves of stock, a pendant lamp, the
 * customer standing at the counter with the body language of their anger
 * (PersonaBody), and the counter in front with the till. The same body
 * language is described in words by the page for everyone.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { PersonaBody } from '../persona/persona-body.ts';
import { PersonaFace } from '../persona/persona-face.ts';
import { StillGraphics } from '../still-graphics.ts';
import { CHANNEL_COLOURS, hex, MOOD_COLOURS, mix, PALETTE } from '../theme.ts';
import type { ChannelSet } from './channel-set.ts';

/** Stock on the shelves: [x fraction within the shelf, width, height, colour]. */
const STOCK: readonly (readonly [number, number, number, string])[] = [
  [0.02, 0.16, 0.6, CHANNEL_COLOURS.phone],
  [0.2, 0.12, 0.8, PALETTE.muted],
  [0.34, 0.2, 0.5, CHANNEL_COLOURS['in-person']],
  [0.58, 0.14, 0.7, CHANNEL_COLOURS.chat],
  [0.75, 0.1, 0.9, MOOD_COLOURS.calm],
  [0.88, 0.1, 0.55, PALETTE.muted],
];

export class CounterSet implements ChannelSet {
  private readonly room: StillGraphics;
  private readonly front: StillGraphics;
  private body: PersonaBody | undefined;
  private face: PersonaFace | undefined;
  private reducedMotion = false;
  private talking = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly root: Phaser.GameObjects.Container,
    private readonly persona: PersonaData,
    private anger: number,
  ) {
    this.room = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
    this.front = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
    root.add(this.room);
  }

  layout(w: number, h: number): void {
    const S = Math.min(0.3 * h, 0.3 * w, 170);
    const counterTop = Math.round(h * 0.72);
    const by = counterTop - 0.95 * S;
    this.drawRoom(w, h, counterTop);
    this.body?.destroy();
    this.face?.destroy();
    const persona = { ...this.persona, anger: { ...this.persona.anger, start: this.anger } };
    this.body = new PersonaBody(this.scene, w / 2, by, persona, S);
    this.face = new PersonaFace(this.scene, w / 2, by - 0.55 * S, persona, 1.15 * S);
    this.body.setReducedMotion(this.reducedMotion);
    this.face.setReducedMotion(this.reducedMotion);
    this.face.setTalking(this.talking);
    this.root.add([this.body, this.face, this.front]);
    this.root.bringToTop(this.front);
    this.drawCounter(w, h, counterTop);
  }

  private drawRoom(w: number, h: number, counterTop: number): void {
    const g = this.room.pen.clear();
    g.fillStyle(hex(PALETTE.wall), 1).fillRoundedRect(0, 0, w, h, 20);
    // Two shelves of stock on the back wall, either side of the customer.
    const shelfW = w * 0.3;
    for (const [sx, sy] of [
      [w * 0.04, h * 0.2],
      [w * 0.66, h * 0.2],
      [w * 0.04, h * 0.44],
      [w * 0.66, h * 0.44],
    ] as const) {
      const boxH = h * 0.12;
      for (const [fx, fw, fh, colour] of STOCK) {
        g.fillStyle(hex(mix(PALETTE.wall, colour, 0.45)), 1).fillRoundedRect(
          sx + fx * shelfW,
          sy - boxH * fh,
          fw * shelfW,
          boxH * fh,
          3,
        );
      }
      g.fillStyle(hex(PALETTE.shelf), 1).fillRect(sx - 4, sy, shelfW + 8, 7);
    }
    // Pendant lamp and its pool of light.
    const lx = w / 2;
    g.lineStyle(2, hex(PALETTE.line), 1).lineBetween(lx, 0, lx, h * 0.05);
    g.fillStyle(hex(PALETTE.warn), 0.06).fillTriangle(
      lx,
      h * 0.06,
      lx - w * 0.32,
      counterTop,
      lx + w * 0.32,
      counterTop,
    );
    g.fillStyle(hex(PALETTE.shelf), 1).fillTriangle(lx - 22, h * 0.08, lx + 22, h * 0.08, lx, h * 0.03);
    g.fillStyle(hex(PALETTE.warn), 0.9).fillEllipse(lx, h * 0.08, 30, 8);
    this.room.bake({ x: 0, y: 0, width: w, height: h });
  }

  private drawCounter(w: number, h: number, top: number): void {
    const g = this.front.pen.clear();
    g.fillStyle(hex(PALETTE.woodLight), 1).fillRect(0, top, w, 14);
    g.fillStyle(hex(PALETTE.wood), 1).fillRoundedRect(0, top + 14, w, h - top - 14, { tl: 0, tr: 0, bl: 20, br: 20 });
    // Panels on the counter front.
    for (let i = 0; i < 4; i++)
      g.lineStyle(2, hex(mix(PALETTE.wood, '#000000', 0.25)), 1).strokeRoundedRect(
        w * (0.04 + i * 0.24),
        top + 30,
        w * 0.2,
        h - top - 48,
        6,
      );
    // The till and card reader on the trainee's side of the counter.
    const tx = w * 0.8;
    g.fillStyle(hex(PALETTE.shelf), 1).fillRoundedRect(tx, top - 44, 70, 44, 6);
    g.fillStyle(hex(PALETTE.bgDeep), 1).fillRoundedRect(tx + 8, top - 38, 54, 20, 3);
    g.fillStyle(hex(MOOD_COLOURS.calm), 0.7).fillRect(tx + 12, top - 33, 24, 4);
    g.fillStyle(hex(PALETTE.line), 1).fillRoundedRect(w * 0.12, top - 26, 30, 26, 5);
    this.front.bake({ x: 0, y: 0, width: w, height: h });
  }

  setAnger(anger: number, animate: boolean): void {
    this.anger = anger;
    this.body?.setAnger(anger, animate);
    this.face?.setAnger(anger, animate);
  }

  setTalking(on: boolean): void {
    this.talking = on;
    this.face?.setTalking(on);
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    this.body?.setReducedMotion(on);
    this.face?.setReducedMotion(on);
  }

  pulse(): void {}

  tick(): void {}

  destroy(): void {
    this.body?.destroy();
    this.face?.destroy();
    this.room.destroy();
    this.front.destroy();
  }
}
