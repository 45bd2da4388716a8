/** The scenario library as bundled into the page: checked at build time by the engine's loader (src/cli/vite-library-plugin.ts). */
import type { Library } from '../engine/index.ts';
import library from 'virtual:cooldown-library';

export function bundledLibrary(): Library {
  return library;
}
