import { describe, expect, it } from 'vitest';
import { ANALYSIS_FIXTURES, runCli } from './test-run.ts';

describe('analyse', () => {
  it('exits 0 for a sound scenario, with its figures', async () => {
    const r = await runCli(['analyse', 'fixture-flag-best-line'], ANALYSIS_FIXTURES);
    expect(r.code).toBe(0);
    expect(r.out.slice(0, 4)).toEqual([
      'fixture-flag-best-line: ok (8 states)',
      '  best score 63: promise → keep-promise ⇒ resolved',
      '  worst score 0: promise → rude ⇒ lost',
      '  random play (no timer): wins 58%, expected score 33.0; counting silence as a move: wins 58%, expected 33.0',
    ]);
  });

  it('exits 1 when a hard property fails, naming it', async () => {
    const r = await runCli(['analyse', 'fixture-dead-end', 'fixture-loop'], ANALYSIS_FIXTURES);
    expect(r.code).toBe(1);
    expect(r.out).toContain('fixture-dead-end: FAILS (5 states)');
    expect(r.out).toContain('  ✗ 1 dead end(s): no reply available at fix (anger 55)');
    expect(r.out).toContain('  ✗ the conversation can loop for ever: fix → fix');
  });

  it('prints JSON with the hard failures of each scenario', async () => {
    const r = await runCli(['analyse', '--json'], ANALYSIS_FIXTURES);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out.join('\n')) as {
      scenarioId: string;
      hardFailures: string[];
      randomPlay?: { withSilence: unknown };
    }[];
    const failures = Object.fromEntries(json.map((a) => [a.scenarioId, a.hardFailures]));
    expect(failures).toEqual({
      'fixture-dead-end': ['1 dead end(s): no reply available at fix (anger 55)'],
      'fixture-flag-best-line': [],
      'fixture-lints': [],
      'fixture-loop': ['the conversation can loop for ever: fix → fix'],
      'fixture-unreachable-ending': ['ending "supervisor" can never be reached'],
      'fixture-unwinnable': ['no line leads to a resolved ending'],
    });
    const silent = json.find((a) => a.scenarioId === 'fixture-flag-best-line')!.randomPlay!.withSilence as {
      winChance: number;
      expectedScore: number;
    };
    expect(silent.winChance).toBeCloseTo(7 / 12, 12);
    expect(silent.expectedScore).toBeCloseTo(33, 12);
  });

  it('refuses an unknown scenario id with exit 2', async () => {
    const r = await runCli(['analyse', 'no-such-scenario'], ANALYSIS_FIXTURES);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('analyse: unknown scenario "no-such-scenario"');
  });

  it('exits 1 and names the file when content does not load', async () => {
    const r = await runCli(['analyse'], 'src/cli/__fixtures__/bad');
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^src\/cli\/__fixtures__\/bad\/dangling-next\.yaml:21:15 /);
  });
});
