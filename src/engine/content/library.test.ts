/**
 * The loader as authors meet it: every malformed fixture is loaded the way the
 * CLI does (the file beside the fixture persona) and must give exactly these
 * located messages, in `file:line:col path message` form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PITFALLS } from '../catalogue/index.ts';
import { loadLibrary, type ContentFile } from './library.ts';
import { formatProblem } from './problem.ts';
import { MAX_FILE_BYTES } from './yaml-source.ts';

const DIR = 'src/engine/content/__fixtures__';

function fixture(name: string): ContentFile {
  return { file: `${DIR}/${name}`, text: readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8') };
}

const persona = fixture('personas/fixture-persona.yaml');
const baseline = fixture('baseline.yaml');

function messages(files: ContentFile[]): string[] {
  return loadLibrary(files).problems.map(formatProblem);
}

/** Fixture → every message it must produce, with the path below `__fixtures__/`. */
const SCENARIO_CASES: Record<string, string[]> = {
  // An unclosed quote points where it opens, with its field, not where the parser gave up.
  'yaml-syntax-error.yaml': [
    'yaml-syntax-error.yaml:15:10 nodes.greeting.say YAML syntax: quoted text is not closed; add the closing quote mark',
  ],
  'wrong-types.yaml': [
    'wrong-types.yaml:6:13 difficulty expected a number, found text "hard"',
    'wrong-types.yaml:19:21 nodes.greeting.choices[0].techniques expected a list, found text "empathy"',
    'wrong-types.yaml:37:17 endings.hung-up.reflection expected a list, found the number 3',
  ],
  // A missing field points at the mapping it belongs in.
  'missing-required-fields.yaml': [
    'missing-required-fields.yaml:2:1 title missing required field "title" (expected text)',
    'missing-required-fields.yaml:21:9 nodes.greeting.choices[1].text missing required field "text" (expected text)',
  ],
  'missing-feedback.yaml': [
    'missing-feedback.yaml:22:9 nodes.greeting.choices[1].feedback missing required field "feedback" (expected text)',
  ],
  'duplicate-technique.yaml': [
    'duplicate-technique.yaml:19:31 nodes.greeting.choices[0].techniques[1] technique "empathy" is listed twice; it would count twice',
    'duplicate-technique.yaml:24:28 nodes.greeting.choices[1].pitfalls[1] pitfall "policy" is listed twice; it would count twice',
  ],
  'unknown-technique.yaml': [
    'unknown-technique.yaml:19:31 nodes.greeting.choices[0].techniques[1] unknown technique "active-listenning" (did you mean "active-listening"?)',
  ],
  'unknown-pitfall.yaml': [
    'unknown-pitfall.yaml:24:20 nodes.greeting.choices[1].pitfalls[0] unknown pitfall "blame-customer" (did you mean "blame"?)',
  ],
  // The typo is the only problem: the ending it was meant to reach is not also called unreachable.
  'dangling-next.yaml': [
    'dangling-next.yaml:21:15 nodes.greeting.choices[0].next unknown node or ending "resolve" (did you mean "resolved"?)',
  ],
  'dangling-branch-target.yaml': [
    'dangling-branch-target.yaml:24:17 nodes.greeting.choices[0].next[1].to unknown node or ending "manager"',
  ],
  'duplicate-node-key.yaml': [
    'duplicate-node-key.yaml:27:3 nodes.greeting duplicate key "greeting" (first at line 13): each key may appear only once in a mapping; rename or remove one',
  ],
  'duplicate-choice-id.yaml': [
    'duplicate-choice-id.yaml:22:13 nodes.greeting.choices[1].id duplicate choice id "empathise" in node "greeting"; each choice in a node needs its own id',
  ],
  'node-ending-same-id.yaml': [
    'node-ending-same-id.yaml:28:3 endings.greeting duplicate id "greeting": a node has it too; nodes and endings need different ids',
  ],
  'anger-out-of-range.yaml': ['anger-out-of-range.yaml:7:8 anger expected at most 99, found the number 120'],
  'no-choices.yaml': ['no-choices.yaml:16:14 nodes.greeting.choices expected at least 2 choices, found 0'],
  'one-choice.yaml': ['one-choice.yaml:17:7 nodes.greeting.choices expected at least 2 choices, found 1'],
  'too-many-choices.yaml': ['too-many-choices.yaml:17:7 nodes.greeting.choices expected at most 4 choices, found 5'],
  'empty-file.yaml': ['empty-file.yaml (file) file is empty; expected a YAML mapping of fields'],
  'only-comments.yaml': ['only-comments.yaml (file) file holds only comments; expected a YAML mapping of fields'],
  'list-not-mapping.yaml': ['list-not-mapping.yaml:2:1 (file) expected a YAML mapping of fields, found a list'],
  'html-in-text.yaml': [
    'html-in-text.yaml:15:10 nodes.greeting.say expected plain text without HTML tags, found text "Half my order is <b>smashed</b>!"',
    'html-in-text.yaml:18:15 nodes.greeting.choices[0].text expected plain text without HTML tags, found text "That is awful<script>alert(1)</script>"',
  ],
  // Flag problems point at the flag's own key.
  'flag-never-set.yaml': [
    'flag-never-set.yaml:22:30 nodes.greeting.choices[0].next[0].when.flags.apologised flag "apologised" is never set by any choice',
  ],
  'unreachable-node.yaml': [
    'unreachable-node.yaml:27:3 nodes.follow-up node "follow-up" is unreachable from the start "greeting": no choice or timeout leads to it',
  ],
  'unreachable-ending.yaml': [
    'unreachable-ending.yaml:38:3 endings.manager ending "manager" is unreachable from the start "greeting": no choice or timeout leads to it',
  ],
  'unreachable-cycle.yaml': [
    'unreachable-cycle.yaml:27:3 nodes.waiting node "waiting" is unreachable from the start "greeting": only "checking" leads to it, and that is unreachable too',
    'unreachable-cycle.yaml:40:3 nodes.checking node "checking" is unreachable from the start "greeting": only "waiting" leads to it, and that is unreachable too',
  ],
  // A call direction says who dialled; chat and the counter have none.
  'direction-not-phone.yaml': [
    'direction-not-phone.yaml:5:1 direction only phone calls have a direction (incoming or outgoing); this scenario is chat',
  ],
  'max-anger-not-lost.yaml': [
    'max-anger-not-lost.yaml:11:13 onMaxAnger expected an ending of kind lost (the customer gives up at anger 100), found "resolved" of kind resolved',
  ],
  // Every node is unreachable without a valid start; the start problem alone says so.
  'start-is-ending.yaml': ['start-is-ending.yaml:10:8 start expected a node to start at, found the ending "resolved"'],
  // An unknown key points at the key, and its likely meaning is not also reported missing.
  'unknown-field-typo.yaml': [
    'unknown-field-typo.yaml:19:9 nodes.greeting.choices[0].techniqes unknown field "techniqes" (did you mean "techniques"?)',
  ],
  'bad-id-format.yaml': [
    'bad-id-format.yaml:17:13 nodes.greeting.choices[0].id expected a lower-case id with dashes, like "late-parcel", found text "Empathise_Now"',
  ],
  'unknown-mood-key.yaml': [
    'unknown-mood-key.yaml:17:7 nodes.greeting.say.raging unknown field "raging"; expected one of default, calm, annoyed, frustrated, angry, furious',
  ],
  'unknown-persona.yaml': [
    'unknown-persona.yaml:5:10 persona unknown persona "fixture-persone" (did you mean "fixture-persona"?); add scenarios/personas/fixture-persone.yaml',
  ],
  'last-branch-with-when.yaml': [
    'last-branch-with-when.yaml:24:13 nodes.greeting.choices[0].next[1] the last branch must have no "when", so that the choice always leads somewhere',
  ],
  'scenario-id-mismatch.yaml': [
    'scenario-id-mismatch.yaml:2:5 id expected "scenario-id-mismatch" to match the file name, found "broken-stock"; rename the file or change the id',
  ],
  'unresolved-alias.yaml': [
    'unresolved-alias.yaml:20:19 nodes.greeting.choices[0].feedback alias *kind-words refers to no anchor; define &kind-words above it',
  ],
  'alias-bomb.yaml': [
    'alias-bomb.yaml:4:8 b[0] aliases here expand the file to an enormous size; write the content out instead of nesting aliases',
  ],
  'multiple-errors.yaml': [
    'multiple-errors.yaml:4:10 channel expected one of phone, chat, in-person, found text "email"',
    'multiple-errors.yaml:6:13 difficulty expected at most 5, found the number 9',
    'multiple-errors.yaml:17:9 nodes.greeting.choices[0].feedback missing required field "feedback" (expected text)',
    'multiple-errors.yaml:35:5 endings.hung-up.sumary unknown field "sumary" (did you mean "summary"?)',
  ],
  'multiple-semantic-errors.yaml': [
    'multiple-semantic-errors.yaml:19:31 nodes.greeting.choices[0].techniques[1] unknown technique "mirroring"; expected one of let-vent, active-listening, empathy, apology-first-person, validate-expectation, stay-calm, not-personal, no-hold, ownership, ally, simplify, root-cause, offer-options, focus-on-can, atonement, set-expectations, escalate-well, set-boundary, check-other-issues, follow-up, fast-channel, competence',
    'multiple-semantic-errors.yaml:21:15 nodes.greeting.choices[0].next unknown node or ending "fixing"',
    'multiple-semantic-errors.yaml:22:13 nodes.greeting.choices[1].id duplicate choice id "empathise" in node "greeting"; each choice in a node needs its own id',
    'multiple-semantic-errors.yaml:28:3 endings.resolved ending "resolved" is unreachable from the start "greeting": no choice or timeout leads to it',
    'multiple-semantic-errors.yaml:38:3 endings.manager ending "manager" is unreachable from the start "greeting": no choice or timeout leads to it',
  ],
};

