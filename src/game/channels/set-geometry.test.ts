import { describe, expect, it } from 'vitest';
import { HAIR_ABOVE_FACE } from '../persona/proportions.ts';
import { chatGeometry, counterGeometry, phoneGeometry, roundBox, size } from './set-geometry.ts';

/** Slot sizes from nothing up: tiny, the in-person slot of an 800×600 window (about 800×152), a phone held sideways, big. */
const SIDES = [0, 0.4, 1, 2, 5, 12, 30, 47, 50, 64, 100, 152, 171, 200, 240, 390, 600, 844, 1280, 1920];
const SIZES = SIDES.flatMap((w) => SIDES.map((h) => [w, h] as const));

/** Names of the numbers that must never be negative: sides, radii, diameters, steps. */
const NON_NEGATIVE = /^(width|height|radius|r|d|size|faceSize|ring|fill|maxH|bar|step|shelfWidth|boxHeight|grow)$/;

/** Every number in a geometry, with its path, for the checks below. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbers(v, path ? `${path}.${k}` : k));
  return [];
}

/** Problems in one geometry: a number that is not finite, a side or radius below 0, a corner wider than its box. */
function problems(geo: object): string[] {
  const out: string[] = [];
  for (const [path, v] of numbers(geo)) {
    if (!Number.isFinite(v)) out.push(`${path} = ${v}`);
    const name = path
      .replace(/\[\d+\]$/, '')
      .split('.')
      .at(-1)!;
    if (NON_NEGATIVE.test(name) && v < 0) out.push(`${path} = ${v}`);
    if (path.endsWith('halo') || /halo\[\d+\]$/.test(path)) if (v < 0) out.push(`${path} = ${v}`);
  }
  const boxes = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(boxes);
    if (!value || typeof value !== 'object') return;
    const b = value as Record<string, unknown>;
    if (typeof b.radius === 'number' && typeof b.width === 'number' && typeof b.height === 'number') {
      if (b.radius > Math.min(b.width, b.height) / 2 + 1e-9)
        out.push(`corner ${b.radius} wider than half of ${b.width}×${b.height}`);
    }
    Object.values(b).forEach(boxes);
  };
  boxes(geo);
  return out;
}

describe('the channel pictures’ geometry', () => {
  for (const [name, geometry] of [
    ['call screen', phoneGeometry],
    ['chat console', chatGeometry],
    ['shop counter', counterGeometry],
  ] as const) {
    it(`never gives the ${name} a negative or unbounded size or radius, at any slot size`, () => {
      const found = SIZES.flatMap(([w, h]) => problems(geometry(w, h)).map((p) => `${w}×${h}: ${p}`));
      expect(found).toEqual([]);
    });

    it(`treats a slot with no size, or a size that is not a number, as empty (${name})`, () => {
      for (const [w, h] of [
        [-10, 200],
        [300, -1],
        [Number.NaN, 100],
        [100, Number.POSITIVE_INFINITY],
      ] as const)
        expect(problems(geometry(w, h))).toEqual([]);
    });
  }

  it('shrinks the counter’s panels to nothing on a short slot (an 800×600 window’s, about 152 high) instead of turning them inside out', () => {
    const geo = counterGeometry(800, 152);
    for (const p of geo.panels) {
      expect(p.height).toBe(0);
      expect(p.radius).toBe(0);
    }
    // With room they keep their 6 px corners and 18 px from the bottom.
    const tall = counterGeometry(800, 600);
    expect(tall.panels[0]).toMatchObject({ radius: 6, height: 600 - Math.round(600 * 0.84) - 48 });
  });

  it('draws the customer whole inside the slot: head below the top, a raised hand inside the sides, the torso out of the bottom edge', () => {
    for (const [w, h] of SIZES.filter(([w, h]) => w > 0 && h > 0)) {
      for (const { figure: f } of [phoneGeometry(w, h), chatGeometry(w, h)]) {
        expect(f.faceY - HAIR_ABOVE_FACE * f.faceSize).toBeGreaterThanOrEqual(-1e-9);
        expect(f.x - 0.95 * f.size).toBeGreaterThanOrEqual(-1e-9);
        expect(f.x + 0.95 * f.size).toBeLessThanOrEqual(w + 1e-9);
        expect(f.bodyY + 1.05 * f.size).toBeGreaterThanOrEqual(h);
      }
      const { level } = phoneGeometry(w, h);
      expect(level.base + level.maxH / 2).toBeLessThanOrEqual(h);
      const { figure: f, counterTop } = counterGeometry(w, h);
      expect(f.faceY - HAIR_ABOVE_FACE * f.faceSize).toBeGreaterThanOrEqual(-0.5); // the counter's top is a whole pixel
      expect(f.bodyY + 0.95 * f.size).toBeCloseTo(counterTop);
    }
  });

  it('draws the customer large: in a laptop-sized picture over four fifths of its height', () => {
    for (const geo of [phoneGeometry(640, 400), chatGeometry(640, 300)]) {
      const f = geo.figure;
      const h = f.bodyY + 0.98 * f.size;
      expect((h - (f.faceY - HAIR_ABOVE_FACE * f.faceSize)) / h).toBeGreaterThan(0.8);
    }
  });
});

describe('roundBox and size', () => {
  it('clamp sides to 0 and the corner to half the shorter side', () => {
    expect(roundBox(0, 0, 40, -5, 6)).toEqual({ x: 0, y: 0, width: 40, height: 0, radius: 0 });
    expect(roundBox(0, 0, 40, 8, 6)).toEqual({ x: 0, y: 0, width: 40, height: 8, radius: 4 });
    expect(roundBox(0, 0, 40, 30, -3).radius).toBe(0);
    expect(size(Number.NaN)).toBe(0);
    expect(size(-1)).toBe(0);
    expect(size(2.5)).toBe(2.5);
  });
});
