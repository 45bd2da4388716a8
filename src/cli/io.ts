/** What a command needs from the outside world, injected so tests run without a terminal. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Reads one answer from the user; undefined when input has ended. */
  ask(prompt: string): Promise<string | undefined>;
  /** Content root (default `scenarios`). */
  dir: string;
  /**
   * Where paths typed on the command line are relative to (default: the working directory).
   * `npm run` starts commands in the project root; main.ts passes the folder the author typed them in.
   */
  cwd?: string;
  /** Ends a long-running command such as `check --watch` (on a terminal, Ctrl+C does). */
  signal?: AbortSignal;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Thrown for a wrong command line: main prints it with the command's usage and exits 2. */
export class UsageError extends Error {}

/** Splits `--flag value`, `--flag=value` and `--switch` from positional arguments. */
export function parseArgs(
  args: string[],
  valued: readonly string[],
  switches: readonly string[],
): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (switches.includes(name)) options[name] = true;
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options[name] = value;
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { positional, options };
}
