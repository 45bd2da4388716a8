/**
 * The chat console's customer card: the customer at their phone, an online
 * dot, and a message badge by their head that pops each time they send a
 * message. The chat itself is text, in the page under it.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { CHANNEL_COLOURS, hex, MOOD_COLOURS, PALETTE } from '../theme.ts';
import { StillGraphics } from '../still-graphics.ts';
import { FigureSet } from './figure-set.ts';
import { chatGeometry, type Figure } from './set-geometry.ts';

/** How often the badge's typing dots move. */
const HOP_STEP_MS = 120;

export class ChatSet extends FigureSet {
  private readonly badge: StillGraphics;
  /** Time since the last message arrived, for the badge's pop. */
  private sincePulse = Infinity;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container, persona: PersonaData, anger: number) {
    super(scene, root, persona, anger, 'phone');
    this.badge = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
  }

  protected get placing(): Figure {
    return chatGeometry(this.w, this.h).figure;
  }

  protected get overlays(): StillGraphics[] {
    return [this.badge];
  }

  override pulse(): void {
    this.sincePulse = 0;
  }

  protected override advance(delta: number): void {
    this.sincePulse += delta;
  }

  protected redraw(): void {
    this.drawBadge();
  }

  private drawBadge(): void {
    const { centre: c, dot, badge, badgeBounds } = chatGeometry(this.w, this.h);
    if (!c.d) return;
    // Redrawn only while it moves: popping after a message, dots hopping while the customer types. The dots
    // move in steps of HOP_STEP_MS, so a typing customer repaints and uploads the badge about eight times a second
    // rather than in every frame (those repaints were the slowest frames of a chat).
    const hopping = this.talking && !this.reducedMotion;
    const popping = !this.reducedMotion && this.sincePulse <= 400;
    const hopT = Math.floor(this.t / HOP_STEP_MS) * HOP_STEP_MS;
    if (
      !this.badge.changed(
        `${this.w}x${this.h} ${this.reducedMotion} ${popping ? this.sincePulse : ''} ${hopping ? hopT : ''}`,
      )
    )
      return;
    const g = this.badge.pen.clear();
    // Online dot at the avatar's lower right, in the mood's colour.
    g.fillStyle(hex(PALETTE.surface), 1).fillCircle(dot.x, dot.y, dot.ring);
    g.fillStyle(hex(MOOD_COLOURS.calm), 1).fillCircle(dot.x, dot.y, dot.fill);
    // Message badge at the upper right: pops when a message arrives, dots bounce while typing.
    const pop =
      this.reducedMotion || this.sincePulse > 400 ? 1 : 1 + 0.35 * Math.sin((this.sincePulse / 400) * Math.PI);
    const bx = badge.x;
    const by = badge.y;
    const bw = badge.width * pop;
    const bh = badge.height * pop;
    g.fillStyle(hex(CHANNEL_COLOURS.chat), 1).fillRoundedRect(bx - bw / 2, by - bh / 2, bw, bh, bh / 2);
    g.fillTriangle(bx - bw * 0.25, by + bh / 2 - 1, bx - bw * 0.05, by + bh / 2 - 1, bx - bw * 0.32, by + bh * 0.85);
    for (let i = -1; i <= 1; i++) {
      const hop = this.talking && !this.reducedMotion ? Math.max(0, Math.sin(hopT / 140 - i * 0.9)) * bh * 0.18 : 0;
      g.fillStyle(hex(PALETTE.bgDeep), 1).fillCircle(bx + i * bw * 0.22, by - hop, bh * 0.11);
    }
    this.badge.bake(badgeBounds);
  }
}
