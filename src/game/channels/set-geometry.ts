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

/** Where a round portrait sits in its slot and its diameter. */
export interface Centre {
  x: number;
  y: number;
  d: number;
}

const slot = (w: number, h: number) => ({ w: size(w), h: size(h) });

// --- The call screen ---------------------------------------------------------

export const VOICE_BARS = 28;

export interface PhoneGeometry {
  centre: Centre;
  /** The rings' radius at the start of a ripple and how far one grows (as a multiple of it). */
  ring: { r: number; grow: number };
  /** The voice level under the portrait: its width, the step per bar, the bar's width, middle line, tallest bar and corner. */
  level: { left: number; width: number; step: number; bar: number; base: number; maxH: number; radius: number };
}

export function phoneGeometry(width: number, height: number): PhoneGeometry {
  const { w, h } = slot(width, height);
  const d = Math.min(w * 0.5, h * 0.52, 240);
  const centre = { x: w / 2, y: h * 0.42, d };
  const levelW = Math.min(w * 0.7, 360);
  const step = levelW / VOICE_BARS;
  return {
    centre,
    ring: { r: (d / 2) * 1.04, grow: 0.4 / 1.04 },
    level: {
      left: w / 2 - levelW / 2,
      width: levelW,
      step,
      bar: step * 0.6,
      base: centre.y + d / 2 + Math.min(60, h * 0.1),
      maxH: Math.min(54, h * 0.1),
      radius: Math.min(3, step * 0.3),
    },
  };
}

// --- The chat console --------------------------------------------------------

export interface ChatGeometry {
  centre: Centre;
  /** The halo's three rings. */
  halo: number[];
  /** The region the halo covers (square around the avatar). */
  haloBounds: Box;
  /** The online dot: its ring and its fill. */
  dot: { x: number; y: number; ring: number; fill: number };
  /** The message badge's centre and size before it pops. */
  badge: { x: number; y: number; width: number; height: number };
  badgeBounds: Box;
}

export function chatGeometry(width: number, height: number): ChatGeometry {
  const { w, h } = slot(width, height);
  const d = Math.min(w * 0.62, h * 0.7, 220);
  const c = { x: w / 2, y: h * 0.48, d };
  const r = d / 2;
  const halo = r * 1.45;
  return {
    centre: c,
    halo: [1, 2, 3].map((k) => r * (1 + k * 0.13)),
    haloBounds: { x: c.x - halo, y: c.y - halo, width: 2 * halo, height: 2 * halo },
    dot: { x: c.x + r * 0.72, y: c.y + r * 0.72, ring: r * 0.16, fill: r * 0.1 },
    badge: { x: c.x + r * 0.8, y: c.y - r * 0.78, width: r * 0.62, height: r * 0.4 },
    badgeBounds: { x: c.x + r * 0.2, y: c.y - r * 1.25, width: r * 1.2, height: r * 2.3 },
  };
}

// --- The shop counter --------------------------------------------------------

export interface CounterGeometry {
  /** The customer's shoulder width, and where body and face stand. */
  figure: { size: number; x: number; bodyY: number; faceY: number; faceSize: number };
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
  const S = Math.min(0.3 * h, 0.3 * w, 170);
  const counterTop = Math.round(h * 0.72);
  const bodyY = counterTop - 0.95 * S;
  const frontTop = counterTop + 14;
  const frontH = size(h - frontTop);
  // The panels sit inside the front, 16 px from its top and bottom when there is room; on a short slot they shrink to nothing.
  const panelTop = counterTop + 30;
  const panelH = size(h - panelTop - 18);
  const tillX = w * 0.8;
  return {
    figure: { size: S, x: w / 2, bodyY, faceY: bodyY - 0.55 * S, faceSize: 1.15 * S },
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
    lamp: {
      x: w / 2,
      cordEnd: h * 0.05,
      shadeTop: h * 0.03,
      shadeY: h * 0.08,
      poolTop: h * 0.06,
      poolHalfWidth: w * 0.32,
    },
  };
}
