import { describe, expect, it } from 'vitest';
import { MAX_ANGER, moodOf, moodRange, MOODS } from '../../engine/catalogue/mood.ts';
import { bodyLanguage } from './body-language.ts';
import { blendColour, faceGeometry, FURIOUS_AT } from './face-geometry.ts';

describe('faceGeometry', () => {
  it('smiles when calm and frowns with an open mouth when furious', () => {
    const calm = faceGeometry(0);
    const furious = faceGeometry(95);
    expect(calm.mouthCurve).toBeGreaterThan(0.9);
    expect(calm.mouthOpen).toBe(0);
    expect(furious.mouthCurve).toBeLessThan(-0.9);
    expect(furious.mouthOpen).toBeGreaterThan(0.5);
    expect(furious.browAngle).toBeGreaterThan(calm.browAngle);
    expect(furious.flush).toBeGreaterThan(calm.flush);
  });

  it('is flat-mouthed around the middle', () => {
    expect(Math.abs(faceGeometry(40).mouthCurve)).toBeLessThan(0.35);
  });

  it('emits particles only when furious', () => {
    expect(faceGeometry(79).particleRate).toBe(0);
    expect(faceGeometry(80).particleRate).toBeGreaterThan(0);
    expect(faceGeometry(100).particleRate).toBeGreaterThan(faceGeometry(85).particleRate);
  });

  it('starts steaming exactly where the catalogue says furious, in step with the body', () => {
    expect(FURIOUS_AT).toBe(moodRange('furious').min);
    for (const mood of MOODS) {
      const { min, max } = moodRange(mood);
      for (const a of [min - 0.5, min, max, max + 0.5]) {
        if (a < 0 || a > MAX_ANGER) continue;
        const furious = moodOf(a) === 'furious';
        expect(faceGeometry(a).particleRate > 0, `anger ${a}`).toBe(furious);
        expect(bodyLanguage(a).arms === 'pointing', `anger ${a}`).toBe(furious);
      }
    }
  });

  it('changes continuously: one anger point never moves a feature far', () => {
    for (let a = 0; a < 100; a += 0.5) {
      const g0 = faceGeometry(a);
      const g1 = faceGeometry(a + 0.5);
      for (const key of [
        'browAngle',
        'browHeight',
        'eyeOpenness',
        'mouthCurve',
        'mouthOpen',
        'flush',
        'vein',
        'headTilt',
      ] as const) {
        expect(Math.abs(g1[key] - g0[key]), `${key} at ${a}`).toBeLessThan(0.1);
      }
    }
  });

  it('brows and flush never move toward calm as anger rises', () => {
    for (let a = 0; a < 100; a++) {
      expect(faceGeometry(a + 1).browAngle).toBeGreaterThanOrEqual(faceGeometry(a).browAngle);
      expect(faceGeometry(a + 1).flush).toBeGreaterThanOrEqual(faceGeometry(a).flush);
      expect(faceGeometry(a + 1).mouthCurve).toBeLessThanOrEqual(faceGeometry(a).mouthCurve);
    }
  });

  it('clamps out-of-range anger and keeps flush within 0–1', () => {
    expect(faceGeometry(-20)).toEqual(faceGeometry(0));
    expect(faceGeometry(250)).toEqual(faceGeometry(100));
    expect(faceGeometry(Number.NaN)).toEqual(faceGeometry(0));
    expect(faceGeometry(100).flush).toBeLessThanOrEqual(1);
  });
});

describe('blendColour', () => {
  it('returns the ends and mixes each channel', () => {
    expect(blendColour(0x000000, 0xffffff, 0)).toBe(0x000000);
    expect(blendColour(0x000000, 0xffffff, 1)).toBe(0xffffff);
    expect(blendColour(0x000000, 0xff8000, 0.5)).toBe(0x804000);
    expect(blendColour(0x102030, 0x102030, 0.7)).toBe(0x102030);
  });

  it('clamps t', () => {
    expect(blendColour(0x112233, 0xffffff, -1)).toBe(0x112233);
    expect(blendColour(0x112233, 0xffffff, 2)).toBe(0xffffff);
  });
});
