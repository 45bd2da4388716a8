/** Issue 17, fault 7c: the customer's last words stay long enough to be read (and a skip still ends them at once). */
import { describe, expect, it } from 'vitest';
import { LAST_WORDS_MS, lastWordsMs } from './flow-machine.ts';

describe('how long the last words stay', () => {
  it('gives a short line at least a couple of seconds', () => {
    expect(lastWordsMs('Bye!')).toBeGreaterThanOrEqual(2000);
    expect(lastWordsMs('')).toBe(LAST_WORDS_MS);
  });

  it('grows with the line, about a quarter second a word, up to a limit', () => {
    const line = (words: number) => Array.from({ length: words }, () => 'word').join(' ');
    expect(lastWordsMs(line(20))).toBeGreaterThan(lastWordsMs(line(5)));
    expect(lastWordsMs(line(20))).toBeGreaterThanOrEqual(LAST_WORDS_MS + 20 * 250);
    expect(lastWordsMs(line(200))).toBe(lastWordsMs(line(400)));
    expect(lastWordsMs(line(200))).toBeLessThanOrEqual(9000);
  });
});
