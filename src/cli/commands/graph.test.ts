import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_FIXTURES, runCli } from './test-run.ts';

describe('graph', () => {
  it('draws Mermaid with stage colours, ending shapes, anger changes and the best line bold', async () => {
    const r = await runCli(['graph', 'fixture-flag-best-line'], ANALYSIS_FIXTURES);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  n_open["open<br/>venting"]');
    expect(r.out).toContain('  n_resolved(["resolved<br/>resolved"])');
    expect(r.out).toContain('  n_lost((("lost<br/>lost (anger 100, any node)")))');
    expect(r.out).toContain('  n_open ==>|"promise -10"| n_close');
    expect(r.out).toContain('  n_open -->|"hear -10"| n_close');
    expect(r.out).toContain('  n_close ==>|"keep-promise -10"| n_resolved');
    expect(r.out).toContain('  n_close -->|"rude +20"| n_lost');
  });

  it('draws DOT and writes SVG to a file', async () => {
    const dot = await runCli(['graph', 'fixture-flag-best-line', '--format', 'dot'], ANALYSIS_FIXTURES);
    expect(dot.out).toContain('  "close" -> "resolved" [label="keep-promise -10", penwidth=3, color="#1a7f5a"];');
    expect(dot.out).toContain(
      '  "lost" [shape=doubleoctagon, label="lost\\nlost (anger 100, any node)", fillcolor="#e06666"];',
    );
    const file = `${tmpdir()}/graph-${process.pid}.svg`;
    const svg = await runCli(['graph', 'fixture-flag-best-line', '--format=svg', '--out', file], ANALYSIS_FIXTURES);
    expect(svg).toEqual({ code: 0, out: [`wrote ${file}`], err: [] });
    const text = readFileSync(file, 'utf8');
    rmSync(file);
    expect(text).toContain('<svg');
    expect(text).toContain('keep&#45;promise &#45;10');
  });

  it('needs exactly one known scenario and a known format', async () => {
    expect((await runCli(['graph'], ANALYSIS_FIXTURES)).code).toBe(2);
    expect((await runCli(['graph', 'nope'], ANALYSIS_FIXTURES)).err[0]).toBe('graph: unknown scenario "nope"');
    expect((await runCli(['graph', 'fixture-loop', '--format', 'png'], ANALYSIS_FIXTURES)).err[0]).toBe(
      'graph: unknown format "png"; use mermaid, dot, svg',
    );
  });
});
