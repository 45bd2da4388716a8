import { describe, expect, it } from 'vitest';
import { MAX_ANGER, moodOf, moodRange, MOODS } from '../../engine/catalogue/mood.ts';
import { MESSAGES } from '../../messages/index.ts';
import { BODY_POSES, bodyLanguage, LEANS_IN_FROM } from './body-language.ts';

describe('bodyLanguage', () => {
  it('goes from open and relaxed to aggressive and pointing as anger rises', () => {
    expect(bodyLanguage(5)).toMatchObject({ posture: 'open', arms: 'relaxed' });
    expect(bodyLanguage(50)).toMatchObject({ posture: 'guarded', arms: 'crossed' });
    expect(bodyLanguage(70)).toMatchObject({ posture: 'tense', arms: 'gesturing' });
    expect(bodyLanguage(95)).toMatchObject({ posture: 'aggressive', arms: 'pointing' });
  });

  it('changes pose exactly where the catalogue changes mood', () => {
    for (const mood of MOODS) {
      const { min, max } = moodRange(mood);
      for (const a of [min, max, min - 0.5, max + 0.5]) {
        if (a < 0 || a > MAX_ANGER) continue;
        const body = bodyLanguage(a);
        expect(body.mood, `anger ${a}`).toBe(moodOf(a));
        expect(body).toMatchObject(BODY_POSES[moodOf(a)]);
      }
    }
    for (let a = 0; a <= MAX_ANGER; a++) expect(bodyLanguage(a).mood).toBe(moodOf(a));
  });

  it('gives every mood its own pose', () => {
    const poses = new Set(MOODS.map((m) => `${BODY_POSES[m].posture}/${BODY_POSES[m].arms}`));
    expect(poses.size).toBe(MOODS.length);
  });

  it('leans further in as anger rises, turning in where the customer turns guarded', () => {
    for (let a = 0; a < 100; a++) expect(bodyLanguage(a + 1).lean).toBeGreaterThanOrEqual(bodyLanguage(a).lean);
    expect(bodyLanguage(0).lean).toBeLessThan(0);
    expect(bodyLanguage(LEANS_IN_FROM).lean).toBeCloseTo(0);
    expect(LEANS_IN_FROM).toBe(moodRange('frustrated').min);
    expect(bodyLanguage(100).lean).toBeCloseTo(1);
  });

  it('treats out-of-range and missing anger as the ends of the scale', () => {
    expect(bodyLanguage(-10)).toEqual(bodyLanguage(0));
    expect(bodyLanguage(250)).toEqual(bodyLanguage(100));
    expect(bodyLanguage(Number.NaN)).toEqual(bodyLanguage(0));
  });
});

describe('the words for each pose', () => {
  it('come from the catalogue, one sentence per mood', () => {
    for (const mood of MOODS) expect(MESSAGES.body[mood].length).toBeGreaterThan(0);
    expect(new Set(MOODS.map((m) => MESSAGES.body[m])).size).toBe(MOODS.length);
  });
});
