/**
 * Production builds use src/game/phaser-lean.js instead of Phaser's full
 * prebuilt bundle: the same Phaser, from its sources, without the parts the
 * game does not use. The flags are the ones Phaser's own build sets. The dev
 * server keeps the prebuilt bundle, which starts faster.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const LEAN = fileURLToPath(new URL('../game/phaser-lean.js', import.meta.url));
const SOURCES = fileURLToPath(new URL('../../node_modules/phaser/src/', import.meta.url));

export function leanPhaserPlugin(): Plugin {
  return {
    name: 'cooldown-lean-phaser',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: LEAN },
          { find: /^phaser-src\//, replacement: SOURCES },
        ],
      },
      define: {
        'typeof CANVAS_RENDERER': 'true',
        'typeof WEBGL_RENDERER': 'true',
        'typeof WEBGL_DEBUG': 'false',
        'typeof EXPERIMENTAL': 'false',
        'typeof FEATURE_SOUND': 'true',
      },
    }),
    // Phaser's sources publish the namespace on a Node-style `global`; in the page that is `globalThis`.
    transform(code, id) {
      if (id.startsWith(SOURCES) && id.endsWith('phaser-core.js'))
        return code.replace('global.Phaser = Phaser;', 'globalThis.Phaser = Phaser;');
      return undefined;
    },
  };
}
