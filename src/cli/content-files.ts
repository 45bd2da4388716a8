/**
 * Reads scenario and persona files from disk for the engine (Node only). The engine
 * takes text: here bytes become text, strictly as UTF-8, and whatever cannot be read
 * (bytes that are not UTF-8, a link to nowhere, a folder that will not open) becomes a
 * problem of that file, so that one bad file never stops the others from being checked.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { ContentFile, ContentProblem } from '../engine/index.ts';
import { YamlSource } from '../engine/content/yaml-source.ts';

export const SCENARIO_DIR = 'scenarios';

/** Scenario and persona files: `.yaml` or `.yml`, in any case. */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** A content file read from disk, with where it really is. */
export interface FoundFile {
  /** Absolute path. */
  full: string;
  content: ContentFile;
}

/** Every YAML file under `dir`, named `dir/…` as given (so `scenarios/late-parcel.yaml`). */
export function readContentDir(dir = SCENARIO_DIR): ContentFile[] {
  return findContent(dir).map((f) => f.content);
}

/**
 * Every YAML file under `dir`, skipping `__fixtures__` folders, each named `shown/…`.
 * Throws only when `dir` itself cannot be read; below it, a link to nowhere or a folder
 * that will not open is reported as a problem and the walk goes on.
 */
export function findContent(dir: string, shown = dir): FoundFile[] {
  const out: FoundFile[] = [];
  const walked = new Set<string>();
  const walk = (full: string, name: string, top: boolean) => {
    let entries: string[];
    try {
      // A link back up the tree would walk for ever: each real folder is walked once.
      const real = realpathSync(full);
      if (walked.has(real)) return;
      walked.add(real);
      entries = readdirSync(full).sort();
    } catch (e) {
      if (top) throw e;
      out.push({ full, content: unreadable(name, e) });
      return;
    }
    for (const entry of entries) {
      const path = join(full, entry);
      const pathName = join(name, entry);
      let isDir: boolean;
      try {
        isDir = statSync(path).isDirectory();
      } catch (e) {
        const broken = brokenLink(path, pathName);
        if (broken) out.push({ full: path, content: broken });
        else if (isYamlName(entry)) out.push({ full: path, content: unreadable(pathName, e) });
        continue;
      }
      if (isDir) {
        if (entry !== '__fixtures__') walk(path, pathName, false);
      } else if (isYamlName(entry)) out.push({ full: path, content: readContentFile(path, pathName) });
    }
  };
  walk(resolve(dir), shown, true);
  return out;
}

/** One file, named `shown` in problems; never throws. */
export function readContentFile(path: string, shown = path): ContentFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return brokenLink(path, shown) ?? unreadable(shown, e);
  }
  return decodeContent(shown, bytes);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Bytes as text, strictly: bytes that are not UTF-8 are a problem located at the
 * first of them, never silently replaced. A file with NUL bytes goes to the engine,
 * which says it is not a text file at all.
 */
export function decodeContent(file: string, bytes: Uint8Array): ContentFile {
  if (bytes.includes(0)) return { file, text: lenientUtf8.decode(bytes) };
  try {
    return { file, text: strictUtf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    // Both decoders drop a byte-order mark alike, so offsets in the two texts agree.
    const before = lenientUtf8.decode(bytes.subarray(0, bad));
    const text = lenientUtf8.decode(bytes);
    const line = before.split('\n').length;
    const col = before.length - before.lastIndexOf('\n');
    let path = '(file)';
    try {
      path = YamlSource.parse(file, text).problemAt(before.length, '').path;
    } catch {
      // The place is enough.
    }
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    const message = `text is not valid UTF-8 here (byte 0x${byte}); save the file as UTF-8`;
    return { file, text: '', problems: [{ file, line, col, path, message, severity: 'error' }] };
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    const extra =
      c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= extra; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? low : 0x80) || x > (k === 1 ? high : 0xbf)) return i;
    }
    i += extra + 1;
  }
  return b.length;
}

function fileProblem(file: string, message: string, severity: ContentProblem['severity'] = 'error'): ContentFile {
  return { file, text: '', problems: [{ file, line: 0, col: 0, path: '(file)', message, severity }] };
}

/** A symbolic link that leads nowhere, as a problem of its own (an error where it names a YAML file). */
function brokenLink(path: string, shown: string): ContentFile | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    statSync(path);
    return undefined;
  } catch (e) {
    if (!(e instanceof Error) || (e as NodeJS.ErrnoException).syscall === 'lstat') return undefined;
    let target = '?';
    try {
      target = readlinkSync(path);
    } catch {
      // Say what we can.
    }
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'which does not exist'
        : code === 'ELOOP'
          ? 'which leads round in a circle'
          : `which cannot be read (${code ?? e.message})`;
    return isYamlName(path)
      ? fileProblem(shown, `is a symbolic link to "${target}", ${why}; fix or remove the link`)
      : fileProblem(shown, `is a symbolic link to "${target}", ${why}; it was skipped`, 'warning');
  }
}

function unreadable(shown: string, e: unknown): ContentFile {
  const reason = e instanceof Error ? e.message : String(e);
  return fileProblem(shown, `cannot be read: ${reason}`);
}

/** Where a path given on the command line is (relative to `cwd`), and how to show it: as it was typed. */
export function commandLinePath(typed: string, cwd: string): { full: string; shown: string } {
  return { full: resolve(cwd, typed), shown: normalize(typed) };
}
