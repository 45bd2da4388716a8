import { writeFileSync } from 'node:fs';
import { loadLibrary } from '../../engine/index.ts';
import { analyseScenario, coverage, coverageMarkdown } from '../../engine/analysis/index.ts';
import { readContentDir } from '../content-files.ts';
import { parseArgs, type Command } from '../io.ts';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'technique × scenario and pitfall × scenario matrix, written to docs/coverage.md',
  usage: 'coverage [--out file]',
  async run(args, io) {
    const { options } = parseArgs(args, ['out'], []);
    const scenarios = loadLibrary(readContentDir(io.dir)).scenarios;
    const markdown = coverageMarkdown(
      coverage(scenarios.map((scenario) => ({ scenario, analysis: analyseScenario(scenario) }))),
    );
    const out = typeof options.out === 'string' ? options.out : 'docs/coverage.md';
    writeFileSync(out, markdown);
    io.out(markdown.trimEnd());
    io.out(`\nwritten to ${out}`);
    return 0;
  },
};