const PERSONA_CASES: Record<string, string[]> = {
  'personas/anger-start-out-of-range.yaml': [
    'personas/anger-start-out-of-range.yaml:8:17 anger.start expected at most 99, found the number 150',
  ],
  'personas/unknown-hot-button.yaml': [
    `personas/unknown-hot-button.yaml:9:22 hotButtons[1] unknown pitfall "rudeness"; expected one of ${PITFALLS.map((p) => p.id).join(', ')}`,
  ],
  'personas/persona-id-mismatch.yaml': [
    'personas/persona-id-mismatch.yaml:2:5 id expected "persona-id-mismatch" to match the file name, found "pat"; rename the file or change the id',
  ],
  'personas/persona-missing-look.yaml': [
    'personas/persona-missing-look.yaml:2:1 look missing required field "look" (expected a mapping)',
    'personas/persona-missing-look.yaml:7:33 voice.colour unknown field "colour"; expected one of pitch, rate, lang',
  ],
};

describe('the baseline fixtures', () => {
  it('load with no problems', () => {
    const library = loadLibrary([baseline, persona]);
    expect(library.problems.map(formatProblem)).toEqual([]);
    expect(library.scenarios.map((s) => s.data.id)).toEqual(['baseline']);
    expect(library.personas.map((p) => p.id)).toEqual(['fixture-persona']);
  });
});

