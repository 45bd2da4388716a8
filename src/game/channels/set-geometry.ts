/**
 * Where each channel's picture puts its parts for a slot of a given size (CSS
 * pixels): the portrait, the call screen's rings and voice level, the chat
 * avatar's halo and badge, the shop's shelves, counter and till. Pure, so it is
 * tested over every slot size without a browser.
 *
 * Every size and radius is clamped: a slot can be any size down to nothing (a
 * short window, a phone held sideways, a resize in the middle of a frame), and
 * a negative radius makes the canvas throw. Rounded rectangles keep their
 * corner radius within half their shorter side (Phaser's stroked rounded
 * rectangle takes that half as its limit, and it goes negative with the side).
 */
import { FACE_SIZE, HEAD_ABOVE_SHOULDERS } from '../persona/proportions.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RoundBox extends Box {
  radius: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

/** A non-negative, finite number (NaN and negatives become 0). */
export const size = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 0);

/** A rectangle with non-negative sides and a corner radius between 0 and half its shorter side. */
export function roundBox(x: number, y: number, width: number, height: number, radius: number): RoundBox {
  const w = size(width);
  const h = size(height);
  return { x, y, width: w, height: h, radius: Math.min(size(radius), Math.min(w, h) / 2) };
}

/** Where a round portrait sits in its slot and its diameter (for a whole figure: its head). */
export interface Centre {
  x: number;
  y: number;
  d: number;
}

/** A standing customer: the shoulder width (`size`), where the shoulder line's middle is, the face's centre and size. */
export interface Figure {
  size: number;
  x: number;
  bodyY: number;
  faceY: number;
  faceSize: number;
}

const slot = (w: number, h: number) => ({ w: size(w), h: size(h) });

/**
 * The customer from the waist up, as large as the slot allows: the head near
 * the top, the torso running out of the bottom edge (a little past it, so the
 * breathing never lifts it clear), a gesturing hand inside the sides.
 */
function bust(w: number, h: number): { figure: Figure; head: Centre } {
  const S = Math.min(0.4 * h, 0.45 * w, 320);
  const bodyY = h - 0.98 * S;
  const faceY = bodyY - HEAD_ABOVE_SHOULDERS * S;
  return {
    figure: { size: S, x: w / 2, bodyY, faceY, faceSize: FACE_SIZE * S },
    head: { x: w / 2, y: faceY, d: 0.9 * FACE_SIZE * S },
  };
}

// --- The call screen ---------------------------------------------------------

export const VOICE_BARS = 28;

export interface PhoneGeometry {
  figure: Figure;
  /** The caller's head, which the rings ripple out from. */
  centre: Centre;
  /** The rings' radius at the start of a ripple and how far one grows (as a multiple of it). */
  ring: { r: number; grow: number };
  /** The voice level along the bottom, over the caller's chest like a call screen's: its width, the step per bar, the bar's width, middle line and tallest bar. */
  level: { left: number; width: number; step: number; bar: number; base: number; maxH: number };
}

export function phoneGeometry(width: number, height: number): PhoneGeometry {
  const { w, h } = slot(width, height);
  const { figure, head } = bust(w, h);
  const levelW = Math.min(w * 0.7, 360);
  const step = levelW / VOICE_BARS;
  const maxH = Math.min(40, h * 0.08);
  return {
    figure,
    centre: head,
    ring: { r: (head.d / 2) * 1.04, grow: 0.4 / 1.04 },
    level: {
      left: w / 2 - levelW / 2,
      width: levelW,
      step,
      bar: step * 0.6,
      base: h - maxH / 2 - Math.min(12, h * 0.04),
      maxH,
    },
  };
}

// --- The chat console --------------------------------------------------------

export interface ChatGeometry {
  figure: Figure;
  /** The customer's head, which the online dot and the message badge sit by. */
  centre: Centre;
  /** The online dot: its ring and its fill. */
  dot: { x: number; y: number; ring: number; fill: number };
  /** The message badge's centre and size before it pops. */
  badge: { x: number; y: number; width: number; height: number };
}

