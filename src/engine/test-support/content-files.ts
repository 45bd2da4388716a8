/**
 * The scenario files the engine's tests read: the library and the fixtures,
 * gathered by the test runner's module graph (Vite's import.meta.glob), so
 * the engine's tests touch no file system code and import nothing outside the engine.
 */
import type { ContentFile } from '../content/library.ts';

const FILES = import.meta.glob<string>(['/scenarios/**/*.yaml', '/src/engine/**/__fixtures__/**/*.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every `.yaml` file under `dir` (relative to the project root), leaving out nested `__fixtures__` folders. */
export function contentFiles(dir: string): ContentFile[] {
  const prefix = `/${dir.replace(/\/$/, '')}/`;
  return Object.entries(FILES)
    .filter(([path]) => path.startsWith(prefix) && !path.slice(prefix.length).includes('__fixtures__/'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ file: path.slice(1), text }));
}
