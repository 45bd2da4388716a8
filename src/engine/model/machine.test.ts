import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../test-support/fixtures.ts';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import { beginConversation, choose, stayQuiet, type Conversation } from './conversation.ts';
import { compileScenario, type ConversationEvent, type ConversationMachine } from './machine.ts';

const kettle = fixtureScenario('fixture-broken-kettle');
const charge = fixtureScenario('fixture-double-charge');

function run(machine: ConversationMachine, events: ConversationEvent[]) {
  const actor = createActor(machine).start();
  for (const e of events) actor.send(e);
  return actor;
}

/** The same moves through the pure reducer. */
function reduce(s: typeof kettle, events: ConversationEvent[]): Conversation {
  return events.reduce(
    (c, e) => (e.type === 'TIMEOUT' ? stayQuiet(s, c) : choose(s, c, e.choiceId)),
    beginConversation(s),
  );
}

const pick = (choiceId: string): ConversationEvent => ({ type: 'CHOOSE', choiceId });
const TIMEOUT: ConversationEvent = { type: 'TIMEOUT' };

describe('compileScenario', () => {
  it('makes a state per node and a final state per ending', () => {
    const machine = compileScenario(kettle);
    const states = machine.root.states;
    expect(Object.keys(states).sort()).toEqual(
      [...Object.keys(kettle.data.nodes), ...Object.keys(kettle.data.endings)].sort(),
    );
    for (const id of Object.keys(kettle.data.nodes)) expect(states[id]!.type, id).toBe('atomic');
    for (const id of Object.keys(kettle.data.endings)) expect(states[id]!.type, id).toBe('final');
    expect(states['open']!.meta).toEqual({ stage: 'venting' });
    expect(states['walked-out']!.meta).toEqual({ kind: 'lost' });
  });

  it('starts at the start node with a fresh conversation as context', () => {
    const snap = createActor(compileScenario(kettle)).start().getSnapshot();
    expect(snap.value).toBe('open');
    expect(snap.context).toEqual(beginConversation(kettle));
  });

  it('has no delayed transition without timerScale', () => {
    const states = compileScenario(kettle).root.states;
    for (const id of Object.keys(kettle.data.nodes)) expect(states[id]!.after, id).toEqual([]);
  });

  it('has a delayed transition with timerScale only where the node has a timer', () => {
    const states = compileScenario(kettle, { timerScale: 1 }).root.states;
    expect(states['open']!.after.length).toBeGreaterThan(0);
    expect(states['close']!.after).toEqual([]); // timer: false
  });
});

describe('the running machine', () => {
  it('ignores a CHOOSE for a reply that is not available', () => {
    const actor = run(compileScenario(kettle), [pick('policy')]); // 70 + 10 × 1.5 × 1.25 × 1.4 = 96.25 → 96, at still-hot
    const before = actor.getSnapshot();
    expect(before.value).toBe('still-hot');
    actor.send(pick('follow-up')); // belongs to another node
    actor.send(pick('no-such-reply'));
    expect(actor.getSnapshot().value).toBe('still-hot');
    expect(actor.getSnapshot().context).toBe(before.context);
  });

  it('plays through to a final state with the same context as the reducer', () => {
    const line = [pick('hear-out'), pick('replace'), pick('follow-up')];
    const actor = run(compileScenario(kettle), line);
    const snap = actor.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.value).toBe('resolved');
    expect(snap.context).toEqual(reduce(kettle, line));
    expect(snap.context.turns).toHaveLength(3);
  });

  it('applies TIMEOUT as silence, following timeout.next', () => {
    const actor = run(compileScenario(charge), [pick('summarise')]);
    expect(actor.getSnapshot().value).toBe('check');
    actor.send(TIMEOUT);
    expect(actor.getSnapshot().value).toBe('waited-out');
    expect(actor.getSnapshot().context).toEqual(reduce(charge, [pick('summarise'), TIMEOUT]));
  });

  it('applies TIMEOUT as silence that stays, and to the lost ending at 100', () => {
    const actor = run(compileScenario(kettle), [TIMEOUT]);
    // silence is a hot button: 8 × 1.5 × 1.2 (patience 2) × 1.4 (volatility 4) = 20.16 → 20
    expect(actor.getSnapshot()).toMatchObject({ value: 'open', context: { anger: 90 } });
    actor.send(TIMEOUT);
    expect(actor.getSnapshot()).toMatchObject({ value: 'walked-out', status: 'done', context: { anger: 100 } });
  });

  it('goes to the lost ending when a reply takes anger to 100', () => {
    const line = [pick('policy'), pick('calm-down')]; // 96 + 14 × 1.4 = 115.6 → 100
    const actor = run(compileScenario(kettle), line);
    expect(actor.getSnapshot()).toMatchObject({ value: 'walked-out', status: 'done' });
    expect(actor.getSnapshot().context).toEqual(reduce(kettle, line));
  });
});

