/** The catalogue words what the engine and storage hand out as ids and data. */
import { describe, expect, it } from 'vitest';
import { ARC_STEPS, BREATHERS, ENDING_KINDS, RATINGS } from '../engine/index.ts';
import { MESSAGES as M } from './index.ts';

describe('debrief words', () => {
  it('name every rating, arc step, ending kind and breather', () => {
    for (const id of RATINGS) expect(M.rating[id]).toBeTruthy();
    for (const step of ARC_STEPS) expect(M.arcStep[step]).toBeTruthy();
    for (const kind of ENDING_KINDS) expect(M.outcomeKind[kind]).toBeTruthy();
    for (const b of BREATHERS) expect(M.breatherAdvice[b]).toMatch(/breathe in for four counts/);
  });

  it("title an outcome with the ending's own title, or one wording for its kind", () => {
    expect(M.outcomeTitle({ kind: 'escalated' })).toBe(M.outcomeKind.escalated);
    expect(M.outcomeTitle({ kind: 'lost', title: 'Gone' })).toBe('Gone');
  });

  it('word each kind of reflection prompt', () => {
    expect(M.reflectionPrompt({ kind: 'authored', text: 'What worked?' })).toBe('What worked?');
    expect(M.reflectionPrompt({ kind: 'costliest', turn: 2, choiceId: 'calm', reply: 'Calm down.' })).toBe(
      'At turn 2 you said "Calm down.". What made that the tempting answer, and what would you say next time?',
    );
    expect(M.reflectionPrompt({ kind: 'costliest', turn: 1, choiceId: null })).toMatch(
      /^At turn 1 you let the silence run\./,
    );
    expect(M.reflectionPrompt({ kind: 'missed-arc', steps: ['listen', 'empathise', 'follow-up'] })).toBe(
      'You never got to listen, empathise or follow up. Where in this conversation could it have fitted?',
    );
  });
});

describe('storage notices', () => {
  it('say a damaged record was set aside, naming the damaged field', () => {
    expect(
      M.storageNotice({
        key: 'attempt/p/a',
        record: 'attempt',
        kind: 'moved-aside',
        problem: { reason: 'damaged', path: 'finalAnger', issue: 'Invalid input' },
      }),
    ).toBe(
      'A saved attempt could not be read (attempt record is damaged at finalAnger: Invalid input). It was set aside, not deleted; everything else is fine.',
    );
  });

  it('ask to update Cooldown for a record from a newer version', () => {
    expect(
      M.storageNotice({
        key: 'profile/x',
        record: 'profile',
        kind: 'newer-version',
        problem: { reason: 'newer', version: 99, readsUpTo: 1 },
      }),
    ).toBe(
      'A saved profile was made by a newer version of Cooldown (record version 99, this version reads up to 1); update Cooldown to open it.',
    );
  });
});

describe('backup problems', () => {
  it('say what is wrong with the file, and where', () => {
    expect(M.backupProblem({ kind: 'not-a-backup' })).toMatch(/^This is not a Cooldown backup/);
    expect(M.backupProblem({ kind: 'newer', version: 7 })).toMatch(/backup version 7\); update Cooldown/);
    expect(M.backupProblem({ kind: 'damaged', path: 'profiles.0.attempts.3.finalAnger', issue: 'Too big' })).toBe(
      'The backup is damaged at profiles.0.attempts.3.finalAnger: Too big. Nothing was imported.',
    );
    expect(M.backupProblem({ kind: 'damaged', path: '', issue: 'Expected object' })).toMatch(/at \(top level\)/);
  });
});
