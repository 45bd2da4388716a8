/** A CliIO over byte streams: process stdio in main.ts, in-memory streams in tests. */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CliIO } from './io.ts';

export interface Streams {
  input: Readable;
  output: Writable;
  error: Writable;
  /** Content root, usually `scenarios`. */
  dir: string;
  /** Where paths on the command line are relative to. */
  cwd?: string;
}

export function streamIO({ input, output, error, dir, cwd }: Streams): CliIO {
  // Lines are queued as they arrive: piped input delivers many lines at once, and a plain
  // `question()` would drop every line that came in while no question was open.
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  let started = false;
  const start = () => {
    started = true;
    const rl = createInterface({ input, crlfDelay: Infinity });
    rl.on('line', (line) => (waiting.length ? waiting.shift()!(line) : lines.push(line)));
    rl.on('close', () => {
      ended = true;
      for (const w of waiting.splice(0)) w(undefined);
    });
  };
  return {
    dir,
    ...(cwd ? { cwd } : {}),
    out: (t) => void output.write(`${t}\n`),
    err: (t) => void error.write(`${t}\n`),
    async ask(prompt) {
      if (!started) start();
      output.write(prompt);
      const line = lines.length
        ? lines.shift()
        : ended
          ? undefined
          : await new Promise<string | undefined>((resolve) => waiting.push(resolve));
      // A terminal echoes what was typed; piped input does not, so echo it to keep the transcript readable.
      if (!(input as { isTTY?: boolean }).isTTY) output.write(line === undefined ? '\n' : `${line}\n`);
      return line;
    },
  };
}
