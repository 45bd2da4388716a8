import { describe, expect, it } from 'vitest';
import type { Library } from '../engine/index.ts';
import { LIBRARY_MODULE, libraryModulePlugin } from './vite-library-plugin.ts';

type Hooks = { resolveId(id: string): string | undefined; load(id: string): string | undefined };

describe('library module', () => {
  const load = (dir: string): Library => {
    const plugin = libraryModulePlugin(dir) as unknown as Hooks;
    const code = plugin.load(plugin.resolveId(LIBRARY_MODULE)!)!;
    // Plain data: nothing for the page to import.
    expect(code).not.toContain('import ');
    return JSON.parse(JSON.parse(code.replace(/^export default JSON\.parse\((.*)\);$/s, '$1'))) as Library;
  };

  it('serves the checked library as plain data', () => {
    expect(load('src/cli/__fixtures__/good').scenarios.length).toBeGreaterThan(0);
  });

  it('keeps the problems, located, for the page to list', () => {
    const problems = load('src/cli/__fixtures__/bad').problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: expect.stringContaining('bad'), line: expect.any(Number) });
  });

  it('answers only for its own module', () => {
    const plugin = libraryModulePlugin('src/cli/__fixtures__/good') as unknown as Hooks;
    expect(plugin.resolveId('other')).toBeUndefined();
    expect(plugin.load('other')).toBeUndefined();
  });
});
