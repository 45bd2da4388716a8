/** Runs the CLI in memory for the command tests. */
import { main } from '../cli.ts';
import type { CliIO } from '../io.ts';

export const ANALYSIS_FIXTURES = 'src/engine/analysis/__fixtures__';

export async function runCli(argv: string[], dir: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    dir,
    out: (t) => out.push(...t.split('\n')),
    err: (t) => err.push(...t.split('\n')),
    ask: async () => undefined,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
