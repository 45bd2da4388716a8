/**
 * Every stored record is an envelope `{ kind, v, data }`. Reading runs the
 * migrations from the record's version up to the current one, in order, and
 * validates the result; a record from a newer version of Cooldown is refused
 * and left untouched.
 */
import type { z } from 'zod';

export interface Envelope {
  kind: string;
  v: number;
  data: unknown;
}

export interface RecordType<T> {
  kind: string;
  /** The version this build writes. */
  version: number;
  schema: z.ZodType<T>;
  /** `migrations[n]` turns version n data into version n + 1 data. */
  migrations: Readonly<Record<number, (data: unknown) => unknown>>;
}

/**
 * Why a stored value could not be read as a record, as data (the record's
 * versions, the damaged field): the screens put it into words. `newer` means a
 * newer Cooldown wrote it and it is left alone; every other reason means it is
 * damaged.
 */
export type RecordProblem =
  | { reason: 'not-a-record' }
  | { reason: 'wrong-kind'; found: string }
  | { reason: 'newer'; version: number; readsUpTo: number }
  | { reason: 'unknown-version'; version: number }
  | { reason: 'no-migration'; from: number }
  | { reason: 'migration-failed'; from: number; error: string }
  /** `path` is the damaged field, dot-separated ('' for the record as a whole); `issue` what the schema says is wrong. */
  | { reason: 'damaged'; path: string; issue: string };

export type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false; problem: RecordProblem };

export function encode<T>(type: RecordType<T>, value: T): Envelope {
  return { kind: type.kind, v: type.version, data: value };
}

function isEnvelope(raw: unknown): raw is Envelope {
  const e = raw as Envelope | null;
  return !!e && typeof e === 'object' && typeof e.kind === 'string' && Number.isInteger(e.v) && 'data' in e;
}

export function decode<T>(type: RecordType<T>, raw: unknown): Decoded<T> {
  const fail = (problem: RecordProblem): Decoded<T> => ({ ok: false, problem });
  if (!isEnvelope(raw)) return fail({ reason: 'not-a-record' });
  if (raw.kind !== type.kind) return fail({ reason: 'wrong-kind', found: raw.kind });
  if (raw.v > type.version) return fail({ reason: 'newer', version: raw.v, readsUpTo: type.version });
  if (raw.v < 1) return fail({ reason: 'unknown-version', version: raw.v });
  let data = raw.data;
  try {
    for (let v = raw.v; v < type.version; v++) {
      const migrate = type.migrations[v];
      if (!migrate) return fail({ reason: 'no-migration', from: v });
      data = migrate(data);
    }
  } catch (e) {
    return fail({ reason: 'migration-failed', from: raw.v, error: (e as Error).message });
  }
  const parsed = type.schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail({ reason: 'damaged', path: issue.path.map(String).join('.'), issue: issue.message });
  }
  return { ok: true, value: parsed.data, migrated: raw.v !== type.version };
}
