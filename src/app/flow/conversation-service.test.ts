import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beginConversation, choose, compileScenario } from '../../engine/index.ts';
import { resumePointOf } from '../../engine/model/resume-point.ts';
import { thirdCall } from '../../engine/test-support/third-call.ts';
import { MemoryStore } from '../../storage/key-value-store.ts';
import { ProgressRepository } from '../../storage/progress-repository.ts';
import { ProgressService } from '../progress-service.ts';
import { ConversationService } from './conversation-service.ts';

const scenario = thirdCall({ timer: 10 });

function setup() {
  const repo = new ProgressRepository(new MemoryStore());
  const progress = new ProgressService(repo, [scenario]);
  const clock = { now: new Date('2026-03-01T10:00:00Z') };
  return { repo, service: new ConversationService(repo, progress, [scenario], () => clock.now), clock };
}

const options = { resume: true, timer: 'normal', motion: () => false } as const;
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('ConversationService', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a resume point from the start, continues it after a reload, and records the attempt at the end', async () => {
    const { repo, service, clock } = setup();
    const first = await service.start('p1', scenario, { ...options, resume: false });
    expect(first.resumed).toBe(false);
    first.start();
    first.send({ type: 'BEGIN' });
    first.send({ type: 'LINE_SHOWN' });
    await settle();
    expect(await service.continuable('p1')).toBe(scenario);
    first.send({ type: 'CHOOSE', choiceId: 'hear' });
    await settle();
    first.dispose();

    clock.now = new Date('2026-03-01T10:05:00Z');
    const again = await service.start('p1', scenario, options);
    expect(again.resumed).toBe(true);
    expect(again.view.conversation.turns.map((t) => t.choiceId)).toEqual(['hear']);
    again.start();
    again.send({ type: 'BEGIN' });
    await settle();
    again.send({ type: 'LINE_SHOWN' });
    again.send({ type: 'CHOOSE', choiceId: 'offer' });
    again.send({ type: 'LINE_SHOWN' });
    await settle();
    const [attempt] = await repo.attempts('p1');
    expect(attempt).toMatchObject({ startedAt: '2026-03-01T10:00:00.000Z', endedAt: '2026-03-01T10:05:00.000Z' });
    expect(attempt!.turns.map((t) => t.choiceId)).toEqual(['hear', 'offer']);
    expect(await repo.savedConversation('p1')).toBeUndefined();
    again.dispose();
  });

  it('starts afresh, dropping the conversation in progress, unless asked to continue it', async () => {
    const { repo, service } = setup();
    await repo.saveConversation({
      profileId: 'p1',
      startedAt: '2026-03-01T09:00:00.000Z',
      savedAt: '2026-03-01T09:00:00.000Z',
      point: resumePointOf(scenario, choose(scenario, beginConversation(scenario), 'calm'), 4000),
    });
    const flow = await service.start('p1', scenario, { ...options, resume: false });
    expect(flow.view.conversation.turns).toEqual([]);
    expect(await repo.savedConversation('p1')).toBeUndefined();
  });

  it('continues a conversation saved by the version before, from the machine snapshot it kept', async () => {
    const { repo, service } = setup();
    // What version 1 stored: the conversation machine's persisted snapshot, and the clock left.
    const actor = createActor(compileScenario(scenario)).start();
    actor.send({ type: 'CHOOSE', choiceId: 'calm' });
    const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    await repo.store.set('session/p1', {
      kind: 'session',
      v: 1,
      data: {
        profileId: 'p1',
        scenarioId: scenario.data.id,
        scenarioHash: scenario.hash,
        startedAt: '2026-02-01T08:00:00.000Z',
        savedAt: '2026-02-01T08:01:00.000Z',
        snapshot,
        remainingMs: 6543.2,
      },
    });
    const flow = await service.start('p1', scenario, options);
    expect(flow.resumed).toBe(true);
    expect(flow.view.conversation).toEqual(actor.getSnapshot().context);
    flow.start();
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    expect(flow.timeLeft()).toBe(6543);
    // Read once, it is stored in the new form.
    expect(await repo.store.get('session/p1')).toMatchObject({ kind: 'session', v: 2 });
    flow.dispose();
  });

  it('does not offer a conversation whose scenario changed, is gone, or whose point no longer fits, and clears it', async () => {
    for (const point of [
      { ...resumePointOf(scenario, beginConversation(scenario), null), scenarioHash: 'edited-since' },
      { ...resumePointOf(scenario, beginConversation(scenario), null), scenarioId: 'removed' },
      { ...resumePointOf(scenario, beginConversation(scenario), null), replies: ['no-such-reply'] },
    ]) {
      const { repo, service } = setup();
      await repo.saveConversation({
        profileId: 'p1',
        startedAt: '2026-03-01T09:00:00.000Z',
        savedAt: '2026-03-01T09:00:00.000Z',
        point,
      });
      expect(await service.continuable('p1')).toBeUndefined();
      expect(await repo.savedConversation('p1')).toBeUndefined();
      const flow = await service.start('p1', scenario, options);
      expect(flow.resumed).toBe(false);
    }
  });
});
