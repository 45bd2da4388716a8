import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beginConversation, choose, type Conversation, type Scenario } from '../../engine/index.ts';
import { thirdCall } from '../../engine/test-support/third-call.ts';
import { ConversationFlow, type FlowReport, type FlowStore } from './conversation-flow.ts';
import { BEAT_MS, CLOCK_WARNING_MS, lastWordsMs } from './flow-machine.ts';

/** How long the last words the flow said stay (they scale with their length). */
const lingerFor = (reports: FlowReport[]) =>
  lastWordsMs(reports.findLast((r): r is Extract<FlowReport, { type: 'say' }> => r.type === 'say')!.line);

const scenario = thirdCall({ timer: 10, timeoutSay: 'Hello?' });
const thirdCallTimed = scenario;
/** The same call, where telling the customer to calm down draws an answer of its own. */
const answeringBack = thirdCall({ timer: 10, calmReaction: 'Calm down? I have been calm for three calls.' });

/** A store that keeps what it is given, and records attempts as numbered ids (or fails when told to). */
function memoryStore(failRecord = false) {
  const saves: { conversation: Conversation; clockLeftMs: number | null }[] = [];
  const recorded: Conversation[] = [];
  let discarded = 0;
  const store: FlowStore = {
    save: async (conversation, clockLeftMs) => void saves.push({ conversation, clockLeftMs }),
    record: async (conversation) => {
      if (failRecord) throw new Error('disk full');
      recorded.push(conversation);
      return { id: `attempt-${recorded.length}` };
    },
    discard: async () => void discarded++,
  };
  return { store, saves, recorded, discarded: () => discarded };
}

function open(
  options: { motion?: boolean; timer?: 'off' | 'relaxed' | 'normal'; failRecord?: boolean; scenario?: Scenario } = {},
  from?: { conversation: Conversation; clockLeftMs: number | null },
) {
  const memory = memoryStore(options.failRecord);
  const scenario = options.scenario ?? thirdCallTimed;
  const flow = new ConversationFlow(
    {
      scenario,
      conversation: from?.conversation ?? beginConversation(scenario),
      ...(from ? { resumed: { clockLeftMs: from.clockLeftMs } } : {}),
      timer: options.timer ?? 'normal',
      motion: () => options.motion ?? true,
      now: () => Date.now(),
    },
    memory.store,
  );
  const reports: FlowReport[] = [];
  for (const type of ['say', 'finish-line', 'turn', 'replies', 'cue', 'finished', 'saved', 'save-failed'] as const)
    flow.on(type, (e) => reports.push(e));
  flow.start();
  return { flow, reports, ...memory, types: () => reports.map((r) => r.type) };
}

