import { describe, expect, it } from 'vitest';
import { BODY_LANGUAGE_DESCRIPTIONS, bodyLanguage } from './body-language.ts';

describe('bodyLanguage', () => {
  it('goes from open and relaxed to aggressive and pointing as anger rises', () => {
    expect(bodyLanguage(5)).toMatchObject({ posture: 'open', arms: 'relaxed' });
    expect(bodyLanguage(50)).toMatchObject({ posture: 'guarded', arms: 'crossed' });
    expect(bodyLanguage(70)).toMatchObject({ posture: 'tense', arms: 'gesturing' });
    expect(bodyLanguage(95)).toMatchObject({ posture: 'aggressive', arms: 'pointing' });
  });

  it('leans further in as anger rises', () => {
    for (let a = 0; a < 100; a++) expect(bodyLanguage(a + 1).lean).toBeGreaterThanOrEqual(bodyLanguage(a).lean);
    expect(bodyLanguage(0).lean).toBeLessThan(0);
    expect(bodyLanguage(100).lean).toBeCloseTo(1);
  });

  it('describes every state with a sentence from the one table', () => {
    const sentences = new Set<string>(Object.values(BODY_LANGUAGE_DESCRIPTIONS));
    for (let a = 0; a <= 100; a += 5) expect(sentences.has(bodyLanguage(a).description)).toBe(true);
  });
});
