import { describe, expect, it } from 'vitest';
import { personaFrom } from '../test-support/build-scenario.ts';
import { readingSeconds, responseSeconds, wordsOnScreen } from './reading-time.ts';

const reply = (text: string) => ({
  id: text.slice(0, 3),
  text,
  techniques: [],
  pitfalls: [],
  feedback: 'f',
  next: 'x',
});
/** 10 words said, 20 in the aside, two replies of 15: 60 words. */
const ten = 'one two three four five six seven eight nine ten';
const node = {
  say: ten,
  aside: `${ten} ${ten}`,
  choices: [reply(`${ten} a b c d e`), reply(`${ten} f g h i j`)],
};
const neutral = personaFrom(); // patience 3: ×1.2

describe('reading time', () => {
  it('counts the line, the aside and every reply', () => {
    expect(wordsOnScreen(node)).toBe(60);
  });

  it('counts the longest variant of a line, whichever mood or way in shows it', () => {
    const moods = { ...node, say: { calm: 'short', furious: `${ten} ${ten}` } };
    expect(wordsOnScreen(moods)).toBe(70);
    const wayIn = { ...node, sayWhen: [{ after: ['a'], say: `${ten} ${ten} ${ten}` }] };
    expect(wordsOnScreen(wayIn)).toBe(80);
  });

  it('reads at 200 words a minute and adds 6 s to think, rounded up', () => {
    // 60 words = 18 s, + 6
    expect(readingSeconds(node)).toBe(24);
    expect(readingSeconds({ ...node, aside: undefined, choices: [reply('a b'), reply('c')] })).toBe(10); // 13 words: 3.9 s + 6
  });
});

describe('responseSeconds', () => {
  it('defaults to the reading time, stretched ×1.2 for patience 3', () => {
    expect(responseSeconds(node, {}, neutral)).toBe(29);
  });

  it('never cuts the reading time for an impatient persona, and stretches it for a patient one', () => {
    expect(responseSeconds(node, {}, personaFrom({ anger: { patience: 1 } }))).toBe(24);
    expect(responseSeconds(node, {}, personaFrom({ anger: { patience: 5 } }))).toBe(38);
  });

  it("prefers the node's figure, then the scenario's, scaled by patience", () => {
    expect(responseSeconds(node, { timer: 30 }, neutral)).toBe(36);
    expect(responseSeconds({ ...node, timer: 10 }, { timer: 30 }, neutral)).toBe(12);
    expect(responseSeconds({ ...node, timer: 10 }, { timer: false }, neutral)).toBe(12);
    expect(responseSeconds({ ...node, timer: 10 }, {}, personaFrom({ anger: { patience: 1 } }))).toBe(8);
  });

  it('false at the node or the scenario means no timer', () => {
    expect(responseSeconds({ ...node, timer: false }, { timer: 30 }, neutral)).toBeNull();
    expect(responseSeconds(node, { timer: false }, neutral)).toBeNull();
  });
});
