/**
 * The shop counter: a back wall with shelves of stock, a pendant lamp, the
 * customer standing at the counter with the body language of their anger
 * (PersonaFigure), and the counter in front with the till. The same body
 * language is described in words by the page for everyone.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { StillGraphics } from '../still-graphics.ts';
import { CHANNEL_COLOURS, hex, MOOD_COLOURS, mix, PALETTE } from '../theme.ts';
import { FigureSet } from './figure-set.ts';
import { counterGeometry, roundBox, type CounterGeometry, type Figure } from './set-geometry.ts';

/** Stock on the shelves: [x fraction within the shelf, width, height, colour]. */
const STOCK: readonly (readonly [number, number, number, string])[] = [
  [0.02, 0.16, 0.6, CHANNEL_COLOURS.phone],
  [0.2, 0.12, 0.8, PALETTE.muted],
  [0.34, 0.2, 0.5, CHANNEL_COLOURS['in-person']],
  [0.58, 0.14, 0.7, CHANNEL_COLOURS.chat],
  [0.75, 0.1, 0.9, MOOD_COLOURS.calm],
  [0.88, 0.1, 0.55, PALETTE.muted],
];

export class CounterSet extends FigureSet {
  private readonly front: StillGraphics;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container, persona: PersonaData, anger: number) {
    super(scene, root, persona, anger, 'none');
    this.front = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
  }

  protected get placing(): Figure {
    return counterGeometry(this.w, this.h).figure;
  }

  /** The customer disappears behind the counter. */
  protected override get cutOff(): number {
    return counterGeometry(this.w, this.h).counterTop;
  }

  protected get overlays(): StillGraphics[] {
    return [this.front];
  }

  protected override paintScenery(w: number, h: number): void {
    const geo = counterGeometry(w, h);
    this.drawRoom(geo);
    this.drawCounter(geo);
  }

  protected redraw(): void {}

  private drawRoom(geo: CounterGeometry): void {
    const g = this.back.pen.clear();
    const { wall, shelfWidth, boxHeight, lamp, counterTop } = geo;
    g.fillStyle(hex(PALETTE.wall), 1).fillRoundedRect(wall.x, wall.y, wall.width, wall.height, wall.radius);
    // Two shelves of stock on the back wall, either side of the customer.
    for (const { x: sx, y: sy } of geo.shelves) {
      for (const [fx, fw, fh, colour] of STOCK) {
        const box = roundBox(sx + fx * shelfWidth, sy - boxHeight * fh, fw * shelfWidth, boxHeight * fh, 3);
        g.fillStyle(hex(mix(PALETTE.wall, colour, 0.45)), 1).fillRoundedRect(
          box.x,
          box.y,
          box.width,
          box.height,
          box.radius,
        );
      }
      g.fillStyle(hex(PALETTE.shelf), 1).fillRect(sx - 4, sy, shelfWidth + 8, 7);
    }
    // Pendant lamp and its pool of light.
    const lx = lamp.x;
    g.lineStyle(2, hex(PALETTE.line), 1).lineBetween(lx, 0, lx, lamp.cordEnd);
    g.fillStyle(hex(PALETTE.warn), 0.06).fillTriangle(
      lx,
      lamp.poolTop,
      lx - lamp.poolHalfWidth,
      counterTop,
      lx + lamp.poolHalfWidth,
      counterTop,
    );
    g.fillStyle(hex(PALETTE.shelf), 1).fillTriangle(lx - 22, lamp.shadeY, lx + 22, lamp.shadeY, lx, lamp.shadeTop);
    g.fillStyle(hex(PALETTE.warn), 0.9).fillEllipse(lx, lamp.shadeY, 30, 8);
    this.back.bake({ x: 0, y: 0, width: wall.width, height: wall.height });
  }

  private drawCounter(geo: CounterGeometry): void {
    const g = this.front.pen.clear();
    const { worktop, front, till, tillScreen, reader } = geo;
    g.fillStyle(hex(PALETTE.woodLight), 1).fillRect(worktop.x, worktop.y, worktop.width, worktop.height);
    const r = front.radius;
    g.fillStyle(hex(PALETTE.wood), 1).fillRoundedRect(front.x, front.y, front.width, front.height, {
      tl: 0,
      tr: 0,
      bl: r,
      br: r,
    });
    // Panels on the counter front (none when the slot is too short for them).
    for (const p of geo.panels)
      if (p.height > 0)
        g.lineStyle(2, hex(mix(PALETTE.wood, '#000000', 0.25)), 1).strokeRoundedRect(
          p.x,
          p.y,
          p.width,
          p.height,
          p.radius,
        );
    // The till and card reader on the trainee's side of the counter.
    g.fillStyle(hex(PALETTE.shelf), 1).fillRoundedRect(till.x, till.y, till.width, till.height, till.radius);
    g.fillStyle(hex(PALETTE.bgDeep), 1).fillRoundedRect(
      tillScreen.x,
      tillScreen.y,
      tillScreen.width,
      tillScreen.height,
      tillScreen.radius,
    );
    g.fillStyle(hex(MOOD_COLOURS.calm), 0.7).fillRect(till.x + 12, till.y + 11, 24, 4);
    g.fillStyle(hex(PALETTE.line), 1).fillRoundedRect(reader.x, reader.y, reader.width, reader.height, reader.radius);
    this.front.bake({ x: 0, y: 0, width: geo.wall.width, height: geo.wall.height });
  }
}
