import { writeFileSync } from 'node:fs';
import { loadLibrary } from '../../engine/index.ts';
import { analyseScenario, toDot, toMermaid } from '../../engine/analysis/index.ts';
import { readContentDir } from '../content-files.ts';
import { parseArgs, UsageError, type Command } from '../io.ts';

const FORMATS = ['mermaid', 'dot', 'svg'];

/** Graphviz is a large WebAssembly module: load it only when an SVG is asked for, so other commands start fast. */
async function renderSvg(dot: string): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  return (await instance()).renderString(dot, { format: 'svg' });
}

export const graph: Command = {
  name: 'graph',
  summary: 'draw a scenario: nodes by stage, replies with their anger change, the best line in bold',
  usage: 'graph <scenario-id> [--format mermaid|dot|svg] [--out file]',
  async run(args, io) {
    const { positional, options } = parseArgs(args, ['format', 'out'], []);
    const id = positional[0];
    if (!id || positional.length > 1) throw new UsageError('graph needs exactly one scenario id');
    const format = typeof options.format === 'string' ? options.format : 'mermaid';
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use ${FORMATS.join(', ')}`);
    const s = loadLibrary(readContentDir(io.dir)).scenarios.find((x) => x.data.id === id);
    if (!s) throw new UsageError(`unknown scenario "${id}"`);
    const a = analyseScenario(s);
    const text = format === 'mermaid' ? toMermaid(s, a) : format === 'dot' ? toDot(s, a) : await renderSvg(toDot(s, a));
    if (typeof options.out === 'string') {
      writeFileSync(options.out, text);
      io.out(`wrote ${options.out}`);
    } else io.out(text.trimEnd());
    return 0;
  },
};
