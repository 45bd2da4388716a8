import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './cli.ts';
import { streamIO } from './terminal.ts';

const GOOD = 'src/cli/__fixtures__/good';

/** Runs the CLI over real streams, as main.ts does with stdin/stdout, with `input` piped in at once. */
async function runPiped(argv: string[], input: string) {
  const output = new PassThrough();
  const error = new PassThrough();
  const read = (s: PassThrough) => s.read()?.toString() ?? '';
  const code = await main(argv, streamIO({ input: Readable.from([input]), output, error, dir: GOOD }));
  return { code, out: read(output), err: read(error) };
}

describe('play over streams', () => {
  it('uses every piped line, even when they all arrive before the first prompt', async () => {
    const r = await runPiped(['play', 'fixture-broken-kettle'], '1\n1\n1\n');
    expect(r.code).toBe(0);
    expect(r.out.match(/^> 1\n(Rosa Fixture: .*\n)?  → anger /gm)).toHaveLength(3);
    expect(r.out).toContain('══ Debrief: Resolved ══');
    expect(r.err).toBe('');
  });

  it('stops with an error when input ends before the conversation does', async () => {
    const r = await runPiped(['play', 'fixture-broken-kettle'], '1\n');
    expect(r.code).toBe(1);
    expect(r.err).toBe('input ended before the conversation did\n');
  });
});
