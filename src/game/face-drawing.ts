/**
 * Draws a persona's face for an anger value. Everything follows anger
 * continuously: brows lower and tilt inward, eyes narrow, the mouth goes from a
 * smile to a frown, and the skin flushes.
 */
import * as Phaser from 'phaser';
import type { PersonaData } from '../engine/index.ts';

function hex(c: string): number {
  return parseInt(c.slice(1), 16);
}

export function blend(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const mix = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return mix(16) | mix(8) | mix(0);
}

export function drawFace(g: Phaser.GameObjects.Graphics, look: PersonaData['look'], anger: number, size: number): void {
  const a = Math.max(0, Math.min(100, anger)) / 100;
  const r = size / 2;
  const skin = blend(hex(look.skin), 0xd9534f, a * 0.45);
  const hair = hex(look.hair);
  g.clear();
  // shoulders
  g.fillStyle(hex(look.shirt), 1).fillEllipse(0, r * 1.55, r * 2.3, r * 1.2);
  // hair behind the head
  if (look.hairStyle === 'long' || look.hairStyle === 'ponytail') g.fillStyle(hair, 1).fillEllipse(0, r * 0.35, r * 2.2, r * 2.4);
  g.fillStyle(skin, 1).fillEllipse(0, 0, r * 1.7, r * 2.05);
  // hair on top
  g.fillStyle(hair, 1);
  switch (look.hairStyle) {
    case 'bald':
      break;
    case 'buzz':
      g.fillEllipse(0, -r * 0.72, r * 1.6, r * 0.65);
      break;
    case 'curly':
      for (let i = -3; i <= 3; i++) g.fillCircle(i * r * 0.24, -r * 0.8 + Math.abs(i) * r * 0.07, r * 0.3);
      break;
    case 'bun':
      g.fillCircle(0, -r * 1.12, r * 0.33);
      g.fillEllipse(0, -r * 0.7, r * 1.72, r * 0.75);
      break;
    default:
      g.fillEllipse(0, -r * 0.72, r * 1.78, r * 0.8);
  }
  // brows: lower and angled inward as anger rises
  const browY = -r * 0.38 + a * r * 0.1;
  const tilt = a * r * 0.22;
  g.lineStyle(Math.max(3, r * 0.08), hair, 1);
  for (const side of [-1, 1]) {
    g.beginPath();
    g.moveTo(side * r * 0.55, browY - tilt * 0.4);
    g.lineTo(side * r * 0.15, browY + tilt);
    g.strokePath();
  }
  // eyes narrow with anger
  const eyeH = r * (0.2 - a * 0.1);
  g.fillStyle(0x1b1b1b, 1);
  for (const side of [-1, 1]) g.fillEllipse(side * r * 0.35, -r * 0.12, r * 0.2, eyeH);
  if (look.glasses) {
    g.lineStyle(Math.max(2, r * 0.05), 0x222222, 1);
    for (const side of [-1, 1]) g.strokeCircle(side * r * 0.35, -r * 0.12, r * 0.24);
    g.lineBetween(-r * 0.11, -r * 0.12, r * 0.11, -r * 0.12);
  }
  if (look.beard) {
    g.fillStyle(hair, 1).fillEllipse(0, r * 0.66, r * 1.25, r * 0.66);
    // Keep the mouth readable: a patch of skin around it.
    g.fillStyle(skin, 1).fillEllipse(0, r * 0.5, r * 0.78, r * 0.3);
  }
  // mouth: smile (calm) → flat → frown; opens when furious
  const mouthY = r * 0.5;
  const curve = (0.35 - a) * r * 0.5;
  const width = r * (0.5 + a * 0.15);
  if (a > 0.85) {
    g.fillStyle(0x5a1f1f, 1).fillEllipse(0, mouthY, width, r * 0.28 * (a - 0.6) * 3);
  } else {
    g.lineStyle(Math.max(3, r * 0.07), 0x5a1f1f, 1);
    const bezier = new Phaser.Curves.QuadraticBezier(new Phaser.Math.Vector2(-width / 2, mouthY), new Phaser.Math.Vector2(0, mouthY + curve), new Phaser.Math.Vector2(width / 2, mouthY));
    g.strokePoints(bezier.getPoints(16));
  }
}
