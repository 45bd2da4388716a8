import type { z } from 'zod';
import type { ContentProblem, PathSegment } from './problem.ts';
import { describe, type YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  object: 'a mapping',
  array: 'a list',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** Turns schema issues into problems that say where, what was expected and what was found. */
export function schemaProblems(source: YamlSource, issues: readonly Issue[], base: PathSegment[] = []): ContentProblem[] {
  return issues.flatMap((issue) => toProblems(source, issue, [...base, ...(issue.path as PathSegment[])]));
}

function toProblems(source: YamlSource, issue: Issue, path: PathSegment[]): ContentProblem[] {
  const found = describe(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return [source.problem(path, `missing required field "${String(path.at(-1))}" (expected ${typeWord(issue.expected)})`)];
      }
      return [source.problem(path, `expected ${typeWord(issue.expected)}, found ${found}`)];
    case 'unrecognized_keys':
      return issue.keys.map((k) => source.problem([...path, k], `unknown field "${k}"`, { key: true }));
    case 'invalid_value':
      return [source.problem(path, `expected one of ${issue.values.map((v) => String(v)).join(', ')}; found ${found}`)];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'array') {
        const custom = /^at (least|most) /.test(issue.message) ? issue.message : `${word} ${bound} items`;
        return [source.problem(path, `expected ${custom}, found ${(issue.input as unknown[]).length}`)];
      }
      if (issue.origin === 'string') {
        const len = String(issue.input ?? '').length;
        if (len === 0) return [source.problem(path, 'expected some text, found empty text')];
        return [source.problem(path, `expected ${word} ${bound} characters, found ${len}`)];
      }
      return [source.problem(path, `expected ${word} ${bound}, found ${found}`)];
    }
    case 'invalid_format':
    case 'custom':
      return [source.problem(path, `expected ${issue.message}, found ${found}`)];
    case 'invalid_union':
      return unionProblems(source, issue, path);
    default:
      return [source.problem(path, `${issue.message}; found ${found}`)];
  }
}

/**
 * A union (say, a line that is either text or mood variants) failed. When the
 * input's shape matches one alternative, report that alternative's own problems;
 * otherwise say which shapes were possible.
 */
function unionProblems(source: YamlSource, issue: Extract<Issue, { code: 'invalid_union' }>, path: PathSegment[]): ContentProblem[] {
  const branches = issue.errors as Issue[][];
  const shape = shapeOf(issue.input);
  const matching = branches.filter((b) => b.length > 0 && !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  const pick = matching.length === 1 ? matching[0] : matching.find((b) => b.every((i) => i.path.length > 0));
  if (pick && shape !== 'other') return pick.flatMap((i) => toProblems(source, i, [...path, ...(i.path as PathSegment[])]));
  const expected = [...new Set(branches.map((b) => b[0]).filter((i): i is Issue => !!i).map(expectedOf))].join(' or ');
  return [source.problem(path, `expected ${expected}, found ${describe(issue.input)}`)];
}

function expectedOf(issue: Issue): string {
  if (issue.code === 'invalid_type') return typeWord(issue.expected);
  if (issue.code === 'invalid_value') return `one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

function typeWord(t: string): string {
  return TYPE_WORDS[t] ?? t;
}

function shapeOf(v: unknown): 'object' | 'array' | 'string' | 'other' {
  if (Array.isArray(v)) return 'array';
  if (v !== null && typeof v === 'object') return 'object';
  if (typeof v === 'string') return 'string';
  return 'other';
}
