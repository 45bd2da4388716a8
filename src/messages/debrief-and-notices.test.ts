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

  it('say what a partly-right reply got right and what it cost, with the catalogue names in the sentence', () => {
    expect(M.partlyRight(['Take ownership'], ['Hiding behind policy'])).toBe(
      'Right to take ownership, but hiding behind policy cost you part of it.',
    );
    expect(M.partlyRight(['Acknowledge the feeling', 'Offer options'], ['"Calm down"'])).toBe(
      'Right to acknowledge the feeling and offer options, but "Calm down" cost you part of it.',
    );
  });

  it("title an outcome with the ending's own title, or one wording for its kind", () => {
    expect(M.outcomeTitle({ kind: 'escalated' })).toBe(M.outcomeKind.escalated);
    expect(M.outcomeTitle({ kind: 'lost', title: 'Gone' })).toBe('Gone');
  });

  it('word each kind of reflection prompt', () => {
    expect(M.reflectionPrompt({ kind: 'authored', text: 'What worked?' })).toBe('What worked?');
    expect(M.reflectionPrompt({ kind: 'costliest', turn: 2, choiceId: 'calm', reply: 'Calm down.' })).toBe(
      'At turn 2 you said “Calm down.”, and that cost you the most points. What made it the tempting answer, and what would you say next time?',
    );
    const silence = M.reflectionPrompt({ kind: 'costliest', turn: 1, choiceId: null });
    expect(silence).toMatch(/^At turn 1 you let the silence run, and that cost you the most points\./);
    expect(silence).not.toContain(M.noAnswer);
    expect(M.reflectionPrompt({ kind: 'missed-arc', steps: ['listen', 'empathise', 'follow-up'] })).toBe(
      'You never got to listen, empathise or follow up. Where in this conversation could it have fitted?',
    );
  });
});

describe('storage notices', () => {
  it('say a damaged record was set aside, in words for the trainee (the field stays in the set-aside copy)', () => {
    expect(
      M.storageNotice({
        key: 'attempt/p/a',
        record: 'attempt',
        kind: 'moved-aside',
        problem: { reason: 'damaged', path: 'finalAnger', issue: 'Invalid input' },
      }),
    ).toBe(
      'One of your past attempts could not be read, so it is left out of your progress and backups. It was put aside, not deleted.',
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
      'A profile was saved by a newer version of Cooldown, so this version shows it without its name and does not change it. Its attempts are still here; update Cooldown to see it whole.',
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

  it('name the place of what could not have happened', () => {
    expect(M.backupProblem({ kind: 'unknown-version', version: -1 })).toMatch(/version -1, which no Cooldown wrote/);
    expect(
      M.backupProblem({
        kind: 'duplicate-id',
        path: 'profiles.0.attempts.2.id',
        first: 'profiles.0.attempts.0.id',
        id: 'a0',
      }),
    ).toBe(
      'The backup is damaged at profiles.0.attempts.2.id: the id "a0" is already used at profiles.0.attempts.0.id. Nothing was imported.',
    );
    expect(
      M.backupProblem({
        kind: 'impossible-date',
        path: 'exportedAt',
        date: '2026-02-30T10:00:00Z',
        reason: 'not-a-date',
      }),
    ).toBe(
      'The backup is damaged at exportedAt: "2026-02-30T10:00:00Z" is not a real date and time. Nothing was imported.',
    );
    expect(
      M.backupProblem({
        kind: 'impossible-date',
        path: 'profiles.0.attempts.0.endedAt',
        date: '2026-11-01T09:00:00Z',
        reason: 'before-start',
        start: '2026-11-01T10:00:00Z',
      }),
    ).toMatch(/endedAt: "2026-11-01T09:00:00Z" ends before the attempt started \(2026-11-01T10:00:00Z\)/);
    expect(
      M.backupProblem({ kind: 'impossible-date', path: 'exportedAt', date: '2999-01-01', reason: 'future' }),
    ).toMatch(/lies in the future/);
    expect(
      M.backupProblem({
        kind: 'impossible-score',
        path: 'profiles.0.attempts.0.debrief.score.calmed',
        value: 25,
        reason: 'out-of-range',
        min: 0,
        max: 20,
      }),
    ).toBe(
      'The backup is damaged at profiles.0.attempts.0.debrief.score.calmed: 25 points is not something scoring gives there (0 to 20). Nothing was imported.',
    );
    expect(
      M.backupProblem({
        kind: 'impossible-score',
        path: 'profiles.0.attempts.0.debrief.score.total',
        value: 99,
        reason: 'not-the-sum',
        expected: 53,
      }),
    ).toMatch(/a total of 99 is not what its parts add up to \(53\)/);
  });
});

describe('a backup file that is not JSON (issue 17, 7e)', () => {
  it('is named in plain words, never with the parser message and the bytes it quotes', () => {
    const detail = 'Unexpected token \'\u0089\', "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR"... is not valid JSON';
    const text = M.backupProblem({ kind: 'not-json', detail });
    expect(text).not.toContain('PNG');
    expect(text).not.toContain('Unexpected token');
    expect(text).toMatch(/^This is not a Cooldown backup/);
    expect(text).toMatch(/Nothing was imported\.$/);
  });
});
