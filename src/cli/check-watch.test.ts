import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './cli.ts';
import type { CliIO } from './io.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the good fixtures to edit, and an io that resolves `nextSummary()` on each report's last line. */
function watched() {
  const dir = mkdtempSync(join(tmpdir(), 'cooldown-watch-'));
  dirs.push(dir);
  cpSync('src/cli/__fixtures__/good', dir, { recursive: true });
  const summaries: string[] = [];
  let waiting: ((line: string) => void) | undefined;
  const controller = new AbortController();
  const io: CliIO = {
    dir,
    signal: controller.signal,
    out: (t) => {
      if (!/ checked: /.test(t)) return;
      summaries.push(t);
      waiting?.(t);
    },
    err: () => {},
    ask: async () => undefined,
  };
  const nextSummary = () => new Promise<string>((resolve) => (waiting = resolve));
  return { dir, io, summaries, nextSummary, stop: () => controller.abort() };
}

describe('check --watch', () => {
  it("prints a fresh report after a file changes, and exits with the last report's code", async () => {
    const w = watched();
    const running = main(['check', '--watch'], w.io);
    expect(w.summaries).toEqual(['2 scenarios, 2 personas checked: 0 errors, 0 warnings']);
    const file = join(w.dir, 'fixture-broken-kettle.yaml');
    const broken = w.nextSummary();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^start: .*$/m, 'start: nowhere'));
    expect(await broken).toBe('2 scenarios, 2 personas checked: 1 error, 0 warnings');
    w.stop();
    expect(await running).toBe(1);
  });

  it('watches the folder of a draft named outside the library', async () => {
    const w = watched();
    const drafts = mkdtempSync(join(tmpdir(), 'cooldown-drafts-'));
    dirs.push(drafts);
    const draft = join(drafts, 'fixture-broken-kettle.yaml');
    writeFileSync(draft, readFileSync(join(w.dir, 'fixture-broken-kettle.yaml'), 'utf8'));
    const running = main(['check', draft, '--watch'], w.io);
    expect(w.summaries).toEqual(['1 scenario, 2 personas checked: 0 errors, 0 warnings']);
    const broken = w.nextSummary();
    writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^start: .*$/m, 'start: nowhere'));
    expect(await broken).toBe('1 scenario, 2 personas checked: 1 error, 0 warnings');
    w.stop();
    expect(await running).toBe(1);
  });
});
