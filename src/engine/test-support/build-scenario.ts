/**
 * Builds scenarios and personas for tests from small inline objects. Everything
 * goes through the real loader, so a test scenario is a valid content file and
 * a test cannot pass on a shape no author could write.
 */
import { stringify } from 'yaml';
import { formatProblem } from '../content/problem.ts';
import { loadLibrary } from '../content/library.ts';
import type { Scenario } from '../content/scenario.ts';
import { PersonaSchema, type PersonaData } from '../content/schema.ts';
import type { z } from 'zod';
import type { ChoiceSchema, EndingSchema, NodeSchema, ScenarioSchema } from '../content/schema.ts';

export type PersonaInput = Partial<Omit<z.input<typeof PersonaSchema>, 'anger'>> & {
  anger?: Partial<PersonaData['anger']>;
};
export type ChoiceInput = z.input<typeof ChoiceSchema>;
export type NodeInput = z.input<typeof NodeSchema>;
export type EndingInput = z.input<typeof EndingSchema>;
export type ScenarioInput = Partial<Omit<z.input<typeof ScenarioSchema>, 'nodes'>> & {
  nodes: Record<string, NodeInput>;
};

const BASE_PERSONA = {
  id: 'test-persona',
  name: 'Pat Example',
  age: 40,
  role: 'test customer',
  backstory: 'Exists only in tests.',
  look: { skin: '#c68642', hair: '#3b2a1a', hairStyle: 'short', shirt: '#336699' },
  anger: { start: 50, volatility: 3, patience: 3 },
};

function personaObject(input: PersonaInput): Record<string, unknown> {
  return { ...BASE_PERSONA, ...input, anger: { ...BASE_PERSONA.anger, ...input.anger } };
}

/** A persona with neutral traits (start 50, volatility 3, patience 3) unless overridden. */
export function personaFrom(input: PersonaInput = {}): PersonaData {
  return PersonaSchema.parse(personaObject(input));
}

/** The default endings: `resolved` and the `lost` ending that anger 100 leads to. */
export const DEFAULT_ENDINGS: Record<string, EndingInput> = {
  resolved: {
    kind: 'resolved',
    say: 'Thanks, that sorts it.',
    summary: 'You calmed them and fixed it.',
    reflection: ['What worked?'],
  },
  lost: { kind: 'lost', say: 'Forget it!', summary: 'They gave up on you.', reflection: ['When did it turn?'] },
};

/** A reply with placeholder text and feedback; override anything. */
export function reply(id: string, next: ChoiceInput['next'], rest: Partial<ChoiceInput> = {}): ChoiceInput {
  return { id, text: `Reply ${id}.`, feedback: `Feedback on ${id}.`, next, ...rest };
}

/**
 * A scenario from the given nodes (and anything else), with defaults for the
 * rest: phone channel, start at the first node, the default endings. Throws
 * with every loader problem if the result is not valid content.
 */
export function scenarioFrom(input: ScenarioInput, persona: PersonaInput = {}): Scenario {
  const p = personaObject(persona);
  const data = {
    id: 'test-scenario',
    title: 'Test scenario',
    channel: 'phone',
    persona: p.id,
    difficulty: 1,
    summary: 'A scenario built in a test.',
    situation: 'A customer calls.',
    goal: 'Calm them down.',
    start: Object.keys(input.nodes)[0],
    onMaxAnger: 'lost',
    endings: DEFAULT_ENDINGS,
    ...input,
  };
  const library = loadLibrary([
    { file: `scenarios/${String(data.id)}.yaml`, text: stringify(data) },
    { file: `scenarios/personas/${String(p.id)}.yaml`, text: stringify(p) },
  ]);
  const errors = library.problems.filter((x) => x.severity === 'error');
  const scenario = library.scenarios[0];
  if (errors.length > 0 || !scenario)
    throw new Error(`test scenario is not valid content:\n${errors.map(formatProblem).join('\n')}`);
  return scenario;
}
