import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../analysis/analyse.ts';
import { loadLibrary } from '../content/library.ts';
import { contentFiles } from '../test-support/content-files.ts';
import { fixtureScenario } from '../test-support/fixtures.ts';
import { reply, scenarioFrom } from '../test-support/build-scenario.ts';
import {
  availableChoices,
  beginConversation,
  choose,
  isOver,
  nodeAt,
  stayQuiet,
  type Conversation,
} from './conversation.ts';
import { responseSeconds } from './reading-time.ts';
import { resumeConversation, resumePointOf, ResumePointSchema, type ResumePoint } from './resume-point.ts';

const chat = fixtureScenario('fixture-double-charge');

/** What storage does to a point: JSON there and back, checked against the schema. */
const stored = (p: ResumePoint): ResumePoint => ResumePointSchema.parse(JSON.parse(JSON.stringify(p)));

describe('resume point', () => {
  it('holds the replies, position and clock, and replays to the same conversation', () => {
    const c = choose(chat, choose(chat, stayQuiet(chat, beginConversation(chat)), 'summarise'), 'transfer');
    const point = resumePointOf(chat, c, 12_345.6);
    expect(point).toMatchObject({
      scenarioId: chat.data.id,
      scenarioHash: chat.hash,
      replies: [null, 'summarise', 'transfer'],
    });
    expect(point.clockLeftMs).toBe(12_346);
    expect(resumeConversation(chat, stored(point))).toEqual({ ok: true, conversation: c });
  });

  it('says when the scenario changed or is another one, instead of replaying into a different graph', () => {
    const point = resumePointOf(chat, choose(chat, beginConversation(chat), 'summarise'), null);
    expect(resumeConversation({ ...chat, hash: 'other' }, point)).toEqual({
      ok: false,
      problem: { kind: 'scenario-changed' },
    });
    const other = { ...chat, data: { ...chat.data, id: 'elsewhere' } };
    expect(resumeConversation(other, point)).toEqual({ ok: false, problem: { kind: 'other-scenario' } });
  });

  it('names the turn where a damaged point stops fitting', () => {
    const point = resumePointOf(
      chat,
      choose(chat, choose(chat, beginConversation(chat), 'summarise'), 'transfer'),
      null,
    );
    const misfit = (turn: number) => ({ ok: false, problem: { kind: 'does-not-fit', turn } });
    expect(resumeConversation(chat, { ...point, replies: ['summarise', 'no-such-reply'] })).toEqual(misfit(2));
    expect(resumeConversation(chat, { ...point, anger: point.anger + 1 })).toEqual(misfit(2));
    expect(resumeConversation(chat, { ...point, at: 'start' })).toEqual(misfit(2));
    expect(resumeConversation(chat, { ...point, flags: ['never-set'] })).toEqual(misfit(2));
    // Replies past the end of the conversation, and a point saved at an ending, do not fit either.
    expect(resumeConversation(chat, { ...point, replies: ['summarise', 'refund', 'refund'] })).toEqual(misfit(3));
    expect(resumeConversation(chat, { ...point, at: 'done', replies: ['summarise', 'refund'] })).toEqual(misfit(2));
  });

  it('refuses silence where no clock runs', () => {
    const untimed = scenarioFrom({
      timer: false,
      nodes: { open: { stage: 'venting', say: 'Hi', choices: [reply('a', 'resolved'), reply('b', 'lost')] } },
    });
    const point = resumePointOf(untimed, beginConversation(untimed), null);
    expect(resumeConversation(untimed, { ...point, replies: [null] })).toEqual({
      ok: false,
      problem: { kind: 'does-not-fit', turn: 1 },
    });
  });

  it('rejects malformed points with the field named', () => {
    const bad = ResumePointSchema.safeParse({ ...resumePointOf(chat, beginConversation(chat), null), anger: 140 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['anger']);
  });
});

describe('resume point size', () => {
  const library = loadLibrary(contentFiles('scenarios')).scenarios;

  it.each(library.map((s) => [s.data.id, s] as const))(
    '%s: every resume point fits the analysis bound, and the bound fits SCORM 1.2 suspend data',
    (_, s) => {
      const bound = analyseScenario(s).resumePointChars!;
      // Room for the envelope an LMS adapter puts around it.
      expect(bound).toBeLessThanOrEqual(4096 - 256);
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 200 }), fc.nat(999_999_999), (picks, clock) => {
          let c: Conversation = beginConversation(s);
          for (const pick of picks) {
            if (isOver(s, c)) break;
            expect(JSON.stringify(resumePointOf(s, c, clock)).length).toBeLessThanOrEqual(bound);
            const options = availableChoices(s, c);
            // One pick in five is silence where a clock runs, as if it ran out.
            const silent = pick % 5 === 4 && responseSeconds(nodeAt(s, c), s.data, s.persona) !== null;
            c = silent ? stayQuiet(s, c) : choose(s, c, options[pick % options.length]!.id);
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});
