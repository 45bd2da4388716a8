/**
 * Dev-server support for authors: when a scenario or persona file is saved,
 * added or deleted, the library is checked again. Problems go to Vite's error
 * overlay with file:line:col; a clean library reloads the running game with the
 * new content.
 */
import { resolve, sep } from 'node:path';
import type { HotUpdateOptions, Plugin } from 'vite';
import { escapeControl, formatProblem, loadLibrary, type ContentProblem } from '../engine/index.ts';
import { isYamlName, readContentDir, SCENARIO_DIR } from './content-files.ts';

export const PLUGIN_NAME = 'cooldown-scenario-check';

/** The library's errors, or one for the folder itself when it cannot be read (say, mid-rename). */
function contentErrors(dir: string): ContentProblem[] | string {
  try {
    return loadLibrary(readContentDir(dir)).problems.filter((p) => p.severity === 'error');
  } catch (e) {
    return `cannot read ${dir}: ${(e as Error).message}`;
  }
}

export function scenarioCheckPlugin(dir = SCENARIO_DIR): Plugin {
  const root = resolve(dir) + sep;
  return {
    name: PLUGIN_NAME,
    apply: 'serve',
    // `hotUpdate` (not the older `handleHotUpdate`) also runs when a file is created or deleted.
    hotUpdate(this: { environment: { name: string } }, options: HotUpdateOptions) {
      if (!options.file.startsWith(root) || !isYamlName(options.file)) return;
      // Once per change: the client environment is the one the game runs in.
      if (this.environment.name !== 'client') return [];
      const errors = contentErrors(dir);
      if (Array.isArray(errors) && errors.length === 0) {
        options.server.ws.send({ type: 'full-reload' });
        return [];
      }
      const first = Array.isArray(errors) ? errors[0]! : undefined;
      const message = Array.isArray(errors)
        ? `${errors.length} problem${errors.length === 1 ? '' : 's'} in scenario files:\n${errors.map(formatProblem).join('\n')}`
        : errors;
      // The overlay shows what files hold (file names too): control characters go escaped.
      options.server.ws.send({
        type: 'error',
        err: {
          message: escapeControl(message),
          stack: '',
          id: first?.file ?? options.file,
          plugin: PLUGIN_NAME,
          ...(first ? { loc: { file: resolve(first.file), line: first.line, column: first.col } } : {}),
        },
      });
      return [];
    },
  };
}
