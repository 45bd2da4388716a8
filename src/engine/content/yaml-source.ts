import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { formatPath, type ContentProblem, type PathSegment } from './problem.ts';

/** Content files larger than this are refused before parsing: no scenario needs it, and it keeps the loader fast. */
export const MAX_FILE_BYTES = 512 * 1024;

/** Aliases may share a line or a list, but not expand a small file into a huge one. */
const MAX_ALIAS_COUNT = 50;

/**
 * Values (texts, numbers, lists, mappings, keys) a file may hold. The largest scenario
 * has under a thousand; far more only makes every later check slow and its report unreadable.
 */
export const MAX_VALUES = 10_000;

/** Lists and mappings inside each other; a scenario needs about ten levels. */
export const MAX_NESTING = 32;

/** Where only tabs and line breaks may appear (as YAML itself says) any control character is refused. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\r(?!\n)/g;
const VALUE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/;

/** The tags of YAML's core schema, which mean what the value says anyway; any other changes or drops it. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`).concat('!'),
);

/**
 * A parsed YAML file that can say where any field path is in the text, so that
 * schema and semantic problems point at a line and column.
 */
export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document.Parsed | undefined,
    private readonly lines: LineCounter,
    readonly data: unknown,
    readonly problems: ContentProblem[],
  ) {}

  static parse(file: string, text: string): YamlSource {
    const lines = new LineCounter();
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_FILE_BYTES) {
      const problem = fileProblem(
        file,
        `file is ${kb(bytes)}; the limit is ${kb(MAX_FILE_BYTES)}. Split it into several scenarios.`,
      );
      return new YamlSource(file, undefined, lines, undefined, [problem]);
    }
    // Never echo such a file: its bytes would reach the terminal or the page.
    if (text.includes('\u0000'))
      return new YamlSource(file, undefined, lines, undefined, [
        fileProblem(
          file,
          'is not a text file (it holds NUL bytes, as images and other binary files do); a scenario or persona is YAML text',
        ),
      ]);
    if (text.trim() === '')
      return new YamlSource(file, undefined, lines, undefined, [
        fileProblem(file, 'file is empty; expected a YAML mapping of fields'),
      ]);
    if (onlyComments(text)) {
      return new YamlSource(file, undefined, lines, undefined, [
        fileProblem(file, 'file holds only comments; expected a YAML mapping of fields'),
      ]);
    }
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const source = (data: unknown, problems: ContentProblem[]) => new YamlSource(file, doc, lines, data, problems);
    const bare = source(undefined, []);
    // In this order: each later step would echo, crash on or misread what an earlier one refuses.
    const control = controlProblems(bare, text);
    if (control.length > 0) return source(undefined, control);
    const walked = walkDocument(bare, doc, text);
    if (walked.limit) return source(undefined, [walked.limit]);
    const problems = syntaxProblems(bare, doc);
    if (problems.length > 0) return source(undefined, problems);
    if (walked.values.length > 0) return source(undefined, sortByPlace(walked.values));
    const alias = unresolvedAlias(bare, doc);
    if (alias) return source(undefined, [alias]);
    const { data, problem } = toData(bare, doc);
    if (problem) return source(undefined, [problem]);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      const at = doc.contents ? lines.linePos(rangeStart(doc.contents) ?? 0) : { line: 1, col: 1 };
      problems.push({
        ...at,
        file,
        path: '(file)',
        message: `expected a YAML mapping of fields, found ${describe(data)}`,
        severity: 'error',
      });
    }
    return source(data, problems);
  }

  /**
   * The position of a field. With `key`, the position of the key itself
   * (for unknown or duplicate keys). A path that does not exist points at its
   * closest existing parent, which is where a missing field belongs.
   */
  locate(path: readonly PathSegment[], key = false): { line: number; col: number } {
    if (!this.doc) return { line: 0, col: 0 };
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = pairsOf(node).get(String(seg));
        if (!pair) break;
        if (last && key) {
          offset = rangeStart(pair.key) ?? offset;
          break;
        }
        node = pair.value;
        offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
        if (item === undefined) break;
        node = item;
        offset = rangeStart(node) ?? offset;
      } else break;
    }
    return this.lines.linePos(offset);
  }

  /** The field path of the deepest mapping key or list item that contains `offset`. */
  pathAt(offset: number): PathSegment[] {
    const path: PathSegment[] = [];
    let node: unknown = this.doc?.contents;
    for (;;) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && contains(p.key, offset, p.value));
        if (!pair || !isScalar(pair.key)) break;
        path.push(keyName(pair.key));
        node = pair.value;
      } else if (isSeq(node)) {
        const i = node.items.findIndex((item) => contains(item, offset));
        if (i < 0) break;
        path.push(i);
        node = node.items[i];
      } else break;
    }
    return path;
  }

  positionOf(offset: number): { line: number; col: number } {
    return this.lines.linePos(offset);
  }

  /** A problem at a place in the text, named by the field there. */
  problemAt(offset: number, message: string, path: readonly PathSegment[] = this.pathAt(offset)): ContentProblem {
    return { file: this.file, ...this.positionOf(offset), path: formatPath(path), message, severity: 'error' };
  }

  problem(
    path: readonly PathSegment[],
    message: string,
    opts: { key?: boolean; severity?: 'error' | 'warning' } = {},
  ): ContentProblem {
    const { line, col } = this.locate(path, opts.key);
    return { file: this.file, line, col, path: formatPath(path), message, severity: opts.severity ?? 'error' };
  }
}

