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

export type Decoded<T> =
  { ok: true; value: T; migrated: boolean } | { ok: false; reason: 'newer' | 'invalid'; message: string };

export function encode<T>(type: RecordType<T>, value: T): Envelope {
  return { kind: type.kind, v: type.version, data: value };
}

function isEnvelope(raw: unknown): raw is Envelope {
  const e = raw as Envelope | null;
  return !!e && typeof e === 'object' && typeof e.kind === 'string' && Number.isInteger(e.v) && 'data' in e;
}

export function decode<T>(type: RecordType<T>, raw: unknown): Decoded<T> {
  if (!isEnvelope(raw)) return { ok: false, reason: 'invalid', message: `not a ${type.kind} record` };
  if (raw.kind !== type.kind)
    return { ok: false, reason: 'invalid', message: `expected a ${type.kind} record, found ${raw.kind}` };
  if (raw.v > type.version) {
    return {
      ok: false,
      reason: 'newer',
      message: `this ${type.kind} was saved by a newer version of Cooldown (record version ${raw.v}, this version reads up to ${type.version}); update Cooldown to open it`,
    };
  }
  if (raw.v < 1) return { ok: false, reason: 'invalid', message: `unknown ${type.kind} record version ${raw.v}` };
  let data = raw.data;
  try {
    for (let v = raw.v; v < type.version; v++) {
      const migrate = type.migrations[v];
      if (!migrate) return { ok: false, reason: 'invalid', message: `no migration for ${type.kind} version ${v}` };
      data = migrate(data);
    }
  } catch (e) {
    return {
      ok: false,
      reason: 'invalid',
      message: `could not upgrade ${type.kind} from version ${raw.v}: ${(e as Error).message}`,
    };
  }
  const parsed = type.schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      reason: 'invalid',
      message: `${type.kind} record is damaged at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    };
  }
  return { ok: true, value: parsed.data, migrated: raw.v !== type.version };
}
