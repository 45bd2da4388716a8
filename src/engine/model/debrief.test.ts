import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import { beginConversation, choose, stayQuiet, type Conversation } from './conversation.ts';
import { buildDebrief, oneStepJudge, partlyRight, type AlternativeJudge } from './debrief.ts';

/**
 * Default persona (volatility 3, patience 3), starting anger 50. One-step judge
 * values (points minus anger added):
 *   open:  listen +5 −(−9) = 14, empathise-blame (2 − 6) − 10 = −14, rush 2 − (−3) = 5, silence −5 − 10 = −15
 *   sorry: apologise 5 + 9 = 14, calm-down −6 − 17 = −23
 *   fix:   solve 5 + 13 = 18, policy −6 − 12 = −18
 */
const s = scenarioFrom({
  anger: 50,
  nodes: {
    open: {
      stage: 'venting',
      say: { furious: 'FURIOUS OPEN', default: 'It broke again.' },
      choices: [
        reply('listen', 'sorry', { techniques: ['active-listening'] }),
        reply('empathise-blame', 'sorry', { techniques: ['empathy'], pitfalls: ['blame'] }),
        reply('rush', 'sorry', { techniques: ['offer-options'] }),
      ],
    },
    sorry: {
      stage: 'disarming',
      say: 'And?',
      choices: [
        reply('apologise', 'fix', { techniques: ['apology-first-person'] }),
        reply('calm-down', 'sorry', { pitfalls: ['calm-down'], reaction: 'Calm? I AM calm.' }),
      ],
    },
    fix: {
      stage: 'solving',
      say: 'What now?',
      choices: [
        reply('solve', 'resolved', { techniques: ['offer-options', 'follow-up'] }),
        reply('policy', 'resolved', { pitfalls: ['policy'] }),
      ],
    },
  },
  endings: {
    resolved: {
      kind: 'resolved',
      say: 'Thanks.',
      summary: 'Fixed it.',
      reflection: ['What worked?', 'What would you keep?'],
    },
    lost: { kind: 'lost', title: 'Gone', say: 'Bye!', summary: 'Lost them.', reflection: ['When did it turn?'] },
  },
});

function play(...moves: (string | null)[]): Conversation {
  return moves.reduce((c, m) => (m === null ? stayQuiet(s, c) : choose(s, c, m)), beginConversation(s));
}

