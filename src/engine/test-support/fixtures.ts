/**
 * Loads scenario folders for tests (Node only). Throws with every located
 * problem, so a broken fixture fails loudly instead of testing nothing.
 */
import { contentFiles } from './content-files.ts';
import { loadLibrary } from '../content/library.ts';
import { formatProblem } from '../content/problem.ts';
import type { Scenario } from '../content/scenario.ts';

/** The engine's own fixture scenarios, so property tests run even while scenarios/ is empty. */
export const FIXTURE_DIR = 'src/engine/model/__fixtures__';

export function loadScenarios(dir: string): Scenario[] {
  const library = loadLibrary(contentFiles(dir));
  const errors = library.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`${dir} has content errors:\n${errors.map(formatProblem).join('\n')}`);
  return library.scenarios;
}

export function fixtureScenario(id: string): Scenario {
  const s = loadScenarios(FIXTURE_DIR).find((x) => x.data.id === id);
  if (!s) throw new Error(`no fixture scenario "${id}" in ${FIXTURE_DIR}`);
  return s;
}
