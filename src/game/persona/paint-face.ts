/**
 * Paints a persona's head and shoulders into Graphics objects in a flat style,
 * from their look and the face geometry of the current anger, in two layers:
 * the head (skin, hair, shoulders, the flush of anger) and over it the
 * features that move (eyes, brows, mouth, the anger marks). A blink or a
 * talking mouth repaints only the features, a fraction of the pixels. Centred
 * on the face; `size` is the width of the square the drawing fits in.
 */
import type * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { blendColour, type FaceGeometry } from './face-geometry.ts';

export type Look = PersonaData['look'];

export interface FacePose {
  /** 0–1 extra mouth opening while the customer's line is shown. */
  talk: number;
  /** True for the few frames of a blink. */
  blink: boolean;
}

const FLUSH_RED = 0xd8443a;
const INK = 0x2a2230;
const MOUTH = 0x6b2631;
const TONGUE = 0xc75a5f;
const TEETH = 0xf7f3ee;

export const hexColour = (c: string): number => Number.parseInt(c.replace('#', ''), 16) || 0;

type Point = { x: number; y: number };

function quad(p0: Point, c: Point, p1: Point, steps = 12): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push({ x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y });
  }
  return out;
}

function trace(g: Phaser.GameObjects.Graphics, points: Point[]): void {
  g.beginPath();
  g.moveTo(points[0]!.x, points[0]!.y);
  for (const p of points.slice(1)) g.lineTo(p.x, p.y);
}

function stroke(g: Phaser.GameObjects.Graphics, points: Point[]): void {
  trace(g, points);
  g.strokePath();
}

function fillShape(g: Phaser.GameObjects.Graphics, points: Point[]): void {
  trace(g, points);
  g.closePath();
  g.fillPath();
}

/** A thick line with round ends (Graphics strokes have square ends). */
function roundLine(g: Phaser.GameObjects.Graphics, points: Point[], width: number, colour: number, alpha = 1): void {
  g.lineStyle(width, colour, alpha);
  stroke(g, points);
  g.fillStyle(colour, alpha);
  for (const p of [points[0]!, points[points.length - 1]!]) g.fillCircle(p.x, p.y, width / 2);
}

/** The face's colours at an anger: the skin blends toward red as the face flushes. */
function colours(look: Look, geo: FaceGeometry) {
  const skin = blendColour(hexColour(look.skin), FLUSH_RED, geo.flush * 0.45);
  return {
    skin,
    skinShade: blendColour(skin, 0x000000, 0.12),
    hair: hexColour(look.hair),
    shirt: hexColour(look.shirt),
  };
}

/** Where the features fall, around the face's centre, as a fraction of `size`: the features layer's box. */
export const FEATURES_BOX = { x: -0.3, y: -0.26, width: 0.6, height: 0.72 } as const;

