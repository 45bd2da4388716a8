import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import {
  availableChoices,
  beginConversation,
  choose,
  customerLine,
  isOver,
  stayQuiet,
  type Conversation,
} from './conversation.ts';

/**
 * Default persona: volatility 3, patience 3. Figures used below:
 * empathy while venting -11; blame while venting 14 × 1.25 × 1.2 = +21;
 * silence +10.
 */
const branching = scenarioFrom({
  anger: 45,
  nodes: {
    open: {
      stage: 'venting',
      say: { frustrated: 'Frustrated line.', default: 'Default line.' },
      timeout: { say: { furious: 'Hello?!', default: 'Hello?' } },
      choices: [
        reply('empathise', [{ when: { anger: { max: 39 } }, to: 'calmer' }, { to: 'still' }], {
          techniques: ['empathy'],
        }),
        reply('promise', [{ when: { flags: { promised: true } }, to: 'promised' }, { to: 'still' }], {
          sets: { promised: true },
        }),
        reply('blame', 'still', { pitfalls: ['blame'] }),
        reply('explode', 'still', { pitfalls: ['argue'], anger: { change: 60 } }),
      ],
    },
    still: {
      stage: 'disarming',
      say: 'Still here.',
      choices: [
        reply('calm-only', 'resolved', { when: { mood: ['calm', 'annoyed'] } }),
        reply('in-range', 'resolved', { when: { anger: { min: 40, max: 70 } } }),
        reply('flagged', 'resolved', { when: { flags: { promised: true } } }),
        reply('unflagged', 'resolved', { when: { flags: { promised: false } } }),
      ],
    },
    calmer: { stage: 'solving', say: 'Calmer.', choices: [reply('a', 'resolved'), reply('b', 'still')] },
    promised: {
      stage: 'closing',
      say: { annoyed: 'Annoyed promise.', angry: 'Angry promise.' },
      choices: [reply('c', 'resolved'), reply('d', 'still')],
    },
  },
});

const ids = (c: Conversation) => availableChoices(branching, c).map((x) => x.id);

describe('beginConversation', () => {
  it('starts at the start node with the scenario anger, no flags, no turns', () => {
    expect(beginConversation(branching)).toEqual({ at: 'open', anger: 45, flags: {}, turns: [], peak: 45 });
  });

  it('falls back to the persona starting anger', () => {
    const s = scenarioFrom(
      { nodes: { n: { stage: 'venting', say: 'x', choices: [reply('a', 'resolved'), reply('b', 'lost')] } } },
      { anger: { start: 33 } },
    );
    expect(beginConversation(s).anger).toBe(33);
  });
});

describe('choose', () => {
  it('moves and logs the turn with anger before and after', () => {
    const c = choose(branching, beginConversation(branching), 'blame');
    expect(c).toMatchObject({ at: 'still', anger: 66, flags: {}, peak: 66 });
    expect(c.turns).toHaveLength(1);
    expect(c.turns[0]).toMatchObject({
      nodeId: 'open',
      stage: 'venting',
      customer: 'Frustrated line.',
      choiceId: 'blame',
      reply: 'Reply blame.',
      techniques: [],
      pitfalls: ['blame'],
      feedback: 'Feedback on blame.',
      angerBefore: 45,
      angerAfter: 66,
      flagsBefore: {},
    });
    expect(c.turns[0]!.reaction.delta).toBe(21);
  });

  it('does not change the conversation it was given', () => {
    const start = beginConversation(branching);
    const copy = structuredClone(start);
    choose(branching, start, 'promise');
    expect(start).toEqual(copy);
  });

  it('sets the flags of a choice, recording the flags before in the turn', () => {
    const c = choose(branching, beginConversation(branching), 'promise');
    expect(c.flags).toEqual({ promised: true });
    expect(c.turns[0]!.flagsBefore).toEqual({});
  });

  it('evaluates a branching next on the anger after the reply', () => {
    // 45 - 11 = 34: the "max 39" branch holds only after the reply
    const c = choose(branching, beginConversation(branching), 'empathise');
    expect(c).toMatchObject({ at: 'calmer', anger: 34 });
  });

  it('evaluates a branching next on the flags after the reply', () => {
    expect(choose(branching, beginConversation(branching), 'promise').at).toBe('promised');
  });

  it('takes the last branch when no condition holds', () => {
    const hot = { ...beginConversation(branching), anger: 60 };
    expect(choose(branching, hot, 'empathise')).toMatchObject({ at: 'still', anger: 49 });
  });

  it('throws a clear error for a reply that is not available', () => {
    const c = choose(branching, beginConversation(branching), 'blame'); // anger 66, no flags
    expect(() => choose(branching, c, 'flagged')).toThrow(
      'choice "flagged" is not available at node "still" of scenario "test-scenario"',
    );
    expect(() => choose(branching, c, 'no-such-reply')).toThrow(
      'choice "no-such-reply" is not available at node "still"',
    );
  });

  it('refuses to go on once the conversation is over', () => {
    const over = choose(branching, beginConversation(branching), 'explode');
    expect(isOver(branching, over)).toBe(true);
    expect(availableChoices(branching, over)).toEqual([]);
    expect(() => choose(branching, over, 'calm-only')).toThrow('"lost" is not a node of scenario "test-scenario"');
    expect(() => stayQuiet(branching, over)).toThrow('"lost" is not a node');
  });
});

