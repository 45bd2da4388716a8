/**
 * Dev-server support for authors: when a scenario or persona file changes, the
 * library is checked again. Problems go to Vite's error overlay with
 * file:line:col; a clean library reloads the running game with the new content.
 */
import { resolve } from 'node:path';
import type { HmrContext, Plugin } from 'vite';
import { formatProblem, loadLibrary } from '../engine/index.ts';
import { readContentDir, SCENARIO_DIR } from './content-files.ts';

export function scenarioCheckPlugin(dir = SCENARIO_DIR): Plugin {
  const root = resolve(dir);
  return {
    name: 'cooldown-scenario-check',
    apply: 'serve',
    handleHotUpdate(ctx: HmrContext) {
      if (!ctx.file.startsWith(root) || !/\.ya?ml$/.test(ctx.file)) return;
      const errors = loadLibrary(readContentDir(dir)).problems.filter((p) => p.severity === 'error');
      if (errors.length === 0) {
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      const first = errors[0]!;
      ctx.server.ws.send({
        type: 'error',
        err: {
          message: `${errors.length} problem${errors.length === 1 ? '' : 's'} in scenario files:\n${errors.map(formatProblem).join('\n')}`,
          stack: '',
          id: first.file,
          plugin: 'cooldown-scenario-check',
          loc: { file: resolve(first.file), line: first.line, column: first.col },
        },
      });
      return [];
    },
  };
}
