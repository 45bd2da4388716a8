import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary, PITFALLS, TECHNIQUES } from '../engine/index.ts';

// docs/authoring.md is the authors' reference: its examples must load and its id lists must be complete.
const doc = readFileSync('docs/authoring.md', 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const block = (id: string) => yamlBlocks.find((b) => b.includes(`\nid: ${id} `))!;

describe('docs/authoring.md', () => {
  it('has an annotated example scenario and persona that check clean together', () => {
    const library = loadLibrary([
      { file: 'scenarios/late-parcel.yaml', text: block('late-parcel') },
      { file: 'scenarios/personas/lan-nguyen.yaml', text: block('lan-nguyen') },
    ]);
    expect(library.problems.map((p) => `${p.path} ${p.message}`)).toEqual([]);
    expect(library.scenarios.map((s) => s.data.id)).toEqual(['late-parcel']);
  });

  it('names every technique and pitfall id', () => {
    for (const { id } of TECHNIQUES) expect(doc).toMatch(new RegExp(`^\\| ${id} \\|`, 'm'));
    for (const { id } of PITFALLS) expect(doc).toContain(`\`${id}\``);
  });
});
