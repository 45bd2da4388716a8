/**
 * The production build of the game and the bench's own pages, into
 * bench/.build/ (git-ignored) so `dist/` is never touched.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const APP_BUILD = fileURLToPath(new URL('../.build/app/', import.meta.url));
export const PAGES_BUILD = fileURLToPath(new URL('../.build/pages/', import.meta.url));

export async function buildAll(): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: APP_BUILD, emptyOutDir: true } });
  await build({ logLevel: 'warn', configFile: fileURLToPath(new URL('../pages/vite.config.ts', import.meta.url)) });
}
