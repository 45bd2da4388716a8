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

export class ChatSet extends FigureSet {
  /** The online dot, painted once per layout. */
  private readonly dot: StillGraphics;
  /** The message badge without its dots, painted once per layout and only scaled when it pops. */
  private readonly badge: StillGraphics;
  /** The three typing dots, painted once per layout and only moved while the customer types. */
  private readonly typing: StillGraphics[];
  /** Time since the last message arrived, for the badge's pop. */
  private sincePulse = Infinity;

  constructor(scene: Phaser.Scene, root: Phaser.GameObjects.Container, persona: PersonaData, anger: number) {
    super(scene, root, persona, anger, 'phone');
    const blank = { x: 0, y: 0, width: 1, height: 1 };
    this.dot = new StillGraphics(scene, blank);
    this.badge = new StillGraphics(scene, blank);
    this.typing = [0, 1, 2].map(() => new StillGraphics(scene, blank));
  }

  protected get placing(): Figure {
    return chatGeometry(this.w, this.h).figure;
  }

  protected get overlays(): StillGraphics[] {
    return [this.dot, this.badge, ...this.typing];
  }

  override pulse(): void {
    this.sincePulse = 0;
  }

  protected override advance(delta: number): void {
    this.sincePulse += delta;
  }

  protected override paintScenery(width: number, height: number): void {
    super.paintScenery(width, height);
    const { dot, badge } = chatGeometry(width, height);
    // Online dot at the avatar's lower right, in the calm colour.
    this.dot.pen
      .clear()
      .fillStyle(hex(PALETTE.surface), 1)
      .fillCircle(0, 0, dot.ring)
      .fillStyle(hex(MOOD_COLOURS.calm), 1)
      .fillCircle(0, 0, dot.fill);
    this.dot.setPosition(dot.x, dot.y).bake(around(dot.ring));
    // Message badge at the upper right, drawn round its middle so it pops in place.
    const { width: bw, height: bh } = badge;
    const g = this.badge.pen.clear().fillStyle(hex(CHANNEL_COLOURS.chat), 1);
    g.fillRoundedRect(-bw / 2, -bh / 2, bw, bh, bh / 2);
    g.fillTriangle(-bw * 0.25, bh / 2 - 1, -bw * 0.05, bh / 2 - 1, -bw * 0.32, bh * 0.85);
    this.badge.setPosition(badge.x, badge.y).bake({ x: -bw / 2, y: -bh / 2, width: bw, height: bh * 1.35 });
    for (const d of this.typing) {
      d.pen
        .clear()
        .fillStyle(hex(PALETTE.bgDeep), 1)
        .fillCircle(0, 0, bh * 0.11);
      d.bake(around(bh * 0.11));
    }
  }

  protected redraw(): void {
    const { centre: c, badge } = chatGeometry(this.w, this.h);
    if (!c.d) return;
    // Pops when a message arrives; the dots hop while the customer types. Only moved and scaled: nothing is painted.
    const pop =
      this.reducedMotion || this.sincePulse > 400 ? 1 : 1 + 0.35 * Math.sin((this.sincePulse / 400) * Math.PI);
    this.badge.setShownScale(pop);
    const hopping = this.talking && !this.reducedMotion;
    this.typing.forEach((d, k) => {
      const i = k - 1;
      const hop = hopping ? Math.max(0, Math.sin(this.t / 140 - i * 0.9)) * badge.height * pop * 0.18 : 0;
      d.setPosition(badge.x + i * badge.width * pop * 0.22, badge.y - hop).setShownScale(pop);
    });
  }
}

/** The square around a circle of radius r at the origin. */
function around(r: number): { x: number; y: number; width: number; height: number } {
  return { x: -r, y: -r, width: 2 * r, height: 2 * r };
}
