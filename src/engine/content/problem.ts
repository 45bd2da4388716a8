/** A problem found in a content file, located precisely enough for an editor to jump to it. */
export interface ContentProblem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  col: number;
  /** Field path inside the file, like `nodes.greeting.choices[1].next`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** On the line that stands for the problems of a file left out of the list: how many there are. */
  omitted?: number;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${escapeControl(seg)}` : escapeControl(seg);
  }
  return out || '(file)';
}

/**
 * Control characters (all but tab and line feed) written as `\x1b`, so that text
 * from a content file or a file name can be shown without a terminal acting on it.
 */
export function escapeControl(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** `file:line:col field message`, the form editors and terminals recognise. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : p.file;
  const tag = p.severity === 'warning' ? ' warning:' : '';
  return `${where}${tag} ${p.path} ${p.message}`;
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
