/**
 * Whatever an author saves, the loader answers with located problems and never
 * throws: random edits of the valid baseline, and random text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLibrary, type ContentFile } from './library.ts';

const FILE = 'src/engine/content/__fixtures__/baseline.yaml';
const baseline = readFileSync(new URL('./__fixtures__/baseline.yaml', import.meta.url), 'utf8');
const persona = {
  file: 'src/engine/content/__fixtures__/personas/fixture-persona.yaml',
  text: readFileSync(new URL('./__fixtures__/personas/fixture-persona.yaml', import.meta.url), 'utf8'),
};

/** Pieces an author's slip typically leaves behind. */
const fragment = fc.constantFrom(
  ':',
  '- ',
  '  ',
  '\t',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  '&a ',
  '*a',
  '#',
  '\n',
  'null',
  '999',
  'x: y',
  '<b>',
  '---\n',
  '!!str ',
);

const edit = fc.record({
  at: fc.nat({ max: baseline.length }),
  cut: fc.nat({ max: 40 }),
  insert: fc.oneof(fragment, fc.string({ maxLength: 12 })),
});

function wellFormed(files: ContentFile[]) {
  const { problems } = loadLibrary(files);
  const lines = new Map(files.map((f) => [f.file, f.text.split('\n').length]));
  for (const p of problems) {
    expect(lines.has(p.file)).toBe(true);
    expect(p.line).toBeGreaterThanOrEqual(0);
    expect(p.line).toBeLessThanOrEqual(lines.get(p.file)! + 1);
    expect(p.message).not.toMatch(/\n|Error:/);
    // The loader's last-resort guard turns a crash into this message: it must never be needed.
    expect(p.message).not.toMatch(/^could not be checked/);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('the loader on any input', () => {
  it('reports problems for random edits of a valid scenario without throwing', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = baseline;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        wellFormed([{ file: FILE, text }, persona]);
      }),
      { numRuns: 400 },
    );
  });

  it('reports problems for arbitrary text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        wellFormed([
          { file: FILE, text },
          { ...persona, text },
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
