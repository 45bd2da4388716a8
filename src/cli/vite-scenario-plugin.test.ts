import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HmrContext } from 'vite';
import { scenarioCheckPlugin } from './vite-scenario-plugin.ts';

function editedCopy() {
  const dir = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'scenarios-')));
  cpSync('src/engine/model/__fixtures__', dir, { recursive: true });
  return dir;
}

function hotUpdate(dir: string, file: string) {
  const sent: { type: string; err?: { message: string; loc: { file: string; line: number; column: number } } }[] = [];
  const plugin = scenarioCheckPlugin(dir);
  const hook = plugin.handleHotUpdate as (ctx: HmrContext) => unknown;
  const result = hook({ file: resolve(file), server: { ws: { send: (m: never) => sent.push(m) } } } as unknown as HmrContext);
  return { sent, result };
}

describe('the dev-server scenario check', () => {
  it('reloads the game when the edited content is valid', () => {
    const dir = editedCopy();
    const { sent, result } = hotUpdate(dir, join(dir, 'fixture-broken-kettle.yaml'));
    expect(sent).toEqual([{ type: 'full-reload' }]);
    expect(result).toEqual([]);
  });

  it('shows problems in the overlay with file, line and column, and does not reload', () => {
    const dir = editedCopy();
    const file = join(dir, 'fixture-broken-kettle.yaml');
    writeFileSync(file, 'id: fixture-broken-kettle\ntitle: 3\n');
    const { sent } = hotUpdate(dir, file);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.type).toBe('error');
    expect(sent[0]!.err!.message).toMatch(new RegExp(`^\\d+ problems in scenario files:\\n${file.replace(/[.]/g, '\\.')}:\\d+:\\d+ `));
    expect(sent[0]!.err!.loc.file).toBe(resolve(file));
  });

  it('ignores files outside the scenario folder', () => {
    expect(hotUpdate(editedCopy(), 'src/main.ts').result).toBeUndefined();
  });
});
