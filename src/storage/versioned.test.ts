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

  it('refuses a newer version with a message that says so', () => {
    const r = decode(NOTE, { kind: 'note', v: 4, data: {} });
    expect(r).toEqual({
      ok: false,
      reason: 'newer',
      message: expect.stringContaining('newer version of Cooldown (record version 4, this version reads up to 3)'),
    });
  });

  it('names the damaged field of an invalid record', () => {
    expect(decode(NOTE, { kind: 'note', v: 3, data: { first: 'A', last: 2, level: 1 } })).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringMatching(/^note record is damaged at last:/),
    });
    expect(decode(NOTE, { kind: 'profile', v: 1, data: {} })).toMatchObject({
      ok: false,
      message: 'expected a note record, found profile',
    });
    expect(decode(NOTE, 'text')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(decode(NOTE, { kind: 'note', v: 1, data: null })).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('could not upgrade note from version 1'),
    });
  });
});
