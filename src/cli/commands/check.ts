import { watch } from 'node:fs';
import { formatProblem, loadLibrary, type ContentFile } from '../../engine/index.ts';
import { readContentDir } from '../content-files.ts';
import { parseArgs, UsageError, type CliIO, type Command } from '../io.ts';
import { isPersonaFile } from '../../engine/content/library.ts';

/** Validates content and prints one line per problem; returns the number of errors. */
export function report(files: ContentFile[], io: CliIO): number {
  const library = loadLibrary(files);
  for (const p of library.problems) (p.severity === 'error' ? io.err : io.out)(formatProblem(p));
  const errors = library.problems.filter((p) => p.severity === 'error').length;
  const warnings = library.problems.length - errors;
  const personas = files.filter((f) => isPersonaFile(f.file)).length;
  const scenarios = files.length - personas;
  io.out(
    `${plural(scenarios, 'scenario')}, ${plural(personas, 'persona')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return errors;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function select(all: ContentFile[], wanted: string[]): ContentFile[] {
  if (wanted.length === 0) return all;
  const norm = (f: string) => f.replace(/^\.\//, '');
  for (const w of wanted)
    if (!all.some((f) => norm(f.file) === norm(w))) throw new UsageError(`no such content file: ${w}`);
  return all.filter((f) => isPersonaFile(f.file) || wanted.some((w) => norm(w) === norm(f.file)));
}

/** Re-runs `once` after each burst of changes under io.dir until io.signal aborts; resolves with the last exit code. */
function watchContent(io: CliIO, once: () => number, firstCode: number): Promise<number> {
  io.out(`watching ${io.dir}/ for changes (Ctrl+C to stop)`);
  let code = firstCode;
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(io.dir, { recursive: true }, () => {
    // Editors write a file in several steps: wait for the burst to settle, then check once.
    clearTimeout(timer);
    timer = setTimeout(() => {
      io.out(`\n— ${new Date().toLocaleTimeString()} —`);
      // A file can vanish between the event and the read (editors save by rename): report, keep watching.
      try {
        code = once() > 0 ? 1 : 0;
      } catch (e) {
        io.err(`check: ${(e as Error).message}`);
      }
    }, 150);
  });
  return new Promise<number>((resolve) => {
    const stop = (result: number) => {
      clearTimeout(timer);
      watcher.close();
      resolve(result);
    };
    watcher.on('error', (e) => {
      io.err(`check: stopped watching ${io.dir}/: ${e.message}`);
      stop(1);
    });
    if (io.signal?.aborted) stop(code);
    io.signal?.addEventListener('abort', () => stop(code), { once: true });
  });
}

export const check: Command = {
  name: 'check',
  summary: 'validate scenario and persona files; errors name file:line:col and the field',
  usage: 'check [files…] [--watch]',
  async run(args, io) {
    const { positional, options } = parseArgs(args, [], ['watch']);
    const once = () => report(select(readContentDir(io.dir), positional), io);
    const errors = once();
    if (!options.watch) return errors > 0 ? 1 : 0;
    return watchContent(io, once, errors > 0 ? 1 : 0);
  },
};
