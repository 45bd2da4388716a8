import type { z } from 'zod';
import type { ContentProblem, PathSegment } from './problem.ts';
import { closest, didYouMean } from './suggest.ts';
import { describe, type YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };
type Schema = z.core.$ZodType;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

interface Context {
  source: YamlSource;
  /** The schema of the value at `base`, when known: it names the fields a mapping allows. */
  schema?: Schema;
  base: PathSegment[];
}

/**
 * Turns schema issues into problems that say where, what was expected and what was found.
 * With the schema that produced them, unknown fields get "did you mean" suggestions
 * and the list of fields allowed, and unions are explained by their alternatives.
 */
export function schemaProblems(
  source: YamlSource,
  issues: readonly Issue[],
  base: PathSegment[] = [],
  schema?: Schema,
): ContentProblem[] {
  return problemsFor({ source, schema, base }, issues, base);
}

function problemsFor(ctx: Context, issues: readonly Issue[], at: PathSegment[]): ContentProblem[] {
  const typos = likelyTypos(ctx, issues, at);
  return issues
    .filter((issue) => !(isMissing(issue) && typos.has(key([...at, ...(issue.path as PathSegment[])]))))
    .flatMap((issue) => toProblems(ctx, issue, [...at, ...(issue.path as PathSegment[])]));
}

/**
 * Required fields that are "missing" only because an unknown key next to them is
 * a misspelling of them: the unknown key's message already says so.
 */
function likelyTypos(ctx: Context, issues: readonly Issue[], at: PathSegment[]): Set<string> {
  const out = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = [...at, ...(issue.path as PathSegment[])];
    const known = fieldsAt(ctx, path);
    for (const k of issue.keys) {
      const guess = closest(k, known);
      if (guess) out.add(key([...path, guess]));
    }
  }
  return out;
}

function toProblems(ctx: Context, issue: Issue, path: PathSegment[]): ContentProblem[] {
  const { source } = ctx;
  const found = describe(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue))
        return [
          source.problem(
            path,
            `missing required field "${String(path.at(-1))}" (expected ${typeWord(issue.expected)})`,
          ),
        ];
      return [source.problem(path, `expected ${typeWord(issue.expected)}, found ${found}`)];
    case 'unrecognized_keys':
      return issue.keys.map((k) =>
        source.problem([...path, k], unknownFieldMessage(k, fieldsAt(ctx, path)), { key: true }),
      );
    case 'invalid_key':
      return (issue.issues as Issue[]).map((inner) =>
        source.problem(path, `${keyRule(inner)}, found "${String(path.at(-1))}"`, { key: true }),
      );
    case 'invalid_value': {
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, issue.values.map(String)) : '';
      return [source.problem(path, `expected ${valuesWord(issue.values)}, found ${found}${hint}`)];
    }
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'array') {
        const custom = /^at (least|most) /.test(issue.message)
          ? issue.message
          : `${word} ${bound} ${bound === 1 ? 'item' : 'items'}`;
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
      return unionProblems(ctx, issue, path);
    default:
      return [source.problem(path, `${issue.message}; found ${found}`)];
  }
}

function unknownFieldMessage(field: string, known: readonly string[]): string {
  const hint = didYouMean(field, known);
  if (hint || known.length === 0) return `unknown field "${field}"${hint}`;
  return `unknown field "${field}"; expected one of ${known.join(', ')}`;
}

/** What a record key must look like, from the key schema's own issue. */
function keyRule(inner: Issue): string {
  if (inner.code === 'invalid_format' || inner.code === 'custom') return `expected a key that is ${inner.message}`;
  if (inner.code === 'too_big') return `expected a key of at most ${String(inner.maximum)} characters`;
  return `expected a valid key (${inner.message})`;
}

/**
 * A union (say, a line that is either text or mood variants) failed. When the
 * input's shape fits one alternative, report that alternative's own problems;
 * when several mappings fit, pick the one whose fields the input shares;
 * otherwise say which shapes were possible.
 */
