/**
 * The scenario library as a build-time module: the YAML files are parsed,
 * validated and resolved in Node (the same `loadLibrary` the CLI runs) and the
 * page imports the result as plain data, so neither the YAML parser nor the
 * content schema is shipped to the browser. Problems travel with the library,
 * so the home and library screens still list them with file:line:col.
 */
import { resolve, sep } from 'node:path';
import type { HotUpdateOptions, Plugin } from 'vite';
import { loadLibrary } from '../engine/index.ts';
import { isYamlName, readContentDir, SCENARIO_DIR } from './content-files.ts';

export const LIBRARY_MODULE = 'virtual:cooldown-library';
const RESOLVED = `\0${LIBRARY_MODULE}`;

export function libraryModulePlugin(dir = SCENARIO_DIR): Plugin {
  const root = resolve(dir) + sep;
  return {
    name: 'cooldown-library-module',
    resolveId: (id) => (id === LIBRARY_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      // JSON.parse of a string literal starts up faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadLibrary(readContentDir(dir))))});`;
    },
    // A saved, added or deleted content file makes the module stale; the check plugin then reloads the page.
    hotUpdate(
      this: { environment: { moduleGraph: { getModuleById(id: string): unknown; invalidateModule(m: never): void } } },
      options: HotUpdateOptions,
    ) {
      if (!options.file.startsWith(root) || !isYamlName(options.file)) return;
      const graph = this.environment.moduleGraph;
      const mod = graph.getModuleById(RESOLVED);
      if (mod) graph.invalidateModule(mod as never);
    },
  };
}
