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
    const parsed = parse<T>(f, schema);
    return { ...parsed, problems: [...parsed.problems, ...(parsed.data ? semantic(parsed.source, parsed.data) : [])] };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      problems: [
        {
          file: f.file,
          line: 0,
          col: 0,
          path: '(file)',
          message: `could not be checked: ${reason}`,
          severity: 'error',
        },
      ],
    };
  }
}

/** Validates every file, resolves personas, and returns what is playable plus every problem found. */
export function loadLibrary(files: readonly ContentFile[]): Library {
  const problems: ContentProblem[] = [];
  const personas = new Map<string, PersonaData>();
  const personaFiles = files.filter((f) => isPersonaFile(f.file));
  const scenarioFiles = files.filter((f) => !isPersonaFile(f.file));

  const personaIds = new Set(personaFiles.map((f) => baseName(f.file)));
  for (const f of personaFiles) {
    const checked = check<PersonaData>(f, PersonaSchema, checkPersona);
    problems.push(...checked.problems);
    if (checked.data && !checked.problems.some((p) => p.severity === 'error'))
      personas.set(checked.data.id, checked.data);
  }

  const scenarios: Scenario[] = [];
  const seenIds = new Map<string, string>();
  for (const f of scenarioFiles) {
    const parsed = check<ScenarioData>(f, ScenarioSchema, (source, data) => checkScenario(source, data, personaIds));
    problems.push(...parsed.problems);
    const data = parsed.data;
    if (!data || !parsed.source || parsed.problems.some((p) => p.severity === 'error')) continue;
    const persona = personas.get(data.persona);
    if (!persona) {
      // The persona file's own errors are reported there; say here why this scenario is missing.
      const message = `"${data.persona}" has errors in its own file, so this scenario is left out until they are fixed`;
      problems.push(parsed.source.problem(['persona'], message, { severity: 'warning' }));
      continue;
    }
    const other = seenIds.get(data.id);
    if (other) {
      problems.push(parsed.source.problem(['id'], `duplicate scenario id "${data.id}": ${other} has it too`));
      continue;
    }
    const order = data.tracks?.onboarding;
    const sameOrder = order === undefined ? undefined : scenarios.find((x) => x.data.tracks?.onboarding === order);
    if (sameOrder)
      problems.push(
        parsed.source.problem(['tracks', 'onboarding'], `onboarding position ${order} is taken by ${sameOrder.file}`),
      );
    seenIds.set(data.id, f.file);
    scenarios.push({ data, persona, file: f.file, hash: contentHash({ scenario: data, persona }) });
  }
  return { scenarios, personas: [...personas.values()], problems: sortProblems(problems) };
}
