/** The authoring CLI's commands and dispatcher, free of process globals so tests can drive it. */
import { analyse } from './commands/analyse.ts';
import { catalogue } from './commands/catalogue.ts';
import { check } from './commands/check.ts';
import { coverageCommand } from './commands/coverage.ts';
import { graph } from './commands/graph.ts';
import { packageCommand } from './commands/package.ts';
import { play } from './commands/play.ts';
import { schema } from './commands/schema.ts';
import { escapeControl } from '../engine/index.ts';
import { UsageError, type CliIO, type Command } from './io.ts';

export const COMMANDS: readonly Command[] = [
  check,
  play,
  analyse,
  graph,
  coverageCommand,
  schema,
  catalogue,
  packageCommand,
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'usage: npm run scenarios -- <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '  help'.padEnd(width + 2) + '  show this text',
  ].join('\n');
}

/**
 * What the CLI prints carries text from content files and file names: control characters
 * in it are shown escaped (`\x1b`), never sent for the terminal to act on.
 */
function escaping(io: CliIO): CliIO {
  return { ...io, out: (t) => io.out(escapeControl(t)), err: (t) => io.err(escapeControl(t)) };
}

export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const io = escaping(rawIO);
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (args.includes('--help')) {
    io.out(`usage: npm run scenarios -- ${command.usage}\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${command.name}: ${e.message}\nusage: npm run scenarios -- ${command.usage}`);
      return 2;
    }
    io.err(`${command.name} failed: ${(e as Error).message}`);
    return 1;
  }
}