/** Line by line rather than one regular expression: a long `####` banner must not make the check slow. */
function onlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((l) => {
    const t = l.trim();
    return t === '' || t.startsWith('#');
  });
}

/**
 * Every YAML syntax error, one per line: the parser often reports a single slip several
 * times over. Quoted text that is never closed is reported where it opens, and what it
 * swallowed up to the end of the file is not reported again.
 */
function syntaxProblems(source: YamlSource, doc: Document.Parsed): ContentProblem[] {
  const seenLines = new Set<number>();
  const problems: ContentProblem[] = [];
  const add = (problem: ContentProblem) => {
    if (seenLines.has(problem.line)) return;
    seenLines.add(problem.line);
    problems.push(problem);
  };
  const swallowed: [number, number][] = [];
  for (const e of doc.errors) {
    if (e.code !== 'MISSING_CHAR' || !/quote/.test(e.message)) continue;
    const open = openQuoteAt(doc, e.pos[0]);
    if (!open) continue;
    swallowed.push(open);
    add(source.problemAt(open[0], 'YAML syntax: quoted text is not closed; add the closing quote mark'));
  }
  for (const e of doc.errors) {
    if (swallowed.some(([start, end]) => e.pos[0] >= start && e.pos[0] <= end + 1)) continue;
    const { line, col } = source.positionOf(e.pos[0]);
    if (seenLines.has(line)) continue;
    if (e.code === 'DUPLICATE_KEY') {
      add(duplicateKeyProblem(source, doc, e.pos[0]));
      continue;
    }
    add({
      file: source.file,
      line,
      col,
      path: '(yaml)',
      message: yamlMessage(e.code, e.message),
      severity: 'error',
    });
  }
  return problems;
}

/** The quoted text that runs on to `offset` without its closing quote: its start and end. */
function openQuoteAt(doc: Document.Parsed, offset: number): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Scalar(_, node) {
      const [start, end] = node.range ?? [];
      if (start === undefined || end === undefined || !node.type?.startsWith('QUOTE')) return;
      if (start <= offset && offset <= end + 1 && (!found || start > found[0])) found = [start, end];
    },
  });
  return found;
}

/** Control characters in the text itself, one per line: they could hide or change what a trainee sees. */
function controlProblems(source: YamlSource, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenLines = new Set<number>();
  for (const m of text.matchAll(RAW_CONTROL)) {
    const problem = source.problemAt(m.index, `control character ${controlName(m[0])} ${NOT_ALLOWED}`);
    if (seenLines.has(problem.line)) continue;
    seenLines.add(problem.line);
    problems.push(problem);
  }
  return problems;
}

const NOT_ALLOWED = 'is not allowed; only tabs and line breaks may appear in content';

const CONTROL_NAMES = new Map<number, string>([
  [0x07, 'bell'],
  [0x08, 'backspace'],
  [0x0b, 'vertical tab'],
  [0x0c, 'form feed'],
  [0x0d, 'carriage return'],
  [0x1b, 'escape, which starts terminal codes'],
  [0x7f, 'delete'],
  [0x85, 'next line'],
  [0x9b, 'control sequence introducer, which starts terminal codes'],
]);

