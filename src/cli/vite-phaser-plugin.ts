/**
 * The game's Phaser is src/game/phaser-lean.js instead of Phaser's full
 * prebuilt bundle: the same Phaser, from its sources, without the parts the
 * game does not use. The flags are the ones Phaser's own build sets, except
 * that the WebGL renderer is left out.
 *
 * The dev server uses the same lean Phaser as the production build, so a
 * Phaser feature the game starts to use but the lean module leaves out fails
 * in dev too, not only in the build. Phaser's sources are CommonJS, which the
 * browser cannot load as they are, so in dev Vite's dependency pre-bundling
 * bundles the lean module (listed in optimizeDeps.include under its alias,
 * `phaser`) with the same flags and the same source fixes. That bundle is
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

// Canvas only: the pictures are painted into canvas textures and then only moved, scaled and faded, which
// the 2D canvas does as well as WebGL with a GPU and far better without one (src/game/stage.ts says why).
const FLAGS = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'true',
};

/** Replaces `from` in a Phaser source, failing the build when a new Phaser no longer has it. */
function patch(code: string, id: string, from: string, to: string): string {
  if (!code.includes(from)) throw new Error(`${id}: expected Phaser source not found (${from}); check this patch`);
  return code.replace(from, to);
}

/**
 * Two changes to Phaser's sources as they load. They publish the namespace on a Node-style `global`; in the
 * page that is `globalThis`. And their device check opens a WebGL context at load only to learn whether
 * WebGL exists, which without a GPU sets up the GPU process's channel (50–100 ms of the page's thread) for a
 * renderer this build leaves out.
 */
function sourceFix(code: string, id: string): string | undefined {
  if (!id.startsWith(SOURCES)) return undefined;
  if (id.endsWith('phaser-core.js')) return patch(code, id, 'global.Phaser = Phaser;', 'globalThis.Phaser = Phaser;');
  if (id.endsWith('/device/Features.js'))
    return patch(code, id, "canvas.getContext('webgl') || canvas.getContext('experimental-webgl')", 'null');
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
                plugins: [{ name: `cooldown-lean-phaser-sources-${leanHash()}`, transform: sourceFix }],
              },
            },
          }),
    }),
    transform: sourceFix,
    configureServer(server) {
      server.watcher.add(LEAN);
      server.watcher.on('change', (file) => {
        if (path.resolve(file) === LEAN) void server.restart();
      });
    },
  };
}