describe('conditions on choices', () => {
  const at = (anger: number, flags: Record<string, boolean> = {}): Conversation => ({
    at: 'still',
    anger,
    flags,
    turns: [],
    peak: anger,
  });

  it('hide a choice by mood', () => {
    expect(ids(at(39))).toContain('calm-only');
    expect(ids(at(40))).not.toContain('calm-only');
  });

  it('hide a choice by anger range, inclusive at both ends', () => {
    expect(ids(at(39))).not.toContain('in-range');
    expect(ids(at(40))).toContain('in-range');
    expect(ids(at(70))).toContain('in-range');
    expect(ids(at(71))).not.toContain('in-range');
  });

  it('hide a choice by flag; an unset flag counts as false', () => {
    expect(ids(at(50))).toEqual(['in-range', 'unflagged']);
    expect(ids(at(50, { promised: true }))).toEqual(['in-range', 'flagged']);
    expect(ids(at(50, { promised: false }))).toEqual(['in-range', 'unflagged']);
  });
});

describe('reaching anger 100', () => {
  it('by a reply goes to onMaxAnger whatever the reply says', () => {
    const c = choose(branching, beginConversation(branching), 'explode');
    expect(c).toMatchObject({ at: 'lost', anger: 100, peak: 100 });
    expect(c.turns[0]!.angerAfter).toBe(100);
  });

  it('by silence goes to onMaxAnger from any node, exactly at 100', () => {
    for (const node of ['open', 'still', 'calmer', 'promised']) {
      const c = stayQuiet(branching, { at: node, anger: 90, flags: {}, turns: [], peak: 90 });
      expect(c, node).toMatchObject({ at: 'lost', anger: 100 });
    }
    expect(stayQuiet(branching, { at: 'still', anger: 89, flags: {}, turns: [], peak: 89 })).toMatchObject({
      at: 'still',
      anger: 99,
    });
  });
});

describe('stayQuiet', () => {
  it('raises anger, stays on the node and logs a silence turn with the follow-up line', () => {
    const c = stayQuiet(branching, beginConversation(branching));
    expect(c).toMatchObject({ at: 'open', anger: 55, peak: 55 });
    expect(c.turns[0]).toMatchObject({
      choiceId: null,
      techniques: [],
      pitfalls: ['silence'],
      angerBefore: 45,
      angerAfter: 55,
      followUp: 'Hello?',
    });
    // No words of its own: the screens say what a silence means.
    expect(c.turns[0]).not.toHaveProperty('reply');
    expect(c.turns[0]).not.toHaveProperty('feedback');
  });

  it('picks the follow-up line for the mood after the silence', () => {
    const c = stayQuiet(branching, { ...beginConversation(branching), anger: 75 });
    expect(c.turns[0]!.followUp).toBe('Hello?!');
  });

  it('has no follow-up where the node gives no timeout line', () => {
    const c = stayQuiet(branching, { at: 'still', anger: 50, flags: {}, turns: [], peak: 50 });
    expect(c.turns[0]).not.toHaveProperty('followUp');
  });

  it('follows timeout.next when the node has one', () => {
    const s = scenarioFrom({
      nodes: {
        ask: {
          stage: 'solving',
          say: 'Well?',
          timeout: { next: 'gave-up' },
          choices: [reply('a', 'resolved'), reply('b', 'lost')],
        },
      },
      endings: {
        resolved: { kind: 'resolved', say: 'Thanks.', summary: 'Done.', reflection: ['Why?'] },
        'gave-up': { kind: 'lost', say: '(hangs up)', summary: 'Gave up waiting.', reflection: ['How long?'] },
        lost: { kind: 'lost', say: 'Bye!', summary: 'Lost.', reflection: ['When?'] },
      },
    });
    expect(stayQuiet(s, beginConversation(s))).toMatchObject({ at: 'gave-up', anger: 60 });
  });
});

