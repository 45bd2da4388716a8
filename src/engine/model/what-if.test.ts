import { describe, expect, it } from 'vitest';
import { bestOutcomeJudge } from '../analysis/judge.ts';
import { analyseScenario } from '../analysis/analyse.ts';
import { bestReplyAt } from '../analysis/best-reply.ts';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import { beginConversation, choose } from './conversation.ts';
import { whatIf } from './what-if.ts';

/** Default persona: empathy while venting −11, blame while venting +21. */
const s = scenarioFrom({
  anger: 45,
  nodes: {
    open: {
      stage: 'venting',
      say: 'It never came.',
      choices: [
        reply('listen', 'next', { techniques: ['empathy'] }),
        reply('blame', 'next', { pitfalls: ['blame'], reaction: 'My fault, is it?' }),
        reply('hang-up', 'lost', { pitfalls: ['brush-off'] }),
      ],
    },
    next: { stage: 'solving', say: 'So what now?', choices: [reply('fix', 'resolved'), reply('quit', 'lost')] },
  },
});

describe('what each reply would do', () => {
  const start = beginConversation(s);
  const outlook = whatIf(s, start);

  it('gives the anger change, the reaction and the next line of every reply on offer', () => {
    expect(outlook.map((o) => [o.choiceId, o.position, o.change])).toEqual([
      ['listen', 0, -11],
      ['blame', 1, 21],
      ['hang-up', 2, expect.any(Number)],
    ]);
    expect(outlook[1]).toMatchObject({ reaction: 'My fault, is it?', then: { kind: 'line', line: 'So what now?' } });
    expect(outlook[2]!.then).toEqual({ kind: 'ending', ending: 'lost', lastWords: 'Forget it!' });
  });

  it('is the step the conversation takes, and leaves the conversation where it was', () => {
    expect(choose(s, start, 'blame').anger).toBe(outlook[1]!.angerAfter);
    expect(start.turns).toHaveLength(0);
  });

  it('names the best reply by the analysis, with its place', () => {
    expect(bestReplyAt(s, start, bestOutcomeJudge(analyseScenario(s)))).toEqual({ choiceId: 'listen', position: 0 });
  });
});
