/** The scenario library as bundled into the page: the same files and loader the CLI uses. */
import { loadLibrary, type ContentFile, type Library } from '../engine/index.ts';

const raw = import.meta.glob<string>(['/scenarios/**/*.yaml', '!/scenarios/**/__fixtures__/**'], { query: '?raw', import: 'default', eager: true });

export function bundledLibrary(): Library {
  const files: ContentFile[] = Object.entries(raw).map(([path, text]) => ({ file: path.replace(/^\//, ''), text }));
  return loadLibrary(files);
}
