import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beginConversation, choose, stayQuiet } from '../engine/model/conversation.ts';
import { buildDebrief } from '../engine/model/debrief.ts';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { ATTEMPT, type Attempt } from './records.ts';
import { decode, type Envelope } from './versioned.ts';

const fixture = (name: string): Envelope =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

function read(envelope: Envelope): Attempt {
  const decoded = decode(ATTEMPT, envelope);
  if (!decoded.ok) throw new Error(`not read: ${JSON.stringify(decoded.problem)}`);
  expect(decoded.migrated).toBe(envelope.v !== ATTEMPT.version);
  return decoded.value;
}

/** A version 1 envelope with its data changed. */
const v1With = (change: (data: Record<string, any>) => void): Envelope => {
  const envelope = structuredClone(fixture('attempt-v1-silence.json'));
  change(envelope.data as Record<string, any>);
  return envelope;
};

/**
 * The scenario and play `attempt-v1-silence.json` was recorded from, by the
 * version 1 code: a silence first (the costliest turn, and anger to 83, a hard
 * call), then listen, apologise and a hand-over to a supervisor (an ending with
 * no title of its own); empathy and follow-up never happen.
 */
const recorded = scenarioFrom({
  anger: 73,
  nodes: {
    open: {
      stage: 'venting',
      say: 'It broke again.',
      timeout: { say: 'Hello?' },
      choices: [
        reply('listen', 'sorry', { techniques: ['active-listening'] }),
        reply('rush', 'sorry', { techniques: ['offer-options'] }),
      ],
    },
    sorry: {
      stage: 'disarming',
      say: 'And?',
      choices: [
        reply('apologise', 'fix', { techniques: ['apology-first-person'] }),
        reply('policy', 'fix', { pitfalls: ['policy'] }),
      ],
    },
    fix: {
      stage: 'solving',
      say: 'What now?',
      choices: [
        reply('hand-over', 'boss', { techniques: ['offer-options'] }),
        reply('blame', 'boss', { pitfalls: ['blame'] }),
      ],
    },
  },
  endings: {
    boss: {
      kind: 'escalated',
      say: 'Put me through, then.',
      summary: 'A supervisor took over.',
      reflection: ['Was handing over right?'],
    },
    lost: { kind: 'lost', title: 'Gone', say: 'Bye!', summary: 'Lost them.', reflection: ['When did it turn?'] },
  },
});

describe('attempt records of version 1', () => {
  it('read as version 2: the fixture becomes the version 2 fixture', () => {
    expect(read(fixture('attempt-v1.json'))).toEqual(read(fixture('attempt-v2.json')));
  });

  it('read as exactly what version 2 records for the same conversation', () => {
    let c = stayQuiet(recorded, beginConversation(recorded));
    for (const id of ['listen', 'apologise', 'hand-over']) c = choose(recorded, c, id);
    const attempt = read(fixture('attempt-v1-silence.json'));
    expect(attempt.turns).toEqual(c.turns);
    expect(attempt.debrief).toEqual(buildDebrief(recorded, c));
  });

  it('keep ids, not English: rating, silence, default title, arc, breather and the generated questions', () => {
    const { turns, debrief } = read(fixture('attempt-v1-silence.json'));
    expect(turns[0]).toMatchObject({ choiceId: null, followUp: 'Hello?' });
    expect(turns[0]).not.toHaveProperty('reply');
    expect(turns[0]).not.toHaveProperty('feedback');
    expect(debrief.outcome).not.toHaveProperty('title');
    expect(debrief.score.rating).toBe('needs-practice');
    expect(debrief.transcript.map((t) => t.choiceId)).toEqual([null, 'listen', 'apologise', 'hand-over']);
    expect(debrief.transcript[0]).not.toHaveProperty('reply');
    expect(debrief.costliest).toMatchObject({ index: 1, choiceId: null });
    expect(debrief.costliest).not.toHaveProperty('reply');
    expect(debrief.arc[0]).toEqual({ step: 'listen', done: true, turn: 2 });
    expect(debrief.reflection).toEqual([
      { kind: 'authored', text: 'Was handing over right?' },
      { kind: 'costliest', turn: 1, choiceId: null },
      { kind: 'missed-arc', steps: ['empathise', 'follow-up'] },
    ]);
    expect(debrief.breather).toBe('hard-call');
  });

  it("keep an ending's own title, and every question they cannot recognise as text", () => {
    const { debrief } = read(
      v1With((data) => {
        data.debrief.outcome.title = 'Handed over';
        // An edited question no longer matches what version 1 generated for this debrief: kept as it was.
        data.debrief.reflection[2] = 'You never got to empathise. Where could it have fitted?';
      }),
    );
    expect(debrief.outcome.title).toBe('Handed over');
    expect(debrief.reflection).toEqual([
      { kind: 'authored', text: 'Was handing over right?' },
      {
        kind: 'authored',
        text: 'At turn 1 you said "(no answer)". What made that the tempting answer, and what would you say next time?',
      },
      { kind: 'authored', text: 'You never got to empathise. Where could it have fitted?' },
    ]);
  });

  it('turn a reply that was the costliest into a prompt with its words, and a lost customer into the lost breather', () => {
    const { debrief } = read(
      v1With((data) => {
        data.debrief.costliest = { ...data.debrief.costliest, index: 2, reply: 'Reply listen.' };
        data.debrief.reflection[1] =
          'At turn 2 you said "Reply listen.". What made that the tempting answer, and what would you say next time?';
        data.debrief.outcome = { ...data.debrief.outcome, kind: 'lost', title: 'Customer lost' };
        data.debrief.breather =
          'That one got away from you, and it happens to everyone. Before the next one, take two minutes: stand up, breathe in for four counts and out for six, and remind yourself the anger was about the situation, not about you.';
      }),
    );
    expect(debrief.costliest).toMatchObject({ index: 2, choiceId: 'listen', reply: 'Reply listen.' });
    expect(debrief.reflection[1]).toEqual({ kind: 'costliest', turn: 2, choiceId: 'listen', reply: 'Reply listen.' });
    expect(debrief.outcome).not.toHaveProperty('title');
    expect(debrief.breather).toBe('lost');
  });
});