/** `U+001B (escape, which starts terminal codes)`. */
function controlName(char: string): string {
  const code = char.codePointAt(0)!;
  const name = CONTROL_NAMES.get(code);
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** What a double-quoted escape stands for, where it is a single character. */
function unescape(escape: string): string | undefined {
  const hex = /^\\[xuU]([0-9a-fA-F]+)$/.exec(escape);
  if (hex) return String.fromCodePoint(parseInt(hex[1]!, 16));
  return new Map([
    ['\\0', '\u0000'],
    ['\\a', '\u0007'],
    ['\\b', '\u0008'],
    ['\\v', '\u000b'],
    ['\\f', '\u000c'],
    ['\\r', '\r'],
    ['\\e', '\u001b'],
    ['\\N', '\u0085'],
  ]).get(escape);
}

/** Control characters written as escapes in double quotes (`"\e[31m"`), at the escape itself. */
function escapedControlProblems(
  source: YamlSource,
  text: string,
  start: number,
  end: number,
  value: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const m of text.slice(start, end).matchAll(/\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g)) {
    const char = unescape(m[0]);
    if (char === undefined || !VALUE_CONTROL.test(char)) continue;
    const message = `the escape ${m[0]} gives control character ${controlName(char)}, which ${NOT_ALLOWED}`;
    problems.push(source.problemAt(start + m.index, message));
  }
  if (problems.length > 0) return problems;
  const char = VALUE_CONTROL.exec(value)![0];
  return [source.problemAt(start, `text here holds control character ${controlName(char)}, which ${NOT_ALLOWED}`)];
}

/** A tag other than the core ones: `!!binary`, `!!set`, `!custom` would turn the value into something else or nothing. */
function tagProblem(source: YamlSource, text: string, start: number, tag: string): ContentProblem {
  // The tag is written before the value, possibly on the line above for a list or mapping.
  const before = text.slice(Math.max(0, start - 1024), start);
  const written = [...before.matchAll(/(?:^|[\s,[{])(![^\s,[\]{}]*)/g)].at(-1);
  const offset = written ? start - before.length + written.index + written[0].indexOf('!') : start;
  const shown = written?.[1] ?? tag;
  return source.problemAt(
    offset,
    `YAML tag "${shown}" is not supported (the value would be dropped or changed); remove the tag`,
  );
}

interface Walked {
  /** Too many values or too deep: nothing else is worth checking. */
  limit?: ContentProblem;
  /** Tags, escaped control characters, keys named `__proto__`. */
  values: ContentProblem[];
}

/**
 * One walk over the document, with its own stack, so that nothing recursive meets a
 * file nested too deep: it counts the values and the nesting, and finds the values
 * the loader refuses (tags it does not know, control characters written as escapes,
 * keys named `__proto__`, which a mapping of ids would silently lose).
 */
function walkDocument(source: YamlSource, doc: Document.Parsed, text: string): Walked {
  interface Entry {
    node: unknown;
    depth: number;
    parent?: Entry;
    segment?: PathSegment;
  }
  const pathOf = (entry: Entry): PathSegment[] => {
    const path: PathSegment[] = [];
    for (let e: Entry | undefined = entry; e?.parent; e = e.parent) path.push(e.segment!);
    return path.reverse();
  };
  const values: ContentProblem[] = [];
  const nesting = `lists and mappings nest more than ${MAX_NESTING} levels deep here; a scenario needs about ten: is a bracket left open, or an indent wrong?`;
  const stack: Entry[] = [{ node: doc.contents, depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node, depth } = entry;
    const start = rangeStart(node);
    if (start === undefined) continue;
    if (++count > MAX_VALUES) {
      const message = `the file holds more than ${MAX_VALUES.toLocaleString('en-GB')} values (texts, numbers, lists and mappings); no scenario needs that many: split it into several`;
      return { limit: source.problemAt(start, message, pathOf(entry)), values };
    }
    const tag = (node as { tag?: string }).tag;
    if (tag && !CORE_TAGS.has(tag)) values.push(tagProblem(source, text, start, tag));
    if (isScalar(node)) {
      const end = rangeEnd(node) ?? start;
      if (typeof node.value === 'string' && VALUE_CONTROL.test(node.value))
        for (const p of escapedControlProblems(source, text, start, end, node.value)) values.push(p);
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_NESTING) return { limit: source.problemAt(start, nesting, pathOf(entry)), values };
    const children: Entry[] = [];
    if (isMap(node))
      for (const pair of node.items) {
        const segment = isScalar(pair.key) ? keyName(pair.key) : '?';
        const keyStart = rangeStart(pair.key);
        if (segment === '__proto__' && keyStart !== undefined)
          values.push(
            source.problemAt(
              keyStart,
              'the key "__proto__" is not allowed (JavaScript gives it a special meaning); use a lower-case id with dashes',
            ),
          );
        children.push({ node: pair.key, depth: depth + 1, parent: entry, segment });
        children.push({ node: pair.value, depth: depth + 1, parent: entry, segment });
      }
    else node.items.forEach((item, i) => children.push({ node: item, depth: depth + 1, parent: entry, segment: i }));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  // The parser itself ran out of stack: say so where it did.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  return { values, ...(exhausted ? { limit: source.problemAt(exhausted.pos[0], nesting) } : {}) };
}

function duplicateKeyProblem(source: YamlSource, doc: Document.Parsed, offset: number): ContentProblem {
  const path = source.pathAt(offset);
  const key = String(path.at(-1) ?? '');
  let first: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (first === undefined && isScalar(pair.key) && keyName(pair.key) === key && rangeStart(pair.key) !== offset) {
        const parentPath = source.pathAt(rangeStart(pair.key) ?? -1);
        if (formatPath(parentPath) === formatPath(path)) first = rangeStart(pair.key);
      }
    },
  });
  const where = first === undefined ? '' : ` (first at line ${source.positionOf(first).line})`;
  const { line, col } = source.positionOf(offset);
  const message = `duplicate key "${key}"${where}: each key may appear only once in a mapping; rename or remove one`;
  return { file: source.file, line, col, path: formatPath(path), message, severity: 'error' };
}