function unionProblems(
  ctx: Context,
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PathSegment[],
): ContentProblem[] {
  const branches = issue.errors as Issue[][];
  const fitting = branches
    .map((b, i) => ({ issues: b, option: optionsAt(ctx, path)[i] }))
    .filter((b) => b.issues.length > 0 && fitsShape(b.issues));
  if (fitting.length === 1) return problemsFor(ctx, fitting[0]!.issues, path);
  if (fitting.length > 1 && isMapping(issue.input)) {
    const given = Object.keys(issue.input);
    const scored = fitting.map((b) => ({ ...b, fields: b.option ? objectFields(b.option) : [] }));
    const overlap = (fields: string[]) => given.filter((g) => fields.includes(g)).length;
    const best = Math.max(...scored.map((b) => overlap(b.fields)));
    const top = scored.filter((b) => overlap(b.fields) === best);
    if (top.length === 1 || scored.every((b) => b.fields.length === 0)) return problemsFor(ctx, top[0]!.issues, path);
    const expected = top.map((b) => fieldList(b.fields)).join(' or ');
    const allFields = [...new Set(top.flatMap((b) => b.fields))];
    const hint = given.length === 1 ? didYouMean(given[0]!, allFields) : '';
    return [
      ctx.source.problem(path, `expected a mapping with ${expected}, found a mapping with ${fieldList(given)}${hint}`),
    ];
  }
  if (fitting.length > 1) return problemsFor(ctx, fitting[0]!.issues, path);
  const options = optionsAt(ctx, path);
  const expected = [
    ...new Set(
      branches.flatMap((b, i) => {
        const root = b.find((x) => x.path.length === 0);
        const fields = options[i] ? objectFields(options[i]) : [];
        return root
          ? [fields.length > 0 && fields.length <= 3 ? `a mapping with ${fieldList(fields)}` : expectedOf(root)]
          : [];
      }),
    ),
  ].join(' or ');
  return [ctx.source.problem(path, `expected ${expected}, found ${describe(issue.input)}`)];
}

/** An alternative fits the input's shape when its complaints are about the content, not the type. */
function fitsShape(issues: readonly Issue[]): boolean {
  return !issues.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'));
}

function fieldList(fields: readonly string[]): string {
  if (fields.length === 0) return 'no fields';
  const quoted = fields.map((f) => `"${f}"`);
  return fields.length === 1 ? `the field ${quoted[0]!}` : `the fields ${quoted.join(', ')}`;
}

function expectedOf(issue: Issue): string {
  if (issue.code === 'invalid_type') return typeWord(issue.expected);
  if (issue.code === 'invalid_value') return valuesWord(issue.values);
  return issue.message;
}

function valuesWord(values: readonly unknown[]): string {
  return values.length === 1 ? String(values[0]) : `one of ${values.map(String).join(', ')}`;
}

function typeWord(t: string): string {
  return TYPE_WORDS[t] ?? t;
}

function isMissing(issue: Issue): boolean {
  return issue.code === 'invalid_type' && issue.input === undefined && issue.path.length > 0;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function key(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

// Walking the schema along a field path. Zod keeps each schema's parts in `_zod.def`.

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  getter?: () => Schema;
  shape?: Record<string, Schema>;
  valueType?: Schema;
  element?: Schema;
  options?: Schema[];
}

function def(s: Schema): Def {
  return s._zod.def as unknown as Def;
}

/** The schema itself, without optional/default/pipe wrappers. */
function unwrap(s: Schema): Schema {
  for (let i = 0; i < 20; i++) {
    const d = def(s);
    const inner = d.innerType ?? d.in ?? (d.type === 'lazy' ? d.getter?.() : undefined);
    if (!inner) return s;
    s = inner;
  }
  return s;
}

/** Every schema that may describe the value at `path` (several where a union is crossed). */
function schemasAt(ctx: Context, path: readonly PathSegment[]): Schema[] {
  if (!ctx.schema) return [];
  let current: Schema[] = [ctx.schema];
  for (const seg of path.slice(ctx.base.length)) {
    current = expandUnions(current).flatMap((s) => {
      const d = def(s);
      if (d.type === 'object') return d.shape && Object.hasOwn(d.shape, String(seg)) ? [d.shape[String(seg)]!] : [];
      if (d.type === 'record') return d.valueType ? [d.valueType] : [];
      if (d.type === 'array') return d.element && typeof seg === 'number' ? [d.element] : [];
      return [];
    });
  }
  return current;
}

function expandUnions(schemas: readonly Schema[]): Schema[] {
  return schemas.flatMap((s) => {
    const u = unwrap(s);
    const d = def(u);
    return d.type === 'union' && d.options ? expandUnions(d.options) : [u];
  });
}

function optionsAt(ctx: Context, path: readonly PathSegment[]): Schema[] {
  const union = schemasAt(ctx, path)
    .map(unwrap)
    .find((s) => def(s).type === 'union');
  return union ? (def(union).options ?? []) : [];
}

function objectFields(s: Schema): string[] {
  const d = def(unwrap(s));
  return d.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

/** The field names a mapping at `path` may have. */
function fieldsAt(ctx: Context, path: readonly PathSegment[]): string[] {
  return [...new Set(expandUnions(schemasAt(ctx, path)).flatMap(objectFields))];
}