describe('the response timer', () => {
  // Default persona, patience 3: 20 s × 1.2 = 24 s; silence +10.
  const s = scenarioFrom({
    nodes: {
      ask: {
        stage: 'venting',
        say: 'Well?',
        timer: 20,
        choices: [reply('answer', 'next'), reply('stall', 'ask'), reply('give-up', 'lost')],
      },
      next: { stage: 'solving', say: 'And?', timer: 5, choices: [reply('fix', 'resolved'), reply('quit', 'lost')] },
    },
  });

  function timed(timerScale: number) {
    const clock = new SimulatedClock();
    const actor = createActor(compileScenario(s, { timerScale }), { clock }).start();
    return { clock, actor };
  }

  it('fires the silence when the timer runs out, and not before', () => {
    const { clock, actor } = timed(1);
    clock.increment(23_999);
    expect(actor.getSnapshot().context.anger).toBe(50);
    clock.increment(1);
    expect(actor.getSnapshot()).toMatchObject({ value: 'ask', context: { anger: 60 } });
    expect(actor.getSnapshot().context.turns[0]!.choiceId).toBeNull();
  });

  it('restarts the timer after a silence that stays on the node', () => {
    const { clock, actor } = timed(1);
    clock.increment(24_000);
    clock.increment(23_999);
    expect(actor.getSnapshot().context.anger).toBe(60);
    clock.increment(1);
    expect(actor.getSnapshot().context.anger).toBe(70);
    expect(actor.getSnapshot().context).toEqual(stayQuiet(s, stayQuiet(s, beginConversation(s))));
  });

  it('starts a new timer for the next node after a reply', () => {
    const { clock, actor } = timed(1);
    clock.increment(20_000);
    actor.send(pick('answer'));
    clock.increment(5_999); // node timer 5 s × 1.2 = 6 s
    expect(actor.getSnapshot()).toMatchObject({ value: 'next', context: { anger: 50 } });
    clock.increment(1);
    expect(actor.getSnapshot()).toMatchObject({ value: 'next', context: { anger: 60 } });
  });

  it('restarts the timer after a reply that stays on the node', () => {
    const { clock, actor } = timed(1);
    clock.increment(20_000);
    actor.send(pick('stall'));
    clock.increment(23_999);
    expect(actor.getSnapshot().context.turns.map((t) => t.choiceId)).toEqual(['stall']);
    clock.increment(1);
    expect(actor.getSnapshot().context.turns.map((t) => t.choiceId)).toEqual(['stall', null]);
  });

  it('stretches every timer by timerScale', () => {
    const { clock, actor } = timed(2);
    clock.increment(47_999);
    expect(actor.getSnapshot().context.anger).toBe(50);
    clock.increment(1);
    expect(actor.getSnapshot().context.anger).toBe(60);
  });

  it('keeps no time without timerScale: only TIMEOUT events count', () => {
    const clock = new SimulatedClock();
    const actor = createActor(compileScenario(s), { clock }).start();
    clock.increment(10 * 60_000);
    expect(actor.getSnapshot().context.turns).toHaveLength(0);
    actor.send(TIMEOUT);
    expect(actor.getSnapshot().context.anger).toBe(60);
  });
});

describe('persistence', () => {
  it('restores a JSON round-tripped snapshot mid-conversation and ends as an uninterrupted run', () => {
    const machine = compileScenario(kettle);
    const first = [TIMEOUT, pick('hear-out')];
    const rest = [pick('replace'), pick('follow-up')];
    const interrupted = run(machine, first);
    const saved = JSON.parse(JSON.stringify(interrupted.getPersistedSnapshot()));
    interrupted.stop();

    const restored = createActor(compileScenario(kettle), { snapshot: saved }).start();
    expect(restored.getSnapshot().value).toBe('options');
    expect(restored.getSnapshot().context).toEqual(reduce(kettle, first));
    for (const e of rest) restored.send(e);

    const whole = run(machine, [...first, ...rest]).getSnapshot();
    expect(restored.getSnapshot().status).toBe('done');
    expect(restored.getSnapshot().value).toBe(whole.value);
    expect(restored.getSnapshot().context).toEqual(whole.context);
  });
});
