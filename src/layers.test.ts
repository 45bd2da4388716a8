/**
 * The layers, enforced: every import in src/ points down (docs/architecture.md).
 * A failure names the file, the import and the rule it breaks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

type Layer = 'engine' | 'storage' | 'lms' | 'app' | 'messages' | 'ui' | 'game' | 'cli' | 'main';

/** What each layer may import besides itself. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  engine: [],
  storage: ['engine'],
  // Talking to a learning management system: I/O beside storage.
  lms: ['engine'],
  app: ['engine', 'storage', 'lms'],
  // The catalogue names the ids it words (moods, ending kinds, sound cues, timer settings).
  messages: ['engine', 'app'],
  ui: ['app', 'engine', 'messages'],
  game: ['app', 'engine', 'messages'],
  cli: ['engine', 'storage', 'lms', 'messages'],
  main: ['engine', 'storage', 'lms', 'app', 'messages', 'ui', 'game'],
};

/** The ui's ports that the game implements or publishes to: the only way between the two. */
const PORTS: Partial<Record<Layer, readonly string[]>> = { game: ['src/ui/stage-port.ts', 'src/ui/state-hook.ts'] };

/** Packages that belong to a layer above: drawing, sound and the browser's storage. */
const PRESENTATION_PACKAGES = ['phaser', 'howler', 'localforage'];
const PACKAGES_KEPT_OUT: Record<Layer, readonly string[]> = {
  engine: [...PRESENTATION_PACKAGES],
  storage: ['phaser', 'howler'],
  lms: [...PRESENTATION_PACKAGES],
  app: [...PRESENTATION_PACKAGES],
  messages: [...PRESENTATION_PACKAGES],
  ui: ['phaser'],
  game: ['localforage'],
  cli: ['phaser', 'howler', 'localforage'],
  main: [],
};

/** The layer a file belongs to; undefined for a file of its own at the top of src/ (like this test). */
function layerOf(file: string): Layer | undefined {
  if (file === 'src/main.ts') return 'main';
  const folder = file.split('/');
  return folder.length > 2 ? (folder[1] as Layer) : undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sourceFiles(path);
    return /\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file imports, statically or dynamically, types included. */
function importsOf(text: string): string[] {
  const found = text.matchAll(
    /(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
  );
  return [...found].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

function violations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles('src')) {
    const from = layerOf(file);
    if (!from) continue;
    if (!(from in MAY_IMPORT)) {
      out.push(`${file}: src/${from}/ is no layer yet; give it a place in MAY_IMPORT`);
      continue;
    }
    const test = /\.test\.ts$/.test(file) || file.includes('/test-support/');
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = relative('.', normalize(join(dirname(file), spec)));
        if (!target.startsWith('src/')) {
          out.push(`${file} imports ${target}: src/ imports nothing outside src/`);
          continue;
        }
        const to = layerOf(target);
        if (to && (to === from || MAY_IMPORT[from].includes(to) || PORTS[from]?.includes(target))) continue;
        out.push(`${file} imports ${target}: ${from} may import ${MAY_IMPORT[from].join(', ') || 'only itself'}`);
      } else {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (PACKAGES_KEPT_OUT[from].includes(pkg)) out.push(`${file} imports ${pkg}: not in ${from}`);
        if (spec.startsWith('node:') && !test && !['cli', 'main'].includes(from))
          out.push(`${file} imports ${spec}: only the CLI and tests run in Node`);
      }
    }
  }
  return out;
}

describe('layers', () => {
  it('every import in src/ points down', () => {
    expect(violations()).toEqual([]);
  });

  it('finds imports of every form', () => {
    const text = [
      "import { a } from '../engine/a.ts';",
      "import type { B } from '../storage/b.ts';",
      "export { c } from './c.ts';",
      'import {\n  d,\n  e,\n} from "../ui/d.ts";',
      "const f = await import('../game/f.ts');",
      "import 'side-effect';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      '../engine/a.ts',
      '../storage/b.ts',
      './c.ts',
      '../ui/d.ts',
      '../game/f.ts',
      'side-effect',
    ]);
  });
});
