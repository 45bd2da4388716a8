import { describe, expect, it } from 'vitest';
import { bodyLanguage } from './body-language.ts';

describe('body language at the counter', () => {
  it('moves from relaxed to pointing as anger rises', () => {
    expect([0, 29, 30, 54, 55, 79, 80, 100].map((a) => bodyLanguage(a).posture)).toEqual(['relaxed', 'relaxed', 'guarded', 'guarded', 'crossed', 'crossed', 'pointing', 'pointing']);
    expect(bodyLanguage(90).description).toBe('Leaning over the counter, jabbing a finger, voice raised.');
  });
});
