/**
 * The chat console's customer card: the customer's picture as their chat
 * avatar, an online dot, and a message badge that pops each time they send a
 * message. The chat itself is text, in the page beside it.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { CHANNEL_COLOURS, hex, MOOD_COLOURS, PALETTE } from '../theme.ts';
import { StillGraphics } from '../still-graphics.ts';
import { PortraitSet } from './portrait-set.ts';

export class ChatSet extends PortraitSet {
  private readonly deco: StillGraphics;
  private readonly badge: StillGraphics;
  /** Time since the last message arrived, for the badge's pop. */
  private sincePulse = Infinity;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container, persona: PersonaData, anger: number) {
    super(scene, root, persona, anger);
    this.deco = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
    this.badge = new StillGraphics(scene, { x: 0, y: 0, width: 1, height: 1 });
  }

  protected get centre(): { x: number; y: number; d: number } {
    const d = Math.min(this.w * 0.62, this.h * 0.7, 220);
    return { x: this.w / 2, y: this.h * 0.48, d };
  }

  protected get overlays(): StillGraphics[] {
    return [this.deco, this.badge];
  }

  override layout(width: number, height: number): void {
    // A soft halo in the chat's colour around the avatar (drawn over the portrait's frame).
    this.w = width;
    this.h = height;
    const c = this.centre;
    this.deco.pen.clear();
    for (let k = 1; k <= 3; k++)
      this.deco.pen.lineStyle(2, hex(CHANNEL_COLOURS.chat), 0.3 / k).strokeCircle(c.x, c.y, (c.d / 2) * (1 + k * 0.13));
    const halo = (c.d / 2) * 1.45;
    this.deco.bake({ x: c.x - halo, y: c.y - halo, width: 2 * halo, height: 2 * halo });
    super.layout(width, height);
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
    const c = this.centre;
    if (!c.d) return;
    // Redrawn only while it moves: popping after a message, dots hopping while the customer types.
    const hopping = this.talking && !this.reducedMotion;
    const popping = !this.reducedMotion && this.sincePulse <= 400;
    if (
      !this.badge.changed(
        `${this.w}x${this.h} ${this.reducedMotion} ${popping ? this.sincePulse : ''} ${hopping ? this.t : ''}`,
      )
    )
      return;
    const g = this.badge.pen.clear();
    // Online dot at the avatar's lower right, in the mood's colour.
    const r = c.d / 2;
    const dot = { x: c.x + r * 0.72, y: c.y + r * 0.72 };
    g.fillStyle(hex(PALETTE.surface), 1).fillCircle(dot.x, dot.y, r * 0.16);
    g.fillStyle(hex(MOOD_COLOURS.calm), 1).fillCircle(dot.x, dot.y, r * 0.1);
    // Message badge at the upper right: pops when a message arrives, dots bounce while typing.
    const pop =
      this.reducedMotion || this.sincePulse > 400 ? 1 : 1 + 0.35 * Math.sin((this.sincePulse / 400) * Math.PI);
    const bx = c.x + r * 0.8;
    const by = c.y - r * 0.78;
    const bw = r * 0.62 * pop;
    const bh = r * 0.4 * pop;
    g.fillStyle(hex(CHANNEL_COLOURS.chat), 1).fillRoundedRect(bx - bw / 2, by - bh / 2, bw, bh, bh / 2);
    g.fillTriangle(bx - bw * 0.25, by + bh / 2 - 1, bx - bw * 0.05, by + bh / 2 - 1, bx - bw * 0.32, by + bh * 0.85);
    for (let i = -1; i <= 1; i++) {
      const hop = this.talking && !this.reducedMotion ? Math.max(0, Math.sin(this.t / 140 - i * 0.9)) * bh * 0.18 : 0;
      g.fillStyle(hex(PALETTE.bgDeep), 1).fillCircle(bx + i * bw * 0.22, by - hop, bh * 0.11);
    }
    this.badge.bake({ x: c.x + r * 0.2, y: c.y - r * 1.25, width: r * 1.2, height: r * 2.3 });
  }
}
