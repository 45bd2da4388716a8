import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { formatPath, type ContentProblem, type PathSegment } from './problem.ts';

/** Content files larger than this are refused before parsing: no scenario needs it, and it keeps the loader fast. */
export const MAX_FILE_BYTES = 512 * 1024;

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
      const problem = fileProblem(file, `file is ${kb(bytes)}; the limit is ${kb(MAX_FILE_BYTES)}. Split it into several scenarios.`);
      return new YamlSource(file, undefined, lines, undefined, [problem]);
    }
    if (text.trim() === '' || /^\s*(#.*\s*)*$/.test(text)) {
      return new YamlSource(file, undefined, lines, undefined, [fileProblem(file, 'file is empty; expected a YAML mapping')]);
    }
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const problems: ContentProblem[] = doc.errors.map((e) => {
      const pos = lines.linePos(e.pos[0]);
      return { file, line: pos.line, col: pos.col, path: '(yaml)', message: yamlMessage(e.code, e.message), severity: 'error' };
    });
    if (problems.length > 0) return new YamlSource(file, doc, lines, undefined, problems);
    const data = doc.toJS({ maxAliasCount: 50 });
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, line: 1, col: 1, path: '(file)', message: `expected a YAML mapping of fields, found ${describe(data)}`, severity: 'error' });
    }
    return new YamlSource(file, doc, lines, data, problems);
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

  problem(path: readonly PathSegment[], message: string, opts: { key?: boolean; severity?: 'error' | 'warning' } = {}): ContentProblem {
    const { line, col } = this.locate(path, opts.key);
    return { file: this.file, line, col, path: formatPath(path), message, severity: opts.severity ?? 'error' };
  }
}

function rangeStart(node: unknown): number | undefined {
  return (node as YamlNode | null | undefined)?.range?.[0];
}

function fileProblem(file: string, message: string): ContentProblem {
  return { file, line: 0, col: 0, path: '(file)', message, severity: 'error' };
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each id may appear only once here';
  return `YAML syntax: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  return `${typeof value} ${String(value)}`;
}
