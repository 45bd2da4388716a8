import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { readLaunch } from './lms-link.ts';

const s = scenarioFrom({
  id: 'late-parcel',
  nodes: { open: { stage: 'venting', say: 'Hi.', choices: [reply('a', 'resolved'), reply('b', 'lost')] } },
});
const read = (query: string) => readLaunch(query, [s], () => 63);

describe('the launch parameters an LMS appends', () => {
  it('name the scenario and the score that passes it', () => {
    expect(read('?scenario=late-parcel&mastery=70')).toEqual({ ok: true, launch: { scenario: s, mastery: 70 } });
  });

  it('fall back to the default pass mark when the LMS gives none', () => {
    expect(read('?scenario=late-parcel')).toEqual({ ok: true, launch: { scenario: s, mastery: 63 } });
  });

  it('are refused, saying what is wrong, when missing, unknown or unreadable', () => {
    expect(read('')).toEqual({ ok: false, problem: { kind: 'no-scenario' } });
    expect(read('?scenario=late-parcal')).toEqual({
      ok: false,
      problem: { kind: 'unknown-scenario', id: 'late-parcal' },
    });
    for (const bad of ['-5', 'NaN', '1e3', '170', 'seventy'])
      expect(read(`?scenario=late-parcel&mastery=${bad}`)).toEqual({
        ok: false,
        problem: { kind: 'bad-mastery', value: bad },
      });
  });

  it('never carry more of an untrusted value into a message than a line can hold', () => {
    expect(read(`?scenario=${'x'.repeat(5000)}`)).toEqual({
      ok: false,
      problem: { kind: 'unknown-scenario', id: 'x'.repeat(60) },
    });
  });
});