describe('a malformed scenario file', () => {
  it.each(Object.entries(SCENARIO_CASES))('%s gives exactly its located errors', (name, expected) => {
    const library = loadLibrary([fixture(name), persona]);
    expect(library.problems.map(formatProblem)).toEqual(expected.map((m) => `${DIR}/${m}`));
    expect(library.scenarios).toEqual([]);
    expect(library.personas.map((p) => p.id)).toEqual(['fixture-persona']);
  });

  it('every malformed fixture on disk has a case above', () => {
    const onDisk = readdirSync(new URL('./__fixtures__/', import.meta.url)).filter(
      (n) => n.endsWith('.yaml') && n !== 'baseline.yaml',
    );
    expect(onDisk.sort()).toEqual(Object.keys(SCENARIO_CASES).sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(25);
  });

  it('reports errors as single plain lines, never a stack trace', () => {
    const all = loadLibrary([
      ...Object.keys(SCENARIO_CASES).map(fixture),
      ...Object.keys(PERSONA_CASES).map(fixture),
      persona,
    ]).problems;
    for (const p of all) {
      expect(p.message).not.toMatch(/\n|Error:|\bat .+:\d+:\d+/);
      expect(p.severity).toBe('error');
    }
  });

  it('reports every error in the file at once, not just the first', () => {
    const found = messages([fixture('multiple-errors.yaml'), persona]);
    expect(found).toHaveLength(4);
    expect(new Set(found.map((m) => m.split(' ')[0])).size).toBe(4);
  });

  it('larger than the limit is refused before parsing', () => {
    // Padded to exactly 600 KB with a comment: the size alone must refuse it.
    const text = baseline.text.replace('id: baseline', 'id: huge-file');
    const huge = { file: `${DIR}/huge-file.yaml`, text: `${text}#${'x'.repeat(600 * 1024 - text.length - 2)}\n` };
    expect(new TextEncoder().encode(huge.text).length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(messages([huge, persona])).toEqual([
      `${DIR}/huge-file.yaml (file) file is 600 KB; the limit is 512 KB. Split it into several scenarios.`,
    ]);
  });

  it('does not remove valid scenarios from the library', () => {
    const library = loadLibrary([
      fixture('dangling-next.yaml'),
      fixture('yaml-syntax-error.yaml'),
      baseline,
      fixture('empty-file.yaml'),
      persona,
    ]);
    expect(library.scenarios.map((s) => s.data.id)).toEqual(['baseline']);
    expect(library.problems.map((p) => p.file)).toEqual([
      `${DIR}/dangling-next.yaml`,
      `${DIR}/empty-file.yaml`,
      `${DIR}/yaml-syntax-error.yaml`,
    ]);
  });

  it('with a duplicate scenario id in another folder keeps the first and names it', () => {
    const copy = { file: 'scenarios/extra/baseline.yaml', text: baseline.text };
    const library = loadLibrary([baseline, copy, persona]);
    expect(library.scenarios.map((s) => s.file)).toEqual([baseline.file]);
    expect(library.problems.map(formatProblem)).toEqual([
      `scenarios/extra/baseline.yaml:2:5 id duplicate scenario id "baseline": ${baseline.file} has it too`,
    ]);
  });
});

describe('a malformed persona file', () => {
  it.each(Object.entries(PERSONA_CASES))('%s gives exactly its located errors', (name, expected) => {
    const library = loadLibrary([persona, fixture(name)]);
    expect(library.problems.map(formatProblem)).toEqual(expected.map((m) => `${DIR}/${m}`));
    expect(library.personas.map((p) => p.id)).toEqual(['fixture-persona']);
  });

  it('leaves out its scenarios with a warning on the scenario saying why', () => {
    const scenario = {
      file: `${DIR}/baseline.yaml`,
      text: baseline.text.replace('persona: fixture-persona', 'persona: anger-start-out-of-range'),
    };
    const library = loadLibrary([scenario, fixture('personas/anger-start-out-of-range.yaml')]);
    expect(library.scenarios).toEqual([]);
    expect(library.problems.map(formatProblem)).toEqual([
      `${DIR}/baseline.yaml:5:10 warning: persona "anger-start-out-of-range" has errors in its own file, so this scenario is left out until they are fixed`,
      `${DIR}/personas/anger-start-out-of-range.yaml:8:17 anger.start expected at most 99, found the number 150`,
    ]);
  });
});
