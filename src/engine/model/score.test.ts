import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import { beginConversation, choose, type Turn } from './conversation.ts';
import { clampScore, endingPoints, ratingFor, scoreConversation, turnPoints } from './score.ts';

const s = scenarioFrom(
  {
    anger: 60,
    nodes: {
      open: {
        stage: 'venting',
        say: 'It broke!',
        choices: [
          reply('empathise', 'solve', { techniques: ['empathy'] }),
          reply('policy', 'solve', { pitfalls: ['policy'] }),
        ],
      },
      solve: {
        stage: 'solving',
        say: 'So?',
        choices: [
          reply('fix', 'done', { techniques: ['offer-options', 'ownership'] }),
          reply('boss', 'boss-end', { techniques: ['escalate-well'] }),
          reply('limit', 'limit-end', { techniques: ['set-boundary'] }),
          reply('gift', [{ when: { anger: { max: 30 } }, to: 'delighted' }, { to: 'lost' }], {
            techniques: ['atonement'],
          }),
        ],
      },
    },
    endings: {
      done: { kind: 'resolved', say: 'Thanks.', summary: 'Fixed.', reflection: ['Why?'] },
      delighted: { kind: 'resolved', points: 60, say: 'Wow.', summary: 'Above and beyond.', reflection: ['Why?'] },
      'boss-end': { kind: 'escalated', say: 'Fine.', summary: 'Supervisor.', reflection: ['Why?'] },
      'limit-end': { kind: 'boundary', say: 'Hmph.', summary: 'Boundary.', reflection: ['Why?'] },
      lost: { kind: 'lost', say: 'Bye!', summary: 'Lost.', reflection: ['Why?'] },
    },
  },
  { hotButtons: ['policy'] },
);

type Scored = Pick<Turn, 'choiceId' | 'stage' | 'techniques' | 'pitfalls'>;
const turn = (stage: Turn['stage'], techniques: string[], pitfalls: string[] = []): Scored => ({
  choiceId: 'x',
  stage,
  techniques,
  pitfalls,
});

describe('turnPoints', () => {
  it('gives 5 for a technique at the right stage', () => {
    expect(turnPoints(s, turn('venting', ['empathy']))).toEqual({ techniques: 5, pitfalls: 0, timeliness: 0 });
    expect(turnPoints(s, turn('solving', ['offer-options']))).toEqual({ techniques: 5, pitfalls: 0, timeliness: 0 });
    expect(turnPoints(s, turn('closing', ['stay-calm']))).toMatchObject({ techniques: 5 });
  });

  it('gives 2 when no technique suits the stage', () => {
    expect(turnPoints(s, turn('venting', ['offer-options']))).toMatchObject({ techniques: 2 });
    expect(turnPoints(s, turn('closing', ['empathy', 'offer-options']))).toMatchObject({ techniques: 2 });
  });

  it('one well-timed technique is enough for 5, however many are stacked', () => {
    expect(turnPoints(s, turn('venting', ['offer-options', 'empathy', 'simplify']))).toMatchObject({ techniques: 5 });
  });

  it('a pitfall in the same reply undoes the timing: 2 points and the pitfall penalty', () => {
    expect(turnPoints(s, turn('venting', ['empathy'], ['blame']))).toEqual({
      techniques: 2,
      pitfalls: -6,
      timeliness: 0,
    });
  });

  it('a hot button costs 9 instead of 6, and pitfalls add up', () => {
    expect(turnPoints(s, turn('solving', [], ['policy']))).toEqual({ techniques: 0, pitfalls: -9, timeliness: 0 });
    expect(turnPoints(s, turn('solving', [], ['policy', 'blame']))).toEqual({
      techniques: 0,
      pitfalls: -15,
      timeliness: 0,
    });
  });

  it('a reply with neither earns nothing', () => {
    expect(turnPoints(s, turn('solving', []))).toEqual({ techniques: 0, pitfalls: 0, timeliness: 0 });
  });

  it('silence costs 5 for timeliness and nothing else', () => {
    expect(turnPoints(s, { choiceId: null, stage: 'venting', techniques: [], pitfalls: ['silence'] })).toEqual({
      techniques: 0,
      pitfalls: 0,
      timeliness: -5,
    });
  });
});

