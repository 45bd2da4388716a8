import { describe, expect, it } from 'vitest';
import { analyseScenario, bestOutcomeJudge } from '../../engine/analysis/index.ts';
import { reply, scenarioFrom } from '../../engine/test-support/build-scenario.ts';
import { discussionAt } from './discussion.ts';
import { projectorView, type TurnView } from './projector-view.ts';
import { runResults } from './room-results.ts';
import {
  consensus,
  countVotes,
  currentRun,
  newWorkshop,
  playForRoom,
  revealMore,
  rewind,
  setBlank,
} from './workshop.ts';
import { beginConversation } from '../../engine/index.ts';

const s = scenarioFrom({
  anger: 50,
  nodes: {
    open: {
      stage: 'venting',
      say: 'It never came.',
      choices: [
        reply('listen', 'next', { techniques: ['empathy'], text: 'Tell me what happened.', feedback: 'Heard first.' }),
        reply('blame', 'next', {
          pitfalls: ['blame'],
          text: 'The courier did that.',
          feedback: 'Blame, again.',
          reaction: 'Not my problem who did it.',
        }),
      ],
    },
    next: {
      stage: 'solving',
      say: 'So what now?',
      fitsEveryWayIn: true,
      choices: [
        reply('fix', 'resolved', { techniques: ['ownership'] }),
        reply('quit', 'lost', { pitfalls: ['helpless'] }),
      ],
    },
  },
});
const judge = bestOutcomeJudge(analyseScenario(s));
const inputs = { scenario: s, judge, bestPossible: 90 };
const start = newWorkshop('w', ['test-scenario'], new Date('2026-12-04T09:00:00Z'));
const turn = (w = start, countdown?: { left: number; running: boolean }) =>
  projectorView(w, { ...inputs, ...(countdown ? { countdown } : {}) }) as TurnView;

describe('the projector’s picture', () => {
  it('shows the turn and the replies, and nothing that gives the answer away until it is revealed', () => {
    const v = turn(countVotes(start, 'listen', 4), { left: 42, running: true });
    expect(v).toMatchObject({ kind: 'turn', decision: 1, anger: 50, mood: 'frustrated', line: 'It never came.' });
    expect(v.replies).toEqual(['Tell me what happened.', 'The courier did that.']);
    expect(v.countdown).toEqual({ left: 42, running: true });
    expect(v.votes).toBeUndefined();
    expect(v.outlooks).toBeUndefined();
    expect(JSON.stringify(v)).not.toMatch(/Heard first|Blame, again/);
  });

  it('reveals the vote, then what every reply does with the best one marked', () => {
    const voted = revealMore(countVotes(countVotes(start, 'listen', 4), 'blame', 1));
    expect(turn(voted)).toMatchObject({ votes: [4, 1] });
    expect(turn(voted).countdown).toBeUndefined();
    const outlooks = turn(revealMore(voted)).outlooks!;
    expect(outlooks.map((o) => [o.choiceId, o.best, o.feedback])).toEqual([
      ['listen', true, 'Heard first.'],
      ['blame', false, 'Blame, again.'],
    ]);
    expect(outlooks[1]!.reaction).toBe('Not my problem who did it.');
    expect(outlooks[0]!.change).toBeLessThan(0);
  });

  it('gives the customer’s answer to the reply played before the new line, and says when it is a what-if', () => {
    const played = playForRoom(consensus(start, 'blame'), s, judge);
    expect(turn(played)).toMatchObject({ decision: 2, reaction: 'Not my problem who did it.', line: 'So what now?' });
    expect(turn(rewind(played, 1))).toMatchObject({ decision: 1, whatIfFrom: 1 });
  });

  it('is blank when the facilitator blanks it', () => {
    expect(projectorView(setBlank(start, true), inputs)).toEqual({ kind: 'blank' });
  });

  it('shows the group results at an ending: the line just played, and the main line beside a what-if', () => {
    let w = playForRoom(countVotes(countVotes(start, 'listen', 2), 'blame', 6), s, judge);
    w = playForRoom(consensus(w, 'quit'), s, judge);
    const main = projectorView(w, inputs);
    expect(main).toMatchObject({ kind: 'results', bestPossible: 90 });
    if (main.kind !== 'results') throw new Error('results expected');
    const [line] = main.lines;
    expect(line!.debrief!.outcome.kind).toBe('lost');
    expect(line!.decisions[0]).toMatchObject({
      number: 1,
      played: { choiceId: 'blame', letter: 1 },
      best: { choiceId: 'listen', letter: 0 },
      agreement: 0.25,
      leanedTo: ['blame'],
    });
    w = playForRoom(consensus(playForRoom(consensus(rewind(w, 1), 'listen'), s, judge), 'fix'), s, judge);
    const both = projectorView(w, inputs);
    if (both.kind !== 'results') throw new Error('results expected');
    expect(both.lines.map((l) => [l.whatIfFrom, l.debrief?.outcome.kind])).toEqual([
      [1, 'resolved'],
      [undefined, 'lost'],
    ]);
    expect(runResults(s, currentRun(w), judge).map((l) => l.whatIfFrom)).toEqual([undefined, 1]);
  });
});

describe('what to ask the room', () => {
  it('names the techniques and pitfalls on offer, and the scenario’s reflection questions', () => {
    const d = discussionAt(s, beginConversation(s));
    expect(d.techniques).toEqual(['empathy']);
    expect(d.pitfalls).toEqual(['blame']);
    expect(d.questions.length).toBeGreaterThan(0);
  });
});