/** An alias to an anchor that is not defined above it: conversion would fail without saying where. */
function unresolvedAlias(source: YamlSource, doc: Document.Parsed): ContentProblem | undefined {
  let problem: ContentProblem | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc)) return undefined;
      const at = rangeStart(alias) ?? 0;
      const message = `alias *${alias.source} refers to no anchor; define &${alias.source} above it`;
      problem = {
        file: source.file,
        ...source.positionOf(at),
        path: formatPath(source.pathAt(at)),
        message,
        severity: 'error',
      };
      return visit.BREAK;
    },
  });
  return problem;
}

/** Plain data from the document; aliases that multiply into a huge structure are refused rather than expanded. */
function toData(source: YamlSource, doc: Document.Parsed): { data?: unknown; problem?: ContentProblem } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch {
    const first = findAlias(doc);
    const at = first ? source.positionOf(rangeStart(first) ?? 0) : { line: 1, col: 1 };
    const message =
      'aliases here expand the file to an enormous size; write the content out instead of nesting aliases';
    return {
      problem: {
        file: source.file,
        ...at,
        path: first ? formatPath(source.pathAt(rangeStart(first) ?? 0)) : '(yaml)',
        message,
        severity: 'error',
      },
    };
  }
}

function findAlias(doc: Document.Parsed): YamlNode | undefined {
  let found: YamlNode | undefined;
  visit(doc, {
    Alias(_, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

function sortByPlace(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** A mapping key as text; the merge key `<<` is a symbol in the parsed document. */
function keyName(key: { value: unknown }): string {
  return typeof key.value === 'symbol' ? (key.value.description ?? '<<') : String(key.value);
}

const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

/** A mapping's pairs by key, the first of each: many problems in one big mapping must not each search it. */
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? keyName(pair.key) : undefined;
      if (name !== undefined && !index.has(name)) index.set(name, pair);
    }
    keyIndex.set(map, index);
  }
  return index;
}

function contains(node: unknown, offset: number, through?: unknown): boolean {
  const start = rangeStart(node);
  const end = rangeEnd(through ?? node) ?? rangeEnd(node);
  return start !== undefined && end !== undefined && offset >= start && offset < end;
}

function rangeStart(node: unknown): number | undefined {
  return (node as YamlNode | null | undefined)?.range?.[0];
}

function rangeEnd(node: unknown): number | undefined {
  return (node as YamlNode | null | undefined)?.range?.[2];
}

function fileProblem(file: string, message: string): ContentProblem {
  return { file, line: 0, col: 0, path: '(file)', message, severity: 'error' };
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The parser's wording where it is already plain, a clearer one where it is not. */
const YAML_MESSAGES: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'tabs are not allowed for indentation; indent with spaces',
  MULTIPLE_DOCS:
    'the file holds more than one YAML document (a second "---"); put each scenario or persona in its own file',
  BAD_DQ_ESCAPE: 'unknown escape sequence after a backslash in double-quoted text; write \\\\ for a backslash',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters; is a colon missing after a key?',
};

function yamlMessage(code: string, message: string): string {
  const known = YAML_MESSAGES[code];
  if (known) return `YAML syntax: ${known}`;
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'MISSING_CHAR' && /quote/.test(first))
    return 'YAML syntax: quoted text is not closed; add the closing quote mark';
  if (code === 'RESOURCE_EXHAUSTION') return 'YAML syntax: the file is too complex to read here';
  return `YAML syntax: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return value.trim() === '' ? 'empty text' : `text "${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  return `${typeof value} ${String(value)}`;
}
