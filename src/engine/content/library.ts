import type { z } from 'zod';
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
  /**
   * What went wrong reading the file, found by whoever read it (bytes that are not
   * UTF-8, a link to nowhere): reported as the file's problems, and `text` is not checked.
   */
  problems?: readonly ContentProblem[];
}

/** Problems listed for one file; the rest are counted on one line after them. */
export const MAX_PROBLEMS_PER_FILE = 100;

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
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/i, '');
}

function parse<T>(
  f: ContentFile,
  schema: z.core.$ZodType & {
    safeParse(
      d: unknown,
      o: { reportInput: boolean },
    ): { success: true; data: T } | { success: false; error: { issues: unknown[] } };
  },
): { source: YamlSource; data?: T; problems: ContentProblem[] } {
  const source = YamlSource.parse(f.file, f.text);
  if (source.problems.length > 0) return { source, problems: source.problems };
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) return { source, problems: schemaProblems(source, result.error.issues as never, [], schema) };
  const problems: ContentProblem[] = [];
  const id = (result.data as { id: string }).id;
  const name = baseName(f.file);
  if (id !== name)
    problems.push(
      source.problem(
        ['id'],
        `expected "${name}" to match the file name, found "${id}"; rename the file or change the id`,
      ),
    );
  return { source, data: result.data, problems };
}

/**
 * Schema and semantic checks for one file. Each file is checked on its own, and an
 * unforeseen failure becomes a problem for that file rather than a crash of the loader.
 */
function check<T>(
  f: ContentFile,
  schema: Parameters<typeof parse<T>>[1],
  semantic: (source: YamlSource, data: T) => ContentProblem[],
): { source?: YamlSource; data?: T; problems: ContentProblem[] } {
  try {
    if (f.problems && f.problems.length > 0) return { problems: capped([...f.problems]) };
    const parsed = parse<T>(f, schema);
    const problems = parsed.problems.concat(parsed.data ? semantic(parsed.source, parsed.data) : []);
    return { ...parsed, problems: capped(problems) };
  } catch (e) {
    return { problems: [failed(f, e)] };
  }
}

function failed(f: ContentFile, e: unknown): ContentProblem {
  const reason = e instanceof Error ? e.message : String(e);
  return {
    file: fileName(f),
    line: 0,
    col: 0,
    path: '(file)',
    message: `could not be checked: ${reason.split('\n')[0]}`,
    severity: 'error',
  };
}

function fileName(f: ContentFile): string {
  try {
    return String(f.file);
  } catch {
    return '(a file)';
  }
}

/**
 * One file's problems in file order, the first MAX_PROBLEMS_PER_FILE of them, then
 * one line that counts the rest (placed where the first of them is, so it sorts last).
 */
function capped(problems: ContentProblem[]): ContentProblem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const sorted = sortProblems(problems);
  const first = sorted[MAX_PROBLEMS_PER_FILE]!;
  const rest = sorted.slice(MAX_PROBLEMS_PER_FILE);
  const omitted = rest.length;
  const summary: ContentProblem = {
    file: first.file,
    line: first.line,
    col: first.col,
    path: '(file)',
    message: `… and ${thousands(omitted)} more problem${omitted === 1 ? '' : 's'} in this file`,
    severity: rest.some((p) => p.severity === 'error') ? 'error' : 'warning',
    omitted,
  };
  return [...sorted.slice(0, MAX_PROBLEMS_PER_FILE), summary];
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Validates every file, resolves personas, and returns what is playable plus every problem found. */
export function loadLibrary(files: readonly ContentFile[]): Library {
  const problems: ContentProblem[] = [];
  // One at a time: a spread of a huge list would overflow the stack.
  const report = (list: readonly ContentProblem[]) => {
    for (const p of list) problems.push(p);
  };
  const personas = new Map<string, PersonaData>();
  const personaFiles = files.filter((f) => isPersonaFile(fileName(f)));
  const scenarioFiles = files.filter((f) => !isPersonaFile(fileName(f)));

  const personaIds = new Set(personaFiles.map((f) => baseName(fileName(f))));
  for (const f of personaFiles) {
    const checked = check<PersonaData>(f, PersonaSchema, checkPersona);
    report(checked.problems);
    if (checked.data && !checked.problems.some((p) => p.severity === 'error'))
      personas.set(checked.data.id, checked.data);
  }

  const scenarios: Scenario[] = [];
  const seenIds = new Map<string, string>();
  for (const f of scenarioFiles) {
    const parsed = check<ScenarioData>(f, ScenarioSchema, (source, data) => checkScenario(source, data, personaIds));
    report(parsed.problems);
    const data = parsed.data;
    const source = parsed.source;
    if (!data || !source || parsed.problems.some((p) => p.severity === 'error')) continue;
    try {
      const persona = personas.get(data.persona);
      if (!persona) {
        // The persona file's own errors are reported there; say here why this scenario is missing.
        const message = `"${data.persona}" has errors in its own file, so this scenario is left out until they are fixed`;
        problems.push(source.problem(['persona'], message, { severity: 'warning' }));
        continue;
      }
      const other = seenIds.get(data.id);
      if (other) {
        problems.push(source.problem(['id'], `duplicate scenario id "${data.id}": ${other} has it too`));
        continue;
      }
      const order = data.tracks?.onboarding;
      const sameOrder = order === undefined ? undefined : scenarios.find((x) => x.data.tracks?.onboarding === order);
      if (sameOrder)
        problems.push(
          source.problem(['tracks', 'onboarding'], `onboarding position ${order} is taken by ${sameOrder.file}`),
        );
      const scenario = { data, persona, file: f.file, hash: contentHash({ scenario: data, persona }) };
      seenIds.set(data.id, f.file);
      scenarios.push(scenario);
    } catch (e) {
      problems.push(failed(f, e));
    }
  }
  return { scenarios, personas: [...personas.values()], problems: sortProblems(problems) };
}
