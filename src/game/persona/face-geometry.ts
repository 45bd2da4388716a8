/**
 * The persona's face as numbers that follow anger 0–100 continuously, so the
 * drawing can tween between any two moods without jumps. Pure: no Phaser.
 * The one step, steam, starts where the engine's mood scale says furious.
 */
import { MAX_ANGER, moodOf, moodRange } from '../../engine/catalogue/mood.ts';

export interface FaceGeometry {
  /** Inner-brow tilt in radians: negative lifts the inner ends (kind), positive knits them down (angry). */
  browAngle: number;
  /** Brow height above the eye as a fraction of the face radius. */
  browHeight: number;
  /** Eye openness 0 (shut) – 1 (wide). */
  eyeOpenness: number;
  /** Mouth curve: +1 full smile, 0 flat, -1 frown. */
  mouthCurve: number;
  /** How open the mouth is for shouting, 0–1 (only when angry). */
  mouthOpen: number;
  /** Mouth width as a fraction of the face radius. */
  mouthWidth: number;
  /** Blend of the skin toward red, 0–1. */
  flush: number;
  /** Temple vein visibility 0–1. */
  vein: number;
  /** Sweat drop visibility 0–1. */
  sweat: number;
  /** Steam/anger marks per second; 0 unless the mood is furious (from FURIOUS_AT). */
  particleRate: number;
  /** Head tilt in radians (forward jut when angry). */
  headTilt: number;
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));
/** 0 below a, 1 above b, smooth in between. */
const ramp = (x: number, a: number, b: number): number => {
  const t = clamp01((x - a) / (b - a));
  return t * t * (3 - 2 * t);
};
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Where steam starts: the floor of the catalogue's furious band. */
export const FURIOUS_AT = moodRange('furious').min;

export function faceGeometry(anger: number): FaceGeometry {
  const a = Number.isFinite(anger) ? Math.min(MAX_ANGER, Math.max(0, anger)) : 0;
  return {
    browAngle: lerp(-0.18, 0.45, ramp(a, 10, 85)),
    browHeight: lerp(0.36, 0.2, ramp(a, 15, 90)),
    eyeOpenness: lerp(0.85, 0.5, ramp(a, 30, 80)) + 0.25 * ramp(a, 85, 100),
    mouthCurve: lerp(1, -1, ramp(a, 5, 75)),
    mouthOpen: ramp(a, 70, 100),
    mouthWidth: lerp(0.5, 0.4, ramp(a, 20, 60)) + 0.06 * ramp(a, 75, 100),
    flush: clamp01(ramp(a, 35, 100) * 0.85),
    vein: ramp(a, 65, 90),
    sweat: ramp(a, 45, 70) * (1 - ramp(a, 85, 100) * 0.5),
    particleRate: moodOf(a) === 'furious' ? lerp(3, 10, (a - FURIOUS_AT) / (MAX_ANGER - FURIOUS_AT)) : 0,
    headTilt: lerp(0, 0.08, ramp(a, 40, 100)),
  };
}

/** Mixes two 0xRRGGBB colours; t=0 gives a, t=1 gives b. */
export function blendColour(hexA: number, hexB: number, t: number): number {
  const k = clamp01(t);
  const ch = (hex: number, shift: number): number => (hex >> shift) & 0xff;
  const mixCh = (shift: number): number => Math.round(lerp(ch(hexA, shift), ch(hexB, shift), k));
  return (mixCh(16) << 16) | (mixCh(8) << 8) | mixCh(0);
}
