/**
 * Messages for schema mistakes that the fixtures do not each cover: unions
 * (a line, a next, an anger effect, a timer), record keys and typos in enums.
 * Each case is one edit of the valid baseline fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from './library.ts';
import { formatProblem } from './problem.ts';

const FILE = 'src/engine/content/__fixtures__/baseline.yaml';
const baseline = readFileSync(new URL('./__fixtures__/baseline.yaml', import.meta.url), 'utf8');
const persona = {
  file: 'src/engine/content/__fixtures__/personas/fixture-persona.yaml',
  text: readFileSync(new URL('./__fixtures__/personas/fixture-persona.yaml', import.meta.url), 'utf8'),
};

function edited(from: string, to: string): string[] {
  if (!baseline.includes(from)) throw new Error(`baseline has no "${from}"`);
  const text = baseline.replace(from, to);
  return loadLibrary([{ file: FILE, text }, persona]).problems.map((p) => formatProblem(p).replace(`${FILE}:`, ''));
}

const CHOICE = '        techniques: [empathy]\n';

describe('schema messages', () => {
  it.each([
    [
      'a line that is neither text nor mood lines',
      '    say: "Half my order is smashed!"',
      '    say: 5',
      '15:10 nodes.greeting.say expected text or a mapping, found the number 5',
    ],
    [
      'an empty line',
      '    say: "Half my order is smashed!"',
      '    say:',
      '15:9 nodes.greeting.say expected text or a mapping, found nothing (an empty value)',
    ],
    [
      'blank text',
      '    say: "Half my order is smashed!"',
      '    say: "   "',
      '15:10 nodes.greeting.say expected some text, found empty text',
    ],
    [
      'mood lines with no line at all',
      '    say: "Half my order is smashed!"',
      '    say: {}',
      '15:10 nodes.greeting.say expected at least one line (default or a mood), found a mapping',
    ],
    [
      'an anger effect with both adjust and change',
      CHOICE,
      `${CHOICE}        anger: { adjust: 3, change: 4 }\n`,
      '20:16 nodes.greeting.choices[0].anger expected a mapping with the field "adjust" or the field "change", found a mapping with the fields "adjust", "change"',
    ],
    [
      'a misspelt anger effect',
      CHOICE,
      `${CHOICE}        anger: { adjsut: 3 }\n`,
      '20:16 nodes.greeting.choices[0].anger expected a mapping with the field "adjust" or the field "change", found a mapping with the field "adjsut" (did you mean "adjust"?)',
    ],
    [
      'an anger effect given as a bare number',
      CHOICE,
      `${CHOICE}        anger: 5\n`,
      '20:16 nodes.greeting.choices[0].anger expected a mapping with the field "adjust" or a mapping with the field "change", found the number 5',
    ],
    [
      'a timer that is neither seconds nor false',
      'difficulty: 2\n',
      'difficulty: 2\ntimer: true\n',
      '7:8 timer expected a number or false, found true',
    ],
    [
      'a timer that is too short',
      'difficulty: 2\n',
      'difficulty: 2\ntimer: 2\n',
      '7:8 timer expected at least 3, found the number 2',
    ],
    [
      'a next that is a mapping',
      '        next: fix\n',
      '        next: { to: fix }\n',
      '22:15 nodes.greeting.choices[0].next expected text or a list, found a mapping',
    ],
    [
      'a branch without a target',
      '        next: fix\n',
      '        next: [ { when: { mood: [calm] } } ]\n',
      '22:17 nodes.greeting.choices[0].next[0].to missing required field "to" (expected text)',
    ],
    [
      'an empty branch list',
      '        next: fix\n',
      '        next: []\n',
      '22:15 nodes.greeting.choices[0].next expected at least 1 item, found 0',
    ],
    [
      'a node key that is not an id',
      '  greeting:\n',
      '  Greeting:\n',
      '13:3 nodes.Greeting expected a key that is a lower-case id with dashes, like "late-parcel", found "Greeting"',
    ],
    [
      'a misspelt stage',
      '    stage: venting',
      '    stage: venitng',
      '14:12 nodes.greeting.stage expected one of venting, disarming, solving, closing, found text "venitng" (did you mean "venting"?)',
    ],
    [
      'a fraction where a whole number belongs',
      'difficulty: 2\n',
      'difficulty: 2.5\n',
      '6:13 difficulty expected a whole number, found the number 2.5',
    ],
    [
      'an unknown field with no likely meaning',
      'difficulty: 2\n',
      'difficulty: 2\ntracks: { refresher: true, beginners: true }\n',
      '7:28 tracks.beginners unknown field "beginners"; expected one of onboarding, refresher',
    ],
    [
      'an unknown mood in a condition',
      CHOICE,
      `${CHOICE}        when: { mood: [raging] }\n`,
      '20:24 nodes.greeting.choices[0].when.mood[0] expected one of calm, annoyed, frustrated, angry, furious, found text "raging"',
    ],
    [
      'an empty anger range',
      CHOICE,
      `${CHOICE}        when: { anger: { min: 80, max: 20 } }\n`,
      '20:24 nodes.greeting.choices[0].when.anger anger range is empty: min 80 is above max 20',
    ],
    [
      'a timeout leading nowhere',
      '    say: "Half my order is smashed!"\n',
      '    say: "Half my order is smashed!"\n    timeout: { next: nowhere }\n',
      '16:22 nodes.greeting.timeout.next unknown node or ending "nowhere"',
    ],
    [
      'a tab used for indentation',
      '    say: "Half my order is smashed!"',
      '\tsay: "Half my order is smashed!"',
      '15:1 (yaml) YAML syntax: tabs are not allowed for indentation; indent with spaces',
    ],
  ])('%s', (_, from, to, expected) => {
    expect(edited(from, to)[0]).toBe(expected);
  });

  it('a duplicate key inside a choice names the key and where it first appears', () => {
    expect(
      edited('        feedback: Feelings first.\n', '        feedback: Feelings first.\n        text: "Again."\n'),
    ).toEqual([
      '21:9 nodes.greeting.choices[0].text duplicate key "text" (first at line 18): each key may appear only once in a mapping; rename or remove one',
    ]);
  });

  it('two files in one give a clear message', () => {
    expect(edited('id: baseline\n', 'id: baseline\n---\nid: other\n')).toEqual([
      '3:1 (yaml) YAML syntax: the file holds more than one YAML document (a second "---"); put each scenario or persona in its own file',
    ]);
  });
});
