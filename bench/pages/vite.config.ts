/**
 * The bench's own pages, built like the game (same target) into
 * bench/.build/pages: the bare Phaser baseline (stock Phaser, one scene) and
 * the storage page (the game's own repository over the browser's IndexedDB).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { libraryModulePlugin } from '../../src/cli/vite-library-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [libraryModulePlugin(here('../../scenarios'))],
  build: {
    target: 'es2022',
    outDir: here('../.build/pages'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: { baseline: here('baseline/index.html'), storage: here('storage/index.html') } },
  },
});
