import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import { wordingsOf } from './wordings.ts';

describe('the wordings a conversation may show', () => {
  it('lists every line variant, reaction, silence line and last words once, and the replies and asides apart', () => {
    const s = scenarioFrom({
      start: 'open',
      nodes: {
        open: {
          stage: 'venting',
          say: { calm: 'Fine.', furious: 'Not fine!' },
          sayWhen: [{ after: ['b'], say: 'You know why.' }],
          aside: { default: 'Arms folded.', furious: 'Slams the counter.' },
          timeout: { say: 'Hello?' },
          choices: [
            reply('a', 'won', { text: 'Sorry about that.', reaction: { calm: 'Thanks.', angry: 'Hm.' } }),
            reply('b', 'open', { text: 'Hello?' }),
          ],
        },
      },
      endings: {
        won: { kind: 'resolved', say: 'Bye then.', summary: 's', reflection: ['r'] },
        lost: { kind: 'lost', say: 'Bye then.', summary: 's', reflection: ['r'] },
      },
    });
    const w = wordingsOf(s.data);
    expect(w.lines.sort()).toEqual(
      ['Bye then.', 'Fine.', 'Hello?', 'Hm.', 'Not fine!', 'Thanks.', 'You know why.'].sort(),
    );
    expect(w.replies.sort()).toEqual(['Hello?', 'Sorry about that.']);
    expect(w.asides.sort()).toEqual(['Arms folded.', 'Slams the counter.']);
  });
});
