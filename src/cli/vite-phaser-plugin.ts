/**
 * The game's Phaser is src/game/phaser-lean.js instead of Phaser's full
 * prebuilt bundle: the same Phaser, from its sources, without the parts the
 * game does not use. The flags are the ones Phaser's own build sets.
 *
 * The dev server uses the same lean Phaser as the production build, so a
 * Phaser feature the game starts to use but the lean module leaves out fails
 * in dev too, not only in the build. Phaser's sources are CommonJS, which the
 * browser cannot load as they are, so in dev Vite's dependency pre-bundling
 * bundles the lean module (listed in optimizeDeps.include under its alias,
 * `phaser`) with the same flags and the same `global` fix. That bundle is
 * cached by configuration, so the lean module's own hash is part of it, and the
 * dev server restarts to bundle it again when the module changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const LEAN = fileURLToPath(new URL('../game/phaser-lean.js', import.meta.url));
const SOURCES = fileURLToPath(new URL('../../node_modules/phaser/src/', import.meta.url));

const FLAGS = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'true',
};

// Phaser's sources publish the namespace on a Node-style `global`; in the page that is `globalThis`.
function globalFix(code: string, id: string): string | undefined {
  if (id.startsWith(SOURCES) && id.endsWith('phaser-core.js'))
    return code.replace('global.Phaser = Phaser;', 'globalThis.Phaser = Phaser;');
  return undefined;
}

const leanHash = (): string => createHash('sha256').update(readFileSync(LEAN)).digest('hex').slice(0, 12);

export function leanPhaserPlugin(): Plugin {
  return {
    name: 'cooldown-lean-phaser',
    // The page, in dev and in the build; not Vitest's server (mode 'test'): unit tests run in Node and never load Phaser.
    apply: (_config, env) => env.mode !== 'test',
    config: (_config, env) => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: LEAN },
          { find: /^phaser-src\//, replacement: SOURCES },
        ],
      },
      ...(env.command === 'build'
        ? { define: FLAGS }
        : {
            optimizeDeps: {
              include: ['phaser'],
              rolldownOptions: {
                transform: { define: FLAGS },
                // Vite hashes the names of these plugins into the pre-bundle's cache key.
                plugins: [{ name: `cooldown-lean-phaser-global-${leanHash()}`, transform: globalFix }],
              },
            },
          }),
    }),
    transform: globalFix,
    configureServer(server) {
      server.watcher.add(LEAN);
      server.watcher.on('change', (file) => {
        if (path.resolve(file) === LEAN) void server.restart();
      });
    },
  };
}