/** Lets pending promises (saves, the attempt record) settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('ConversationFlow', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs intro, speaking, choosing and a beat, announcing each turn once and keeping a resume point', async () => {
    const { flow, reports, saves, types } = open();
    expect(flow.view.phase).toBe('intro');
    await settle();
    expect(saves).toHaveLength(1); // the start, so Continue is offered before the first reply
    flow.send({ type: 'CHOOSE', choiceId: 'hear' });
    expect(flow.view.conversation.turns).toHaveLength(0); // nothing to choose before the line is said

    flow.send({ type: 'BEGIN' });
    expect(flow.view.phase).toBe('speaking');
    expect(reports.at(-1)).toEqual({ type: 'say', line: 'Third call!', lastWords: false });
    flow.send({ type: 'SKIP' });
    expect(types().at(-1)).toBe('finish-line');
    flow.send({ type: 'LINE_SHOWN' });
    expect(flow.view).toMatchObject({ phase: 'choosing', paused: false, clockMs: 12_000 });
    expect(flow.view.choices.map((c) => c.id)).toEqual(['hear', 'calm']);

    reports.length = 0;
    flow.send({ type: 'CHOOSE', choiceId: 'hear' });
    expect(flow.view.phase).toBe('reacting');
    expect(types()).toEqual(['turn']);
    await settle();
    expect(saves.at(-1)).toMatchObject({ clockLeftMs: 12_000 });
    expect(saves.at(-1)!.conversation.turns).toHaveLength(1);
    expect(types()).toEqual(['turn', 'saved']);
    vi.advanceTimersByTime(BEAT_MS - 1);
    expect(flow.view.phase).toBe('reacting');
    vi.advanceTimersByTime(1);
    expect(flow.view.phase).toBe('speaking');
    expect(reports.at(-1)).toEqual({ type: 'say', line: 'So?', lastWords: false });
    flow.dispose();
  });

  it("says the customer's answer to a reply first, then after a beat the next line", () => {
    const { flow, reports, types } = open({ scenario: answeringBack });
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    reports.length = 0;
    flow.send({ type: 'CHOOSE', choiceId: 'calm' });
    expect(types()).toEqual(['turn', 'say']);
    expect(reports.at(-1)).toEqual({
      type: 'say',
      line: 'Calm down? I have been calm for three calls.',
      lastWords: false,
    });
    vi.advanceTimersByTime(60_000); // the answer stays until it is all on screen
    expect(flow.view.phase).toBe('reacting');
    flow.send({ type: 'SKIP' });
    expect(types().at(-1)).toBe('finish-line');
    flow.send({ type: 'LINE_SHOWN' });
    vi.advanceTimersByTime(BEAT_MS);
    expect(flow.view.phase).toBe('speaking');
    expect(reports.at(-1)).toEqual({ type: 'say', line: 'So?', lastWords: false });
    flow.dispose();
  });

  it("keeps the customer's answer through a pause, without saying it twice", () => {
    const { flow, reports } = open({ scenario: answeringBack, motion: false });
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    flow.send({ type: 'CHOOSE', choiceId: 'calm' });
    flow.send({ type: 'PAUSE' });
    flow.send({ type: 'LINE_SHOWN' }); // the answer finished typing under the pause menu
    reports.length = 0;
    flow.send({ type: 'RESUME' });
    expect(reports.filter((r) => r.type === 'say')).toEqual([{ type: 'say', line: 'So?', lastWords: false }]);
    expect(flow.view.phase).toBe('speaking');
    flow.dispose();
  });

  it('a reply without an answer of its own goes straight to the beat', () => {
    const { flow, types, reports } = open({ scenario: answeringBack });
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    reports.length = 0;
    flow.send({ type: 'CHOOSE', choiceId: 'hear' });
    expect(types()).toEqual(['turn']);
    flow.dispose();
  });

  it('without motion, says the next line in the same step as the reply: no beat, no timer', () => {
    const { flow, reports, types } = open({ motion: false });
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    reports.length = 0;
    flow.send({ type: 'CHOOSE', choiceId: 'hear' });
    expect(flow.view.phase).toBe('speaking');
    expect(types()).toEqual(['turn', 'say']);
    expect(reports.at(-1)).toEqual({ type: 'say', line: 'So?', lastWords: false });
    flow.dispose();
  });

  it('lets the response clock run only while the replies are on offer, warns once, and turns silence into a turn', async () => {
    const { flow, reports, types } = open();
    flow.send({ type: 'BEGIN' });
    vi.advanceTimersByTime(60_000); // still speaking: no clock
    expect(flow.timeLeft()).toBe(12_000);
    flow.send({ type: 'LINE_SHOWN' });
    vi.advanceTimersByTime(12_000 - CLOCK_WARNING_MS);
    expect(reports.filter((r) => r.type === 'cue')).toEqual([{ type: 'cue', cue: 'warning' }]);
    vi.advanceTimersByTime(CLOCK_WARNING_MS - 1);
    expect(flow.view.conversation.turns).toHaveLength(0);
    vi.advanceTimersByTime(1);
    const turn = flow.view.conversation.turns[0]!;
    expect(turn.choiceId).toBeNull();
    expect(types().filter((t) => t === 'turn')).toHaveLength(1);
    flow.dispose();
  });

  it('has no clock when the timer is off, and double time when relaxed', () => {
    const off = open({ timer: 'off' });
    off.flow.send({ type: 'BEGIN' });
    off.flow.send({ type: 'LINE_SHOWN' });
    vi.advanceTimersByTime(600_000);
    expect(off.flow.view).toMatchObject({ phase: 'choosing', clockMs: null });
    expect(off.flow.timeLeft()).toBeNull();
    off.flow.dispose();
    expect(open({ timer: 'relaxed' }).flow.view.clockMs).toBe(24_000);
  });

  it('pauses with the clock stopped and the time left kept, and resumes where it was', async () => {
    const { flow, saves, types } = open();
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    vi.advanceTimersByTime(4000);
    flow.send({ type: 'PAUSE' });
    await settle();
    expect(flow.view).toMatchObject({ phase: 'choosing', paused: true });
    expect(saves.at(-1)!.clockLeftMs).toBe(8000);
    vi.advanceTimersByTime(600_000);
    expect(flow.view.conversation.turns).toHaveLength(0);
    flow.send({ type: 'CHOOSE', choiceId: 'hear' }); // the pause menu covers the replies
    expect(flow.view.conversation.turns).toHaveLength(0);

    const offered = types().filter((t) => t === 'replies').length;
    flow.send({ type: 'RESUME' });
    expect(flow.view).toMatchObject({ phase: 'choosing', paused: false });
    expect(types().filter((t) => t === 'replies')).toHaveLength(offered); // the same replies stay
    expect(flow.timeLeft()).toBe(8000);
    vi.advanceTimersByTime(8000);
    expect(flow.view.conversation.turns).toHaveLength(1);
    flow.dispose();
  });

  it('forgets its resume point when the trainee restarts', async () => {
    const { flow, discarded } = open();
    flow.send({ type: 'BEGIN' });
    await flow.discard();
    expect(discarded()).toBe(1);
  });

  it('offers the replies on resume when the line finished under the pause menu', () => {
    const { flow } = open();
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'PAUSE' });
    flow.send({ type: 'LINE_SHOWN' });
    expect(flow.view).toMatchObject({ phase: 'speaking', paused: true });
    flow.send({ type: 'RESUME' });
    expect(flow.view.phase).toBe('choosing');
    flow.dispose();
  });

  it('continues a conversation rebuilt from its resume point with the time that was left', () => {
    const conversation = choose(scenario, beginConversation(scenario), 'hear');
    const { flow, reports } = open({}, { conversation, clockLeftMs: 3000 });
    flow.send({ type: 'BEGIN' });
    expect(reports.at(-1)).toEqual({ type: 'say', line: 'So?', lastWords: false });
    flow.send({ type: 'LINE_SHOWN' });
    expect(flow.timeLeft()).toBe(3000);
    vi.advanceTimersByTime(3000);
    expect(flow.view.conversation.turns.map((t) => t.choiceId)).toEqual(['hear', null]);
    flow.dispose();
  });

  it('ends with its cue and last words, records the attempt once, and finishes after the words linger', async () => {
    const { flow, reports, recorded, saves, types } = open();
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    flow.send({ type: 'CHOOSE', choiceId: 'hear' });
    vi.advanceTimersByTime(BEAT_MS);
    flow.send({ type: 'LINE_SHOWN' });
    await settle();
    const savedBefore = saves.length;
    flow.send({ type: 'CHOOSE', choiceId: 'policy' });
    expect(flow.view.phase).toBe('over');
    expect(reports.filter((r) => r.type === 'cue').at(-1)).toEqual({ type: 'cue', cue: 'lost' });
    expect(types().at(-1)).toBe('say');
    await settle();
    expect(recorded).toHaveLength(1);
    expect(saves).toHaveLength(savedBefore); // an ended conversation is recorded, not kept to continue
    flow.send({ type: 'PAUSE' });
    expect(flow.view.paused).toBe(false);
    flow.send({ type: 'LINE_SHOWN' });
    vi.advanceTimersByTime(lingerFor(reports) - 1);
    expect(types()).not.toContain('finished');
    vi.advanceTimersByTime(1);
    expect(reports.at(-1)).toEqual({ type: 'finished', outcome: { kept: true, attemptId: 'attempt-1' } });
    expect(recorded).toHaveLength(1);
    flow.dispose();
  });

  it('goes on to the debrief at once on a skip, or without motion', async () => {
    for (const how of ['skip', 'no motion'] as const) {
      const { flow, reports } = open({ motion: how === 'skip' });
      flow.send({ type: 'BEGIN' });
      flow.send({ type: 'LINE_SHOWN' });
      flow.send({ type: 'CHOOSE', choiceId: 'calm' });
      await vi.advanceTimersByTimeAsync(BEAT_MS);
      flow.send({ type: 'LINE_SHOWN' });
      flow.send({ type: 'CHOOSE', choiceId: 'offer' });
      expect(reports.filter((r) => r.type === 'cue').at(-1)).toEqual({ type: 'cue', cue: 'resolved' });
      flow.send({ type: 'LINE_SHOWN' });
      if (how === 'skip') flow.send({ type: 'SKIP' });
      await settle();
      expect(reports.at(-1)).toEqual({ type: 'finished', outcome: { kept: true, attemptId: 'attempt-1' } });
      flow.dispose();
    }
  });

  it('finishes all the same when the attempt cannot be recorded, saying so, and reports failed saves', async () => {
    const { flow, reports } = open({ failRecord: true });
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    flow.send({ type: 'CHOOSE', choiceId: 'calm' });
    vi.advanceTimersByTime(BEAT_MS);
    flow.send({ type: 'LINE_SHOWN' });
    flow.send({ type: 'CHOOSE', choiceId: 'offer' });
    flow.send({ type: 'LINE_SHOWN' });
    await vi.advanceTimersByTimeAsync(lingerFor(reports));
    expect(reports.at(-1)).toEqual({ type: 'finished', outcome: { kept: false, error: new Error('disk full') } });
    flow.dispose();

    const failing = new ConversationFlow(
      { scenario, conversation: beginConversation(scenario), timer: 'normal', motion: () => false },
      { save: () => Promise.reject(new Error('quota')), record: async () => ({ id: 'x' }), discard: async () => {} },
    );
    const failures: unknown[] = [];
    failing.on('save-failed', (e) => failures.push(e.error));
    failing.start();
    await settle();
    expect(failures).toEqual([new Error('quota')]);
    failing.dispose();
  });
});
