import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HotUpdateOptions } from 'vite';
import { scenarioCheckPlugin } from './vite-scenario-plugin.ts';

function editedCopy() {
  const dir = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'scenarios-')));
  cpSync('src/engine/model/__fixtures__', dir, { recursive: true });
  return dir;
}

type Sent = {
  type: string;
  err?: { message: string; id: string; loc?: { file: string; line: number; column: number } };
};

function hotUpdate(dir: string, file: string, type: HotUpdateOptions['type'] = 'update', environment = 'client') {
  const sent: Sent[] = [];
  const hook = scenarioCheckPlugin(dir).hotUpdate as (this: unknown, o: HotUpdateOptions) => unknown;
  const options = {
    type,
    file: resolve(file),
    timestamp: 0,
    modules: [],
    read: () => '',
    server: { ws: { send: (m: Sent) => sent.push(m) } },
  };
  const result = hook.call({ environment: { name: environment } }, options as unknown as HotUpdateOptions);
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
    expect(sent[0]!.err!.message).toMatch(
      new RegExp(`^\\d+ problems in scenario files:\\n${file.replace(/[.]/g, '\\.')}:\\d+:\\d+ `),
    );
    expect(sent[0]!.err!.id).toBe(file);
    expect(sent[0]!.err!.loc).toMatchObject({
      file: resolve(file),
      line: expect.any(Number),
      column: expect.any(Number),
    });
  });

  it('checks again when a file is deleted: a scenario that lost its persona is an error', () => {
    const dir = editedCopy();
    const persona = join(dir, 'personas', 'fixture-rosa.yaml');
    rmSync(persona);
    const { sent } = hotUpdate(dir, persona, 'delete');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.err!.message).toContain('fixture-rosa');
    expect(sent[0]!.err!.loc!.file).toBe(resolve(join(dir, 'fixture-broken-kettle.yaml')));
  });

  it('reports once, from the client environment only', () => {
    const dir = editedCopy();
    const { sent, result } = hotUpdate(dir, join(dir, 'fixture-broken-kettle.yaml'), 'update', 'ssr');
    expect(sent).toEqual([]);
    expect(result).toEqual([]);
  });

  it('ignores files outside the scenario folder', () => {
    expect(hotUpdate(editedCopy(), 'src/main.ts').result).toBeUndefined();
  });
});
