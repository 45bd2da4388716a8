/**
 * Content names meet code as object keys: a node, ending or flag named like a
 * built-in object property ("constructor") must behave like any other name, and
 * names that are no valid id ("__proto__", "toString") must be refused where
 * they stand, never silently change what the scenario does.
 */
import { describe, expect, it } from 'vitest';
import { analyseScenario, hardFailures } from '../analysis/analyse.ts';
import { bestOutcomeJudge } from '../analysis/judge.ts';
import { loadLibrary, type ContentFile } from '../content/library.ts';
import { formatProblem } from '../content/problem.ts';
import { compileScenario } from './machine.ts';
import { createActor } from 'xstate';
import { availableChoices, beginConversation, choose, customerLine, isOver } from './conversation.ts';
import { buildDebrief } from './debrief.ts';
import { conditionHolds } from './condition.ts';
import { contentFiles } from '../test-support/content-files.ts';

const DIR = 'src/engine/content/__fixtures__/prototype-names';
const files = contentFiles(DIR);
const file = (name: string): ContentFile => files.find((f) => f.file === `${DIR}/${name}`)!;
const scenarioFile = file('fixture-prototype-names.yaml');
const personaFile = file('personas/fixture-builder.yaml');

const library = loadLibrary([scenarioFile, personaFile]);
const s = library.scenarios[0]!;
const offered = (c: ReturnType<typeof beginConversation>) => availableChoices(s, c).map((x) => x.id);

describe('names like built-in object properties', () => {
  it('load like any other', () => {
    expect(library.problems).toEqual([]);
    expect(s.data.start).toBe('constructor');
  });

  it('are played: a node called constructor speaks, and a flag called constructor holds when set and only then', () => {
    let c = beginConversation(s);
    expect(customerLine(s, c)).toBe('My timber never came and the crew is standing around!');
    expect(isOver(s, c)).toBe(false);
    const kind = choose(s, c, 'constructor');
    expect(kind.flags).toEqual({ constructor: true });
    expect(offered(kind)).toEqual(['promise', 'shrug']);
    c = choose(s, c, 'to-string');
    expect(offered(c)).toEqual(['late-sorry', 'shrug']);
    c = choose(s, c, 'late-sorry');
    expect(c.at).toBe('escalated');
    expect(buildDebrief(s, c).outcome.kind).toBe('escalated');
  });

  it('hold in a condition only as an own flag', () => {
    expect(conditionHolds({ flags: { constructor: false } }, 50, {})).toBe(true);
    expect(conditionHolds({ flags: { toString: false, hasOwnProperty: false } }, 50, {})).toBe(true);
    expect(conditionHolds({ flags: { constructor: true } }, 50, {})).toBe(false);
  });

  it('are analysed: every ending is reachable, the best line goes through them, no dead end', () => {
    const a = analyseScenario(s);
    expect(hardFailures(a)).toEqual([]);
    expect(a.deadEnds).toEqual([]);
    expect(a.unreachableNodes).toEqual([]);
    expect(a.unreachableEndings).toEqual([]);
    expect(a.best).toMatchObject({ choices: ['constructor', 'promise'], ending: 'resolved' });
    const end = choose(s, choose(s, beginConversation(s), 'constructor'), 'promise');
    expect(buildDebrief(s, end, bestOutcomeJudge(a)).outcome.kind).toBe('resolved');
  });

  it('run in the compiled machine', () => {
    const actor = createActor(compileScenario(s)).start();
    expect(actor.getSnapshot().value).toBe('constructor');
    actor.send({ type: 'CHOOSE', choiceId: 'to-string' });
    actor.send({ type: 'CHOOSE', choiceId: 'late-sorry' });
    expect(actor.getSnapshot().value).toBe('escalated');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('that are no valid id are refused at their key, not dropped', () => {
    const text = scenarioFile.text.replace(
      'sets: { constructor: true }',
      'sets: { constructor: true, __proto__: true, toString: true, hasOwnProperty: true }',
    );
    const found = loadLibrary([{ ...scenarioFile, text }, personaFile]).problems.map(formatProblem);
    const line = text.split('\n').findIndex((l) => l.includes('__proto__')) + 1;
    const col = (key: string) => text.split('\n')[line - 1]!.indexOf(key) + 1;
    const where = `${DIR}/fixture-prototype-names.yaml:${line}`;
    // A mapping of ids would drop __proto__ without a word: it is refused before that.
    expect(found).toEqual([
      `${where}:${col('__proto__')} nodes.constructor.choices[0].sets.__proto__ the key "__proto__" is not allowed (JavaScript gives it a special meaning); use a lower-case id with dashes`,
    ]);
    const rest = text.replace('__proto__: true, ', '');
    expect(loadLibrary([{ ...scenarioFile, text: rest }, personaFile]).problems.map(formatProblem)).toEqual(
      ['toString', 'hasOwnProperty'].map(
        (key) =>
          `${where}:${col(key) - '__proto__: true, '.length} nodes.constructor.choices[0].sets.${key} expected a key that is a lower-case id with dashes, like "late-parcel", found "${key}"`,
      ),
    );
  });
});
