/**
 * Cooldown's mark, drawn in code: a speech bubble whose anger line falls from
 * hot to calm. Used by the boot screen and the home hero.
 */
import type * as Phaser from 'phaser';
import { hex, MOOD_COLOURS, PALETTE } from './theme.ts';

/** Draws the mark centred on (x, y), `size` wide. */
export function drawLogo(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
  const w = size;
  const h = size * 0.72;
  const left = x - w / 2;
  const top = y - h / 2;
  g.fillStyle(hex(PALETTE.raised), 1).fillRoundedRect(left, top, w, h, h * 0.28);
  g.fillTriangle(left + w * 0.2, top + h - 1, left + w * 0.42, top + h - 1, left + w * 0.16, top + h + size * 0.2);
  g.lineStyle(Math.max(2, size * 0.035), hex(PALETTE.line), 1).strokeRoundedRect(left, top, w, h, h * 0.28);
  // The falling line, coloured through the moods from furious to calm.
  const colours = [
    MOOD_COLOURS.furious,
    MOOD_COLOURS.angry,
    MOOD_COLOURS.frustrated,
    MOOD_COLOURS.annoyed,
    MOOD_COLOURS.calm,
  ];
  const pts = [0.22, 0.3, 0.52, 0.6, 0.78, 0.78].map((fy, i) => ({
    x: left + w * (0.16 + i * 0.136),
    y: top + h * fy,
  }));
  const width = Math.max(3, size * 0.07);
  for (let i = 0; i < pts.length - 1; i++) {
    g.lineStyle(width, hex(colours[i]!), 1).lineBetween(pts[i]!.x, pts[i]!.y, pts[i + 1]!.x, pts[i + 1]!.y);
    g.fillStyle(hex(colours[i]!), 1).fillCircle(pts[i]!.x, pts[i]!.y, width / 2);
  }
  g.fillStyle(hex(MOOD_COLOURS.calm), 1).fillCircle(pts.at(-1)!.x, pts.at(-1)!.y, width * 0.9);
}