export function paintHead(g: Phaser.GameObjects.Graphics, look: Look, geo: FaceGeometry, size: number): void {
  const r = size * 0.3; // head half-width
  const { skin, skinShade, hair, shirt } = colours(look, geo);
  g.clear();

  // Shoulders and neck.
  g.fillStyle(shirt, 1).fillEllipse(0, r * 2.05, r * 3, r * 1.5);
  g.fillStyle(blendColour(shirt, 0x000000, 0.15), 1).fillTriangle(-r * 0.35, r * 1.32, r * 0.35, r * 1.32, 0, r * 1.75);
  g.fillStyle(skinShade, 1).fillRect(-r * 0.3, r * 0.9, r * 0.6, r * 0.5);
  g.fillStyle(skinShade, 1).fillTriangle(-r * 0.3, r * 1.3, r * 0.3, r * 1.3, 0, r * 1.6);

  // Hair that falls behind the head.
  g.fillStyle(hair, 1);
  if (look.hairStyle === 'long') {
    g.fillRoundedRect(-r * 1.12, -r * 0.9, r * 2.24, r * 2.3, r * 0.7);
  } else if (look.hairStyle === 'ponytail') {
    g.fillEllipse(r * 0.95, r * 0.1, r * 0.55, r * 1.3);
  } else if (look.hairStyle === 'bun') {
    g.fillCircle(0, -r * 1.25, r * 0.42);
  }

  // Ears and head.
  g.fillStyle(skinShade, 1);
  g.fillEllipse(-r * 0.98, r * 0.02, r * 0.34, r * 0.48);
  g.fillEllipse(r * 0.98, r * 0.02, r * 0.34, r * 0.48);
  g.fillStyle(skin, 1).fillEllipse(0, 0, r * 2, r * 2.4);

  // Hair on top.
  g.fillStyle(hair, 1);
  switch (look.hairStyle) {
    case 'bald':
      g.fillStyle(blendColour(skin, 0xffffff, 0.25), 1).fillEllipse(-r * 0.35, -r * 0.85, r * 0.5, r * 0.22);
      break;
    case 'buzz':
      g.fillStyle(blendColour(skin, hair, 0.75), 1);
      g.slice(0, -r * 0.25, r * 1.0, Math.PI, 0, false).fillPath();
      g.fillStyle(skin, 1).fillEllipse(0, -r * 0.1, r * 1.7, r * 0.55);
      break;
    case 'curly':
      for (let i = -4; i <= 4; i++) g.fillCircle(i * r * 0.24, -r * 0.92 + Math.abs(i) ** 1.6 * r * 0.06, r * 0.3);
      g.fillCircle(-r * 0.98, -r * 0.25, r * 0.25).fillCircle(r * 0.98, -r * 0.25, r * 0.25);
      break;
    case 'long':
    case 'ponytail':
    case 'bun':
      g.slice(0, -r * 0.3, r * 1.04, Math.PI, 0, false).fillPath();
      g.fillStyle(skin, 1).fillEllipse(r * 0.15, -r * 0.22, r * 1.5, r * 0.6);
      g.fillStyle(hair, 1).fillTriangle(-r * 1.04, -r * 0.3, -r * 0.2, -r * 0.62, -r * 0.95, r * 0.3);
      break;
    case 'short':
    default:
      g.slice(0, -r * 0.3, r * 1.04, Math.PI, 0, false).fillPath();
      g.fillStyle(skin, 1).fillEllipse(r * 0.1, -r * 0.24, r * 1.55, r * 0.5);
      g.fillStyle(hair, 1).fillTriangle(-r * 1.04, -r * 0.3, -r * 0.1, -r * 0.62, -r * 1.0, r * 0.05);
  }

  if (look.beard) {
    g.fillStyle(hair, 1);
    // A jawline beard: the lower half of the face minus an inner oval of skin, fullest at the chin.
    g.slice(0, r * 0.15, r * 0.99, 0, Math.PI, false).fillPath();
    g.fillStyle(skin, 1).fillEllipse(0, r * 0.28, r * 1.5, r * 0.78);
    g.fillStyle(hair, 1).fillEllipse(0, r * 0.44, r * 0.7, r * 0.14);
  }

  // Cheeks flush with anger.
  if (geo.flush > 0.02) {
    g.fillStyle(FLUSH_RED, geo.flush * 0.45);
    g.fillEllipse(-r * 0.58, r * 0.3, r * 0.45, r * 0.24).fillEllipse(r * 0.58, r * 0.3, r * 0.45, r * 0.24);
  }
}