describe('endingPoints', () => {
  it.each([
    ['done', 45],
    ['boss-end', 30],
    ['limit-end', 25],
    ['lost', 0],
  ])('%s earns %i outcome points', (ending, outcome) => {
    expect(endingPoints(s, ending, 60).outcome).toBe(outcome);
  });

  it("an ending's own points override its kind", () => {
    expect(endingPoints(s, 'delighted', 60).outcome).toBe(60);
  });

  it.each([
    [0, 20],
    [30, 10],
    [45, 5],
    [51, 3], // 9/60 × 20 = 3
    [60, 0],
    [80, 0],
  ])('from 60 down to %i: %i calmed points', (final, calmed) => {
    expect(endingPoints(s, 'done', final).calmed).toBe(calmed);
  });

  it('a lost customer earns no calmed points however low anger ended', () => {
    expect(endingPoints(s, 'lost', 10)).toEqual({ outcome: 0, calmed: 0 });
  });

  it('from a start of 0, full marks only for staying at 0', () => {
    const zero = { ...s, data: { ...s.data, anger: 0 } };
    expect(endingPoints(zero, 'done', 0).calmed).toBe(20);
    expect(endingPoints(zero, 'done', 5).calmed).toBe(0);
  });

  it('names the scenario when the ending is unknown', () => {
    expect(() => endingPoints(s, 'nowhere', 0)).toThrow('"nowhere" is not an ending of scenario "test-scenario"');
  });
});

describe('scoreConversation', () => {
  it('adds the components of a played conversation', () => {
    let c = beginConversation(s);
    c = choose(s, c, 'empathise'); // 60 - 11 = 49
    c = choose(s, c, 'fix'); // offer-options 11.25 + ownership 8 × 1.25 × 0.9 / 2 = 4.5 → -16: 33
    expect(c).toMatchObject({ at: 'done', anger: 33 });
    // resolved 45, calmed round(27/60 × 20) = 9, two well-timed turns 10
    expect(scoreConversation(s, c.turns, c.at, c.anger)).toEqual({
      outcome: 45,
      calmed: 9,
      techniques: 10,
      pitfalls: 0,
      timeliness: 0,
      total: 64,
      rating: 'getting-there',
    });
  });

  it('clamps the total at 0', () => {
    const turns = [turn('venting', [], ['policy', 'blame']), turn('venting', [], ['argue'])] as Turn[];
    const score = scoreConversation(s, turns, 'lost', 100);
    expect(score).toMatchObject({ outcome: 0, calmed: 0, pitfalls: -21, total: 0, rating: 'needs-practice' });
  });

  it('clamps the total at 100', () => {
    const turns = Array.from({ length: 5 }, () => turn('solving', ['ally'])) as Turn[];
    const score = scoreConversation(s, turns, 'delighted', 0); // 60 + 20 + 25 = 105
    expect(score).toMatchObject({ outcome: 60, calmed: 20, techniques: 25, total: 100, rating: 'excellent' });
  });

  it('counts silences under timeliness', () => {
    const silent = { choiceId: null, stage: 'venting', techniques: [], pitfalls: ['silence'] } as unknown as Turn;
    expect(scoreConversation(s, [silent, silent], 'boss-end', 60)).toMatchObject({ timeliness: -10, total: 20 });
  });
});

describe('ratings', () => {
  it.each([
    [100, 'excellent'],
    [85, 'excellent'],
    [84, 'good'],
    [70, 'good'],
    [69, 'getting-there'],
    [50, 'getting-there'],
    [49, 'needs-practice'],
    [0, 'needs-practice'],
  ] as const)('%i is %s', (total, rating) => {
    expect(ratingFor(total)).toBe(rating);
  });

  it('clampScore keeps 0–100', () => {
    expect([clampScore(-4), clampScore(0), clampScore(57), clampScore(100), clampScore(140)]).toEqual([
      0, 0, 57, 100, 100,
    ]);
  });
});