describe('buildDebrief', () => {
  const best = play('listen', 'apologise', 'solve'); // 50 → 41 → 32 → 19
  const rough = play('empathise-blame', 'calm-down', 'apologise', 'solve'); // 50 → 60 → 77 → 68 → 55

  it('refuses a conversation that is not over, naming the scenario', () => {
    expect(() => buildDebrief(s, play('listen'))).toThrow(
      'conversation in scenario "test-scenario" is not over (at "sorry")',
    );
  });

  it('reports the outcome, with a title only where the ending has its own', () => {
    expect(buildDebrief(s, best).outcome).toEqual({
      endingId: 'resolved',
      kind: 'resolved',
      lastWords: 'Thanks.',
      summary: 'Fixed it.',
    });
    const lost = play('empathise-blame', 'calm-down', 'calm-down', 'calm-down'); // 60, 77, 94, 100
    expect(lost.at).toBe('lost');
    expect(buildDebrief(s, lost).outcome).toMatchObject({ kind: 'lost', title: 'Gone', lastWords: 'Bye!' });
  });

  it('includes the score of the conversation', () => {
    // resolved 45 + calmed round(31/50 × 20) = 12 + three well-timed turns 15
    expect(buildDebrief(s, best).score).toMatchObject({
      outcome: 45,
      calmed: 12,
      techniques: 15,
      total: 72,
      rating: 'good',
    });
  });

  it('draws one curve point per turn plus the start', () => {
    const d = buildDebrief(s, rough);
    expect(d.curve).toEqual([
      { turn: 0, anger: 50, mood: 'frustrated' },
      { turn: 1, anger: 60, mood: 'angry' },
      { turn: 2, anger: 77, mood: 'angry' },
      { turn: 3, anger: 68, mood: 'angry' },
      { turn: 4, anger: 55, mood: 'frustrated' },
    ]);
  });

  it('lists every turn in the transcript with names, anger change, feedback and points', () => {
    const d = buildDebrief(s, rough);
    expect(d.transcript).toHaveLength(4);
    expect(d.transcript[0]).toEqual({
      index: 1,
      customer: 'It broke again.',
      choiceId: 'empathise-blame',
      reply: 'Reply empathise-blame.',
      techniques: [{ id: 'empathy', name: 'Acknowledge the feeling' }],
      pitfalls: [{ id: 'blame', name: 'Blaming the customer' }],
      angerBefore: 50,
      angerAfter: 60,
      change: 10,
      feedback: 'Feedback on empathise-blame.',
      points: -4,
    });
    expect(d.transcript.map((t) => t.points)).toEqual([-4, -6, 5, 5]);
  });

  it("names a reply that used a technique and committed a pitfall at once as partly right, and keeps the customer's answer to a reply", () => {
    const d = buildDebrief(s, play('empathise-blame', 'calm-down', 'apologise', 'solve'));
    expect(d.transcript.map(partlyRight)).toEqual([true, false, false, false]);
    expect(d.transcript[1]).toMatchObject({ choiceId: 'calm-down', reaction: 'Calm? I AM calm.' });
    expect(d.transcript[0]).not.toHaveProperty('reaction');
  });

  it('shows a silence in the transcript as no choice, no words and the silence pitfall', () => {
    const d = buildDebrief(s, play(null, 'listen', 'apologise', 'solve'));
    expect(d.transcript[0]).not.toHaveProperty('reply');
    expect(d.transcript[0]).not.toHaveProperty('feedback');
    expect(d.transcript[0]).toMatchObject({
      choiceId: null,
      techniques: [],
      pitfalls: [{ id: 'silence', name: 'Silence or a flat tone' }],
      change: 10,
      points: -5,
    });
  });

  it('finds the costliest turn and the best alternative there', () => {
    // turn 1 costs 14 − (−14) = 28, turn 2 costs 14 − (−23) = 37
    expect(buildDebrief(s, rough).costliest).toEqual({
      index: 2,
      choiceId: 'calm-down',
      reply: 'Reply calm-down.',
      change: 17,
      cost: 37,
      alternative: { choiceId: 'apologise', text: 'Reply apologise.', change: -9, feedback: 'Feedback on apologise.' },
    });
  });

  it('rates a silence as its anger rise plus the timeliness penalty', () => {
    // silence −15 against listen 14: cost 29
    const costliest = buildDebrief(s, play(null, 'listen', 'apologise', 'solve')).costliest;
    expect(costliest).toMatchObject({
      index: 1,
      choiceId: null,
      change: 10,
      cost: 29,
      alternative: { choiceId: 'listen' },
    });
    expect(costliest).not.toHaveProperty('reply');
  });

  it('has no costliest turn when every reply was the best', () => {
    const d = buildDebrief(s, best);
    expect(d).not.toHaveProperty('costliest');
  });

  it('uses a custom judge when given, asking it about the position before each turn', () => {
    const asked: string[] = [];
    const judge: AlternativeJudge = (sc, from, choiceId) => {
      asked.push(`${from.at}@${from.anger}:${choiceId}`);
      return choiceId === 'rush' ? 100 : oneStepJudge(sc, from, choiceId);
    };
    const d = buildDebrief(s, best, judge);
    expect(d.costliest).toMatchObject({
      index: 1,
      reply: 'Reply listen.',
      cost: 86,
      alternative: { choiceId: 'rush', change: -3 },
    });
    expect(asked).toEqual([
      'open@50:listen',
      'open@50:empathise-blame',
      'open@50:rush',
      'sorry@41:apologise',
      'sorry@41:calm-down',
      'fix@32:solve',
      'fix@32:policy',
    ]);
  });

  it('checks off the arc at the first turn of each step', () => {
    expect(buildDebrief(s, best).arc).toEqual([
      { step: 'listen', done: true, turn: 1 },
      { step: 'empathise', done: false },
      { step: 'apologise', done: true, turn: 2 },
      { step: 'solve', done: true, turn: 3 },
      { step: 'follow-up', done: true, turn: 3 },
    ]);
  });

  it('counts a step only in a turn without pitfalls', () => {
    // turn 1 used empathy but also blamed the customer
    const arc = buildDebrief(s, rough).arc;
    expect(arc.find((a) => a.step === 'empathise')).toEqual({ step: 'empathise', done: false });
    expect(arc.find((a) => a.step === 'apologise')).toMatchObject({ done: true, turn: 3 });
  });

  it('asks the authored questions, then about the costliest turn, then about the missed steps', () => {
    expect(buildDebrief(s, rough).reflection).toEqual([
      { kind: 'authored', text: 'What worked?' },
      { kind: 'authored', text: 'What would you keep?' },
      { kind: 'costliest', turn: 2, choiceId: 'calm-down', reply: 'Reply calm-down.' },
      { kind: 'missed-arc', steps: ['listen', 'empathise'] },
    ]);
    expect(buildDebrief(s, best).reflection).toEqual([
      { kind: 'authored', text: 'What worked?' },
      { kind: 'authored', text: 'What would you keep?' },
      { kind: 'missed-arc', steps: ['empathise'] },
    ]);
  });

  it('asks about a costly silence as a silence', () => {
    expect(buildDebrief(s, play(null, 'listen', 'apologise', 'solve')).reflection).toContainEqual({
      kind: 'costliest',
      turn: 1,
      choiceId: null,
    });
  });

  it('asks no missed-step question when no step was reached at all', () => {
    const lost = play('empathise-blame', 'calm-down', 'calm-down', 'calm-down');
    expect(buildDebrief(s, lost).reflection.some((q) => q.kind === 'missed-arc')).toBe(false);
  });

  it('offers a breather after a peak of 80 or more', () => {
    const hot: Conversation = { ...beginConversation(s), anger: 73, peak: 73 };
    const c = ['empathise-blame', 'apologise', 'solve'].reduce((acc, m) => choose(s, acc, m), hot); // 73 → 83 → …
    expect(c).toMatchObject({ at: 'resolved', peak: 83 });
    expect(buildDebrief(s, c).breather).toBe('hard-call');
  });

  it('offers a breather after losing the customer, whatever the peak', () => {
    const lost: Conversation = { ...beginConversation(s), at: 'lost', anger: 40, peak: 50 };
    expect(buildDebrief(s, lost).breather).toBe('lost');
  });

  it('offers no breather after an easy call', () => {
    expect(best.peak).toBe(50);
    expect(buildDebrief(s, best)).not.toHaveProperty('breather');
    const justBelow: Conversation = { ...best, peak: 79 };
    expect(buildDebrief(s, justBelow)).not.toHaveProperty('breather');
  });
});