export function paintFeatures(
  g: Phaser.GameObjects.Graphics,
  look: Look,
  geo: FaceGeometry,
  size: number,
  pose: FacePose,
): void {
  const r = size * 0.3; // head half-width
  const { skinShade, hair } = colours(look, geo);
  g.clear();

  // Eyes: dark ovals whose height is the openness; a blink flattens them.
  const eyeY = -r * 0.02;
  const eyeX = r * 0.4;
  const eyeOpen = pose.blink ? 0.08 : geo.eyeOpenness;
  g.fillStyle(INK, 1);
  for (const side of [-1, 1]) {
    g.fillEllipse(side * eyeX, eyeY, r * 0.2, Math.max(r * 0.03, r * 0.26 * eyeOpen));
    if (!pose.blink && eyeOpen > 0.3)
      g.fillStyle(0xffffff, 0.85)
        .fillCircle(side * eyeX + r * 0.04, eyeY - r * 0.05, r * 0.035)
        .fillStyle(INK, 1);
  }

  // Brows: lower and knit inward as anger rises.
  const browY = eyeY - r * geo.browHeight - r * 0.08;
  const browW = r * 0.34;
  for (const side of [-1, 1]) {
    const cx = side * eyeX;
    const dy = Math.sin(geo.browAngle) * browW;
    const inner = { x: cx - side * browW, y: browY + dy };
    const outer = { x: cx + side * browW, y: browY - dy };
    roundLine(g, quad(outer, { x: cx, y: browY - r * 0.06 }, inner, 6), r * 0.1, blendColour(hair, INK, 0.3));
  }

  if (look.glasses) {
    g.lineStyle(r * 0.05, INK, 1);
    for (const side of [-1, 1])
      g.strokeRoundedRect(side * eyeX - r * 0.26, eyeY - r * 0.19, r * 0.52, r * 0.38, r * 0.12);
    g.lineBetween(-eyeX + r * 0.26, eyeY - r * 0.04, eyeX - r * 0.26, eyeY - r * 0.04);
  }

  // Nose.
  roundLine(
    g,
    quad({ x: 0, y: r * 0.12 }, { x: -r * 0.12, y: r * 0.3 }, { x: r * 0.04, y: r * 0.34 }, 6),
    r * 0.05,
    skinShade,
  );

  // Mouth: a curve from smile to frown; opens into a shout past anger 70, and moves while talking.
  const mouthY = r * 0.62;
  const half = r * geo.mouthWidth;
  const bend = geo.mouthCurve * r * 0.22;
  const open = Math.max(geo.mouthOpen, pose.talk * 0.45) * r * 0.45;
  const left = { x: -half, y: mouthY - bend * 0.4 };
  const right = { x: half, y: mouthY - bend * 0.4 };
  if (open < r * 0.04) {
    roundLine(g, quad(left, { x: 0, y: mouthY + bend }, right), r * 0.08, MOUTH);
  } else {
    const top = quad(left, { x: 0, y: mouthY + bend - open * 0.4 }, right);
    const bottom = quad(right, { x: 0, y: mouthY + bend + open * 1.4 }, left);
    g.fillStyle(MOUTH, 1);
    fillShape(g, [...top, ...bottom]);
    if (open > r * 0.12) {
      g.fillStyle(TEETH, 1).fillRect(-half * 0.5, top[6]!.y + r * 0.01, half, Math.min(open * 0.25, r * 0.08));
      g.fillStyle(TONGUE, 1).fillEllipse(0, mouthY + bend + open * 0.55, half * 0.9, open * 0.35);
    }
  }

  // Temple vein mark (the flat-style "anger" symbol) and a sweat drop.
  if (geo.vein > 0.02) {
    const vx = r * 0.62;
    const vy = -r * 0.62;
    const s = r * 0.12;
    g.lineStyle(r * 0.05, FLUSH_RED, geo.vein);
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      stroke(
        g,
        quad(
          { x: vx + dx * s * 0.3, y: vy + dy * s },
          { x: vx + dx * s * 0.3, y: vy + dy * s * 0.3 },
          { x: vx + dx * s, y: vy + dy * s * 0.3 },
          5,
        ),
      );
    }
  }
  if (geo.sweat > 0.02) {
    const sx = -r * 0.88;
    const sy = -r * 0.45;
    g.fillStyle(0x8fd3f4, geo.sweat * 0.9);
    g.fillTriangle(sx, sy - r * 0.18, sx - r * 0.07, sy, sx + r * 0.07, sy).fillCircle(sx, sy, r * 0.07);
  }
}
