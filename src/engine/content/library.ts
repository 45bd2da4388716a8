import { contentHash } from './hash.ts';
import type { ContentProblem } from './problem.ts';
import { sortProblems } from './problem.ts';
import type { Scenario } from './scenario.ts';
import { PersonaSchema, ScenarioSchema, type PersonaData, type ScenarioData } from './schema.ts';
import { schemaProblems } from './schema-problems.ts';
import { checkPersona, checkScenario } from './semantics.ts';
import { YamlSource } from './yaml-source.ts';

export interface ContentFile {
  /** Path relative to the content root, e.g. `scenarios/late-parcel.yaml` or `scenarios/personas/mara.yaml`. */
  file: string;
  text: string;
}

export interface Library {
  scenarios: Scenario[];
  personas: PersonaData[];
  /** Errors and warnings across all files; a file with an error contributes nothing to the library. */
  problems: ContentProblem[];
}

export function isPersonaFile(file: string): boolean {
  return /(^|\/)personas\/[^/]+$/.test(file);
}

function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

function parse<T>(
  f: ContentFile,
  schema: { safeParse(d: unknown, o: { reportInput: boolean }): { success: true; data: T } | { success: false; error: { issues: unknown[] } } },
): { source: YamlSource; data?: T; problems: ContentProblem[] } {
  const source = YamlSource.parse(f.file, f.text);
  if (source.problems.length > 0) return { source, problems: source.problems };
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) return { source, problems: schemaProblems(source, result.error.issues as never) };
  const problems: ContentProblem[] = [];
  const id = (result.data as { id: string }).id;
  if (id !== baseName(f.file)) problems.push(source.problem(['id'], `id "${id}" must match the file name "${baseName(f.file)}"`));
  return { source, data: result.data, problems };
}

/** Validates every file, resolves personas, and returns what is playable plus every problem found. */
export function loadLibrary(files: readonly ContentFile[]): Library {
  const problems: ContentProblem[] = [];
  const personas = new Map<string, PersonaData>();
  const personaFiles = files.filter((f) => isPersonaFile(f.file));
  const scenarioFiles = files.filter((f) => !isPersonaFile(f.file));

  const personaIds = new Set(personaFiles.map((f) => baseName(f.file)));
  for (const f of personaFiles) {
    const parsed = parse<PersonaData>(f, PersonaSchema);
    const semantic = parsed.data ? checkPersona(parsed.source, parsed.data) : [];
    const all = [...parsed.problems, ...semantic];
    problems.push(...all);
    if (parsed.data && !all.some((p) => p.severity === 'error')) personas.set(parsed.data.id, parsed.data);
  }

  const scenarios: Scenario[] = [];
  const seenIds = new Map<string, string>();
  for (const f of scenarioFiles) {
    const parsed = parse<ScenarioData>(f, ScenarioSchema);
    const semantic = parsed.data ? checkScenario(parsed.source, parsed.data, personaIds) : [];
    const all = [...parsed.problems, ...semantic];
    problems.push(...all);
    const data = parsed.data;
    if (!data || all.some((p) => p.severity === 'error')) continue;
    const persona = personas.get(data.persona);
    if (!persona) continue; // the persona file has its own errors, already reported
    const other = seenIds.get(data.id);
    if (other) {
      problems.push(parsed.source.problem(['id'], `duplicate scenario id "${data.id}": ${other} has it too`));
      continue;
    }
    const order = data.tracks?.onboarding;
    const sameOrder = order === undefined ? undefined : scenarios.find((x) => x.data.tracks?.onboarding === order);
    if (sameOrder) problems.push(parsed.source.problem(['tracks', 'onboarding'], `onboarding position ${order} is taken by ${sameOrder.file}`));
    seenIds.set(data.id, f.file);
    scenarios.push({ data, persona, file: f.file, hash: contentHash({ scenario: data, persona }) });
  }
  return { scenarios, personas: [...personas.values()], problems: sortProblems(problems) };
}