describe('customerLine', () => {
  const line = (at: string, anger: number) => customerLine(branching, { at, anger, flags: {} });
  it('picks the variant for the mood, else the default', () => {
    expect(line('open', 45)).toBe('Frustrated line.');
    expect(line('open', 85)).toBe('Default line.');
    expect(line('still', 5)).toBe('Still here.');
  });

  it('without a default, takes the nearest mood, the calmer one on a tie', () => {
    // variants for annoyed and angry only
    expect(line('promised', 5)).toBe('Annoyed promise.'); // calm: annoyed is one band away
    expect(line('promised', 85)).toBe('Angry promise.'); // furious: angry is one band away
    expect(line('promised', 45)).toBe('Annoyed promise.'); // frustrated: both one band away
  });

  it("gives the ending's last words once it is over", () => {
    expect(line('lost', 100)).toBe('Forget it!');
  });
});

describe('peak', () => {
  it('keeps the highest anger reached, not the last', () => {
    let c = beginConversation(branching);
    c = choose(branching, c, 'blame'); // 66
    expect(c.peak).toBe(66);
    c = stayQuiet(branching, c); // 76
    c = choose(branching, c, 'unflagged');
    expect(c).toMatchObject({ at: 'resolved', anger: 76, peak: 76 });
    const calmer = choose(branching, beginConversation(branching), 'empathise');
    expect(calmer.peak).toBe(45);
  });
});

describe('answering what was said', () => {
  const s = scenarioFrom({
    anger: 45,
    nodes: {
      ask: {
        stage: 'venting',
        say: 'It never came.',
        timer: 20,
        choices: [
          reply('listen', 'hear', { techniques: ['empathy'] }),
          reply('hold', 'hear', {
            pitfalls: ['hold-transfer'],
            reaction: { default: 'Hold? Fine. Be quick.', furious: 'Do NOT put me on hold!' },
          }),
          reply('blame', 'hear', { pitfalls: ['blame'], sets: { blamed: true } }),
        ],
      },
      hear: {
        stage: 'solving',
        say: 'So what now?',
        sayWhen: [
          { after: ['hold'], say: 'You are back. So what now?' },
          { flags: { blamed: true }, say: 'My fault, is it? What now, then?' },
        ],
        choices: [reply('fix', 'resolved'), reply('quit', 'lost')],
      },
    },
  });
  const after = (id: string) => choose(s, beginConversation(s), id);

  it("gives the reply's reaction for the mood after it, on the turn", () => {
    expect((after('hold').turns[0] as { reactionLine?: string }).reactionLine).toBe('Hold? Fine. Be quick.');
    expect(after('listen').turns[0]).not.toHaveProperty('reactionLine');
  });

  it('says the first way-in line whose reply and flags match, else the plain line', () => {
    expect(customerLine(s, after('hold'))).toBe('You are back. So what now?');
    expect(customerLine(s, after('blame'))).toBe('My fault, is it? What now, then?');
    expect(customerLine(s, after('listen'))).toBe('So what now?');
  });

  it('keeps the way in only where it changes the line, so equal positions stay one state', () => {
    expect(after('hold').via).toBe('hold');
    expect(after('listen')).not.toHaveProperty('via');
    expect(after('blame')).not.toHaveProperty('via');
  });

  it('records the way-in line as what the customer said at the next turn', () => {
    const c = choose(s, after('hold'), 'fix');
    expect(c.turns[1]!.customer).toBe('You are back. So what now?');
  });

  it('rejects a way-in line naming a reply that does not lead there', () => {
    expect(() =>
      scenarioFrom({
        nodes: {
          a: { stage: 'venting', say: 'A', choices: [reply('go', 'b'), reply('stop', 'lost')] },
          b: {
            stage: 'solving',
            say: 'B',
            sayWhen: [{ after: ['og'], say: 'B!' }],
            choices: [reply('end', 'resolved'), reply('quit', 'lost')],
          },
        },
      }),
    ).toThrow('nodes.b.sayWhen[0].after[0] no reply "og" leads to node "b"; expected one of go');
  });
});
