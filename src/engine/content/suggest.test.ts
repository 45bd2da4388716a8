import { describe, expect, it } from 'vitest';
import { PITFALLS, TECHNIQUES } from '../catalogue/index.ts';
import { closest, didYouMean, didYouMeanOrList } from './suggest.ts';

const pitfalls = PITFALLS.map((p) => p.id);
const techniques = TECHNIQUES.map((t) => t.id);

describe('suggestions for misspelt ids', () => {
  it('finds a close typo', () => {
    expect(closest('emapthy', techniques)).toBe('empathy');
    expect(closest('techniqes', ['id', 'text', 'techniques', 'pitfalls'])).toBe('techniques');
  });

  it('finds an id whose words all appear in the other', () => {
    expect(closest('blame-customer', pitfalls)).toBe('blame');
    expect(closest('hold', pitfalls)).toBe('hold-transfer');
  });

  it('suggests nothing when the only link is a shared word on one side', () => {
    expect(closest('fixture-persona', ['persona-id-mismatch'])).toBeUndefined();
  });

  it('suggests nothing for a short word that merely shares a letter count', () => {
    expect(closest('x', ['id', 'title'])).toBeUndefined();
  });

  it('phrases the suggestion, or lists what is allowed when there is none', () => {
    expect(didYouMean('sumary', ['summary', 'say'])).toBe(' (did you mean "summary"?)');
    expect(didYouMean('zzz', ['summary'])).toBe('');
    expect(didYouMeanOrList('zzz', ['calm', 'angry'])).toBe('; expected one of calm, angry');
  });
});
