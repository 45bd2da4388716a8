import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { formatPath, type ContentProblem, type PathSegment } from './problem.ts';

/** Content files larger than this are refused before parsing: no scenario needs it, and it keeps the loader fast. */
export const MAX_FILE_BYTES = 512 * 1024;

/** Aliases may share a line or a list, but not expand a small file into a huge one. */
const MAX_ALIAS_COUNT = 50;

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
    const problems = syntaxProblems(source(undefined, []), doc);
    if (problems.length > 0) return source(undefined, problems);
    const alias = unresolvedAlias(source(undefined, []), doc);
    if (alias) return source(undefined, [alias]);
    const { data, problem } = toData(source(undefined, []), doc);
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
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
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
        path.push(String(pair.key.value));
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

/** Every YAML syntax error, one per line: the parser often reports a single slip several times over. */
function syntaxProblems(source: YamlSource, doc: Document.Parsed): ContentProblem[] {
  const seenLines = new Set<number>();
  const problems: ContentProblem[] = [];
  for (const e of doc.errors) {
    const { line, col } = source.positionOf(e.pos[0]);
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    if (e.code === 'DUPLICATE_KEY') {
      problems.push(duplicateKeyProblem(source, doc, e.pos[0]));
      continue;
    }
    problems.push({
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

function duplicateKeyProblem(source: YamlSource, doc: Document.Parsed, offset: number): ContentProblem {
  const path = source.pathAt(offset);
  const key = String(path.at(-1) ?? '');
  let first: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (
        first === undefined &&
        isScalar(pair.key) &&
        String(pair.key.value) === key &&
        rangeStart(pair.key) !== offset
      ) {
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
