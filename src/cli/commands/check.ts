import { existsSync, lstatSync, statSync, watch, type FSWatcher } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { formatProblem, loadLibrary, type ContentFile } from '../../engine/index.ts';
import {
  commandLinePath,
  findContent,
  isYamlName,
  readContentDir,
  readContentFile,
  type FoundFile,
} from '../content-files.ts';
import { parseArgs, UsageError, type CliIO, type Command } from '../io.ts';
import { isPersonaFile } from '../../engine/content/library.ts';

/** Validates content and prints one line per problem; returns the number of errors. */
export function report(files: ContentFile[], io: CliIO): number {
  const library = loadLibrary(files);
  for (const p of library.problems) (p.severity === 'error' ? io.err : io.out)(formatProblem(p));
  // A line that stands for problems left out of the list counts them all.
  const count = (severity: 'error' | 'warning') =>
    library.problems.reduce((n, p) => n + (p.severity === severity ? (p.omitted ?? 1) : 0), 0);
  const errors = count('error');
  const warnings = count('warning');
  const content = files.filter((f) => isYamlName(f.file));
  const personas = content.filter((f) => isPersonaFile(f.file)).length;
  const scenarios = content.length - personas;
  io.out(
    `${plural(scenarios, 'scenario')}, ${plural(personas, 'persona')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return errors;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function personaId(file: string): string {
  return file.replace(/^.*[/\\]/, '').replace(/\.ya?ml$/i, '');
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What `check` reads: the files to check, and the folders to watch for changes to them. */
interface Selection {
  files: ContentFile[];
  folders: string[];
}

/**
 * The files named on the command line, anywhere on disk (a folder stands for every
 * YAML file in it), with the personas they may use: the library's, those in the
 * `personas/` folder beside a named file, and those named, each replacing the one before.
 */
function select(wanted: string[], io: CliIO): Selection {
  if (wanted.length === 0) return { files: readContentDir(io.dir), folders: [io.dir] };
  const cwd = io.cwd ?? process.cwd();
  const chosen = new Map<string, ContentFile>();
  const personas = new Map<string, FoundFile>();
  const folders = new Set<string>();
  const usePersonas = (found: readonly FoundFile[]) => {
    for (const f of found) if (isPersonaFile(f.content.file)) personas.set(personaId(f.full), f);
  };
  if (isDirectory(io.dir)) {
    usePersonas(findContent(io.dir));
    folders.add(io.dir);
  }
  const named = new Map<string, FoundFile>();
  for (const typed of wanted) {
    const { full, shown } = commandLinePath(typed, cwd);
    if (isDirectory(full)) {
      const found = findContent(full, shown);
      for (const f of found) if (!isPersonaFile(f.content.file)) chosen.set(f.full, f.content);
      usePersonas(found);
      folders.add(full);
      continue;
    }
    if (!existsSync(full) && !isLink(full)) throw new UsageError(`no such content file: ${typed}`);
    if (!isYamlName(full))
      throw new UsageError(`not a YAML file: ${typed} (scenario and persona files end in .yaml or .yml)`);
    const content = readContentFile(full, shown);
    folders.add(dirname(full));
    if (isPersonaFile(content.file)) {
      named.set(personaId(full), { full, content });
      continue;
    }
    chosen.set(full, content);
    const beside = join(dirname(full), 'personas');
    if (isDirectory(beside)) usePersonas(findContent(beside, join(dirname(shown), 'personas')));
  }
  // A persona named on the command line wins over any with its id, beside a draft or in the library.
  usePersonas([...named.values()]);
  const files = [...personas.values()].filter((p) => !chosen.has(p.full)).map((p) => p.content);
  return { files: [...files, ...chosen.values()], folders: outermost([...folders]) };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A folder as given, or, when absolute, relative to the project if it is inside it. */
function shownFolder(folder: string): string {
  if (!isAbsolute(folder)) return folder;
  const inside = relative(process.cwd(), folder);
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? folder : inside;
}

/** The folders to watch, leaving out those inside another. */
function outermost(folders: string[]): string[] {
  const all = [...new Set(folders.map((f) => resolve(f)))];
  const within = (a: string, b: string) => {
    const path = relative(b, a);
    return path !== '' && !path.startsWith('..') && !isAbsolute(path);
  };
  return all.filter((f) => !all.some((g) => within(f, g)));
}

/** Re-runs `once` after each burst of changes in `folders` until io.signal aborts; resolves with the last exit code. */
function watchContent(io: CliIO, folders: string[], once: () => number, firstCode: number): Promise<number> {
  io.out(`watching ${folders.map((f) => `${shownFolder(f)}/`).join(', ')} for changes (Ctrl+C to stop)`);
  let code = firstCode;
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [];
  return new Promise<number>((resolveCode) => {
    const stop = (result: number) => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      resolveCode(result);
    };
    for (const folder of folders) {
      const watcher = watch(folder, { recursive: true }, () => {
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
      watcher.on('error', (e) => {
        io.err(`check: stopped watching ${folder}/: ${e.message}`);
        stop(1);
      });
      watchers.push(watcher);
    }
    if (io.signal?.aborted) stop(code);
    io.signal?.addEventListener('abort', () => stop(code), { once: true });
  });
}

export const check: Command = {
  name: 'check',
  summary: 'validate scenario and persona files; errors name file:line:col and the field',
  usage: 'check [files or folders…] [--watch]',
  async run(args, io) {
    const { positional, options } = parseArgs(args, [], ['watch']);
    const first = select(positional, io);
    const errors = report(first.files, io);
    if (!options.watch) return errors > 0 ? 1 : 0;
    return watchContent(io, first.folders, () => report(select(positional, io).files, io), errors > 0 ? 1 : 0);
  },
};
