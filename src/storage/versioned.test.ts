import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decode, encode, type RecordType } from './versioned.ts';

// A record that has lived through three shapes: v1 {name}, v2 {first,last}, v3 adds {level}.
const NOTE: RecordType<{ first: string; last: string; level: number }> = {
  kind: 'note',
  version: 3,
  schema: z.strictObject({ first: z.string(), last: z.string(), level: z.number() }),
  migrations: {
    1: (d) => {
      const [first = '', ...rest] = String((d as { name: string }).name).split(' ');
      return { first, last: rest.join(' ') };
    },
    2: (d) => ({ ...(d as object), level: 1 }),
  },
};

describe('versioned records', () => {
  it('runs every migration in order from any old version', () => {
    expect(decode(NOTE, { kind: 'note', v: 1, data: { name: 'Anna Berzina' } })).toEqual({
      ok: true,
      migrated: true,
      value: { first: 'Anna', last: 'Berzina', level: 1 },
    });
    expect(decode(NOTE, { kind: 'note', v: 2, data: { first: 'Le', last: 'Lan' } })).toEqual({
      ok: true,
      migrated: true,
      value: { first: 'Le', last: 'Lan', level: 1 },
    });
    expect(decode(NOTE, encode(NOTE, { first: 'A', last: 'B', level: 4 }))).toEqual({
      ok: true,
      migrated: false,
      value: { first: 'A', last: 'B', level: 4 },
    });
  });

  it('refuses a newer version, saying which versions', () => {
    expect(decode(NOTE, { kind: 'note', v: 4, data: {} })).toEqual({
      ok: false,
      problem: { reason: 'newer', version: 4, readsUpTo: 3 },
    });
  });

  it('says what is wrong with an unreadable record as data, naming the damaged field', () => {
    expect(decode(NOTE, { kind: 'note', v: 3, data: { first: 'A', last: 2, level: 1 } })).toEqual({
      ok: false,
      problem: { reason: 'damaged', path: 'last', issue: expect.any(String) },
    });
    expect(decode(NOTE, { kind: 'note', v: 3, data: null })).toMatchObject({
      problem: { reason: 'damaged', path: '' },
    });
    expect(decode(NOTE, { kind: 'profile', v: 1, data: {} })).toEqual({
      ok: false,
      problem: { reason: 'wrong-kind', found: 'profile' },
    });
    expect(decode(NOTE, 'text')).toEqual({ ok: false, problem: { reason: 'not-a-record' } });
    expect(decode(NOTE, { kind: 'note', v: 0, data: {} })).toEqual({
      ok: false,
      problem: { reason: 'unknown-version', version: 0 },
    });
    expect(decode({ ...NOTE, migrations: { 1: NOTE.migrations[1]! } }, { kind: 'note', v: 2, data: {} })).toEqual({
      ok: false,
      problem: { reason: 'no-migration', from: 2 },
    });
    expect(decode(NOTE, { kind: 'note', v: 1, data: null })).toEqual({
      ok: false,
      problem: { reason: 'migration-failed', from: 1, error: expect.any(String) },
    });
  });
});