export function chatGeometry(width: number, height: number): ChatGeometry {
  const { w, h } = slot(width, height);
  const { figure, head: c } = bust(w, h);
  const r = c.d / 2;
  return {
    figure,
    centre: c,
    dot: { x: c.x + r * 0.72, y: c.y + r * 0.72, ring: r * 0.16, fill: r * 0.1 },
    badge: { x: c.x + r * 0.8, y: c.y - r * 0.78, width: r * 0.62, height: r * 0.4 },
  };
}

// --- The shop counter --------------------------------------------------------

export interface CounterGeometry {
  /** The customer's shoulder width, and where body and face stand. */
  figure: Figure;
  /** The back wall. */
  wall: RoundBox;
  /** The four shelves' left end and line, and their width and height of a full box. */
  shelves: { x: number; y: number }[];
  shelfWidth: number;
  boxHeight: number;
  /** The top of the counter; the worktop strip, the front and its four panels. */
  counterTop: number;
  worktop: Box;
  front: Box & { radius: number };
  panels: RoundBox[];
  /** The till, its screen and the card reader, standing on the counter. */
  till: RoundBox;
  tillScreen: RoundBox;
  reader: RoundBox;
  /** The lamp: where its cord ends and the pool of light reaches. */
  lamp: { x: number; cordEnd: number; shadeTop: number; shadeY: number; poolTop: number; poolHalfWidth: number };
}

export function counterGeometry(width: number, height: number): CounterGeometry {
  const { w, h } = slot(width, height);
  // The customer fills the height above the counter, the hair just inside the top edge: a figure
  // (0.95 S below the shoulders, 1.19 S above them) of 2.14 S in 0.84 of the height.
  const S = Math.min(0.39 * h, 0.3 * w, 280);
  const counterTop = Math.round(h * 0.84);
  const bodyY = counterTop - 0.95 * S;
  const frontTop = counterTop + 14;
  const frontH = size(h - frontTop);
  // The panels sit inside the front, 16 px from its top and bottom when there is room; on a short slot they shrink to nothing.
  const panelTop = counterTop + 30;
  const panelH = size(h - panelTop - 18);
  const tillX = w * 0.8;
  return {
    figure: { size: S, x: w / 2, bodyY, faceY: bodyY - HEAD_ABOVE_SHOULDERS * S, faceSize: FACE_SIZE * S },
    wall: roundBox(0, 0, w, h, 20),
    shelves: [
      { x: w * 0.04, y: h * 0.2 },
      { x: w * 0.66, y: h * 0.2 },
      { x: w * 0.04, y: h * 0.44 },
      { x: w * 0.66, y: h * 0.44 },
    ],
    shelfWidth: w * 0.3,
    boxHeight: h * 0.12,
    counterTop,
    worktop: { x: 0, y: counterTop, width: w, height: Math.min(14, size(h - counterTop)) },
    front: { x: 0, y: frontTop, width: w, height: frontH, radius: Math.min(20, frontH / 2, w / 2) },
    panels: [0, 1, 2, 3].map((i) => roundBox(w * (0.04 + i * 0.24), panelTop, w * 0.2, panelH, 6)),
    till: roundBox(tillX, counterTop - 44, 70, 44, 6),
    tillScreen: roundBox(tillX + 8, counterTop - 38, 54, 20, 3),
    reader: roundBox(w * 0.12, counterTop - 26, 30, 26, 5),
    // Hung to one side of the customer's head, so it lights them rather than hides behind them.
    lamp: {
      x: Math.max(w * 0.12, w / 2 - 1.05 * S),
      cordEnd: h * 0.05,
      shadeTop: h * 0.03,
      shadeY: h * 0.08,
      poolTop: h * 0.06,
      poolHalfWidth: w * 0.32,
    },
  };
}
