/**
 * The debrief's pictures: the anger curve over the five mood bands, drawn
 * turn by turn (all at once with reduced motion), with the costliest turn
 * ringed; and the customer as they left the conversation.
 */
import * as Phaser from 'phaser';
import type { StageView } from '../../ui/stage-port.ts';
import { chartGeometry, type ChartGeometry } from '../chart-geometry.ts';
import { Portrait } from '../portrait.ts';
import type { SlotView } from '../slot-view.ts';
import { stageFlags } from '../stage-flags.ts';
import { FONT_FAMILY, hex, MOOD_COLOURS, PALETTE } from '../theme.ts';
import { MESSAGES } from '../../messages/index.ts';
import { SlotScene } from './slot-scene.ts';

type DebriefView = Extract<StageView, { scene: 'debrief' }>;

const DRAW_MS_PER_TURN = 260;

export class DebriefScene extends SlotScene<DebriefView> {
  private chart!: SlotView;
  private portraitSlot!: SlotView;
  private line: Phaser.GameObjects.Graphics | undefined;
  private geometry: ChartGeometry | undefined;
  /** How much of the curve is drawn, in turns (fractional while drawing). */
  private drawn = 0;

  constructor() {
    super('debrief');
  }

  protected build(): void {
    this.chart = this.addSlot(this.data_.chart);
    this.portraitSlot = this.addSlot(this.data_.portrait);
    this.drawn = this.reducedMotion ? Infinity : 0;
  }

  protected layout(slot: SlotView): void {
    slot.root.removeAll(true);
    if (slot === this.portraitSlot) {
      // The card's left end: the text beside it continues the same surface.
      slot.root.add(
        this.add
          .graphics()
          .fillStyle(hex(PALETTE.surface), 1)
          .fillRoundedRect(0, 0, slot.width, slot.height, { tl: 18, bl: 18, tr: 0, br: 0 }),
      );
      const persona = this.data_.persona;
      if (!persona) return;
      const d = Math.min(slot.width, slot.height) * 0.82;
      const last = this.data_.curve.at(-1)?.anger ?? 0;
      const p = new Portrait(this, slot.width / 2, slot.height / 2, persona, d, last, PALETTE.surface);
      p.face.setReducedMotion(this.reducedMotion);
      slot.root.add(p);
      return;
    }
    this.drawChart(slot);
  }

  private drawChart(slot: SlotView): void {
    const pr = stageFlags(this.game).pixelRatio;
    const geo = chartGeometry(this.data_.curve, slot.width, slot.height);
    this.geometry = geo;
    const g = this.add.graphics();
    slot.root.add(g);
    g.fillStyle(hex(PALETTE.surface), 1).fillRoundedRect(0, 0, slot.width, slot.height, 16);
    const text = (x: number, y: number, s: string, origin: [number, number], colour: string = PALETTE.muted) =>
      slot.root.add(
        this.add
          .text(x, y, s, { fontFamily: FONT_FAMILY, fontSize: '15px', color: colour })
          .setOrigin(...origin)
          .setResolution(pr),
      );
    for (const band of geo.bands) {
      g.fillStyle(hex(MOOD_COLOURS[band.mood]), 0.13).fillRect(geo.plot.left, band.y, geo.plot.width, band.height);
      g.fillStyle(hex(MOOD_COLOURS[band.mood]), 1).fillRect(geo.plot.left - 6, band.y + 2, 4, band.height - 4);
      text(geo.plot.left - 14, band.y + band.height / 2, MESSAGES.mood[band.mood], [1, 0.5], PALETTE.ink);
    }
    for (const p of geo.points) {
      g.lineStyle(1, hex(PALETTE.line), 0.6).lineBetween(p.x, geo.plot.top, p.x, geo.plot.top + geo.plot.height);
      text(p.x, geo.plot.top + geo.plot.height + 8, p.turn === 0 ? MESSAGES.curveStart : String(p.turn), [0.5, 0]);
    }
    this.line = this.add.graphics();
    slot.root.add(this.line);
    this.drawLine();
  }

  protected override tick(_time: number, delta: number): void {
    if (!this.geometry || this.drawn >= this.geometry.points.length) return;
    this.drawn += delta / DRAW_MS_PER_TURN;
    this.drawLine();
  }

  private drawLine(): void {
    const geo = this.geometry;
    const g = this.line?.clear();
    if (!geo || !g) return;
    const pts = geo.points;
    const upTo = Math.min(this.drawn, pts.length - 1);
    g.lineStyle(4, hex(PALETTE.ink), 1);
    g.beginPath();
    g.moveTo(pts[0]!.x, pts[0]!.y);
    for (let i = 1; i <= Math.ceil(upTo) && i < pts.length; i++) {
      const f = Math.min(1, upTo - (i - 1));
      const a = pts[i - 1]!;
      const b = pts[i]!;
      g.lineTo(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
    }
    g.strokePath();
    pts.forEach((p, i) => {
      if (i > upTo + 0.001) return;
      g.fillStyle(hex(PALETTE.bgDeep), 1).fillCircle(p.x, p.y, 9);
      g.fillStyle(hex(MOOD_COLOURS[p.mood]), 1).fillCircle(p.x, p.y, 6.5);
    });
    const worst = this.data_.costliestTurn;
    const mark = worst !== undefined ? pts.find((p) => p.turn === worst) : undefined;
    if (mark && upTo >= pts.indexOf(mark)) g.lineStyle(3, hex(PALETTE.focus), 1).strokeCircle(mark.x, mark.y, 14);
  }
}
