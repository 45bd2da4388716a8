import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_FIXTURES, runCli } from './test-run.ts';

describe('coverage', () => {
  it('writes and prints the technique and pitfall matrices', async () => {
    const file = `${tmpdir()}/coverage-${process.pid}.md`;
    const r = await runCli(['coverage', '--out', file], 'src/cli/__fixtures__/good');
    const md = readFileSync(file, 'utf8');
    rmSync(file);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toBe(`${md.trimEnd()}\n\nwritten to ${file}`);
    expect(md).toContain('| technique | fixture-broken-kettle | fixture-double-charge | total |');
  });

  it('counts a technique only on the best line, and a pitfall only where its reply is offered', async () => {
    const file = `${tmpdir()}/coverage-fixtures-${process.pid}.md`;
    await runCli(['coverage', '--out', file], ANALYSIS_FIXTURES);
    const md = readFileSync(file, 'utf8');
    rmSync(file);
    const row = (id: string) =>
      md
        .split('\n')
        .find((l) => l.includes(`(\`${id}\`)`) && !l.includes('fixture'))!
        .split('|')
        .slice(2, -2)
        .map((c) => c.trim());
    const columns = md
      .split('\n')
      .find((l) => l.startsWith('| technique |'))!
      .split('|')
      .slice(2, -2)
      .map((c) => c.trim());
    const at = (id: string, scenario: string) => row(id)[columns.indexOf(`fixture-${scenario}`)];
    expect(at('follow-up', 'flag-best-line')).toBe('●');
    expect(at('empathy', 'flag-best-line')).toBe('●');
    expect(at('empathy', 'lints')).toBe(''); // offered, but "sorry" is not on the best line
    expect(at('brush-off', 'flag-best-line')).toBe('●');
    expect(at('policy', 'dead-end')).toBe('●'); // offered when the customer is calm
    expect(at('policy', 'flag-best-line')).toBe('');
  });
});
