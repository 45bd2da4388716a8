import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beginConversation, choose, compileScenario } from '../../engine/index.ts';
import { resumePointOf } from '../../engine/model/resume-point.ts';
import { thirdCall } from '../../engine/test-support/third-call.ts';
import { MemoryStore, StorageFullError } from '../../storage/key-value-store.ts';
import { ProgressRepository } from '../../storage/progress-repository.ts';
import { AttemptNotKept } from '../attempt-not-kept.ts';
import { ProgressService } from '../progress-service.ts';
import type { ConversationFlow, FlowReport } from './conversation-flow.ts';
import { ConversationService } from './conversation-service.ts';

const scenario = thirdCall({ timer: 10 });

/** A store that can be told to refuse writes of attempts, as a full disk does. */
class FillingStore extends MemoryStore {
  full = false;
  override async set(key: string, value: unknown): Promise<void> {
    if (this.full && key.startsWith('attempt/')) throw new StorageFullError(key);
    return super.set(key, value);
  }
}

async function setup(store = new FillingStore()) {
  const repo = new ProgressRepository(store);
  const profile = await repo.createProfile('Ilze');
  const progress = new ProgressService(repo, [scenario]);
  const clock = { now: new Date('2026-03-01T10:00:00Z') };
  const service = new ConversationService(repo, progress, [scenario], () => clock.now);
  return { repo, store, service, clock, p: profile.id };
}

const options = { timer: 'normal', motion: () => false } as const;
const settle = () => vi.advanceTimersByTimeAsync(0);

/** Plays replies through a started flow, each after the customer's line is shown. */
async function play(flow: ConversationFlow, replies: string[]) {
  for (const choiceId of replies) {
    flow.send({ type: 'LINE_SHOWN' });
    flow.send({ type: 'CHOOSE', choiceId });
    await settle();
  }
}

function finished(flow: ConversationFlow): FlowReport[] {
  const out: FlowReport[] = [];
  flow.on('finished', (e) => out.push(e));
  return out;
}

const saved = (p: string, id: string, point = resumePointOf(scenario, beginConversation(scenario), null)) => ({
  id,
  profileId: p,
  startedAt: '2026-03-01T09:00:00.000Z',
  savedAt: '2026-03-01T09:00:00.000Z',
  point,
});

describe('ConversationService', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a resume point from the start, continues it after a reload, and records the attempt under its id', async () => {
    const { repo, service, clock, p } = await setup();
    const first = await service.start(p, scenario, options);
    expect(first.resumed).toBe(false);
    first.start();
    first.send({ type: 'BEGIN' });
    await play(first, ['hear']);
    first.dispose();
    const [left] = await service.inProgress(p);
    expect(left).toMatchObject({ scenario });

    clock.now = new Date('2026-03-01T10:05:00Z');
    const again = await service.start(p, scenario, { ...options, resume: left!.id });
    expect(again.resumed).toBe(true);
    expect(again.view.conversation.turns.map((t) => t.choiceId)).toEqual(['hear']);
    again.start();
    again.send({ type: 'BEGIN' });
    await settle();
    await play(again, ['offer']);
    again.send({ type: 'LINE_SHOWN' });
    await settle();
    const [attempt] = await repo.attempts(p);
    expect(attempt).toMatchObject({
      id: left!.id,
      startedAt: '2026-03-01T10:00:00.000Z',
      endedAt: '2026-03-01T10:05:00.000Z',
    });
    expect(attempt!.turns.map((t) => t.choiceId)).toEqual(['hear', 'offer']);
    expect(await service.inProgress(p)).toEqual([]);
    again.dispose();
  });

  it('keeps one resume point per conversation: two tabs on one profile keep both, and finishing one leaves the other', async () => {
    const { repo, service, clock, p } = await setup();
    const tabA = await service.start(p, scenario, options);
    tabA.start();
    tabA.send({ type: 'BEGIN' });
    await play(tabA, ['hear']);
    clock.now = new Date('2026-03-01T10:01:00Z');
    const tabB = await service.start(p, scenario, options);
    tabB.start();
    tabB.send({ type: 'BEGIN' });
    await play(tabB, ['calm']);
    expect((await service.inProgress(p)).map((c) => c.conversation.turns[0]!.choiceId)).toEqual(['calm', 'hear']);

    const done = finished(tabB);
    await play(tabB, ['offer']);
    tabB.send({ type: 'LINE_SHOWN' });
    await settle();
    expect(done).toHaveLength(1);
    expect(await repo.attempts(p)).toHaveLength(1);
    expect((await service.inProgress(p)).map((c) => c.conversation.turns[0]!.choiceId)).toEqual(['hear']);
    tabA.dispose();
    tabB.dispose();
  });

  it('does not offer again a conversation whose attempt was recorded before the page closed, and records it once', async () => {
    const { repo, service, p } = await setup();
    const c = choose(scenario, choose(scenario, beginConversation(scenario), 'hear'), 'offer');
    await repo.saveConversation(saved(p, 'conv1'));
    // The page closed between the two writes: the attempt is there, its resume point too.
    const progress = new ProgressService(repo, [scenario]);
    await progress.recordAttempt(p, scenario, c, new Date(), new Date(), 'conv1');
    await repo.saveConversation(saved(p, 'conv1'));
    expect(await service.inProgress(p)).toEqual([]);
    expect(await repo.savedConversations(p)).toEqual([]);
    // Recording the same conversation again keeps one attempt.
    await progress.recordAttempt(p, scenario, c, new Date(), new Date(), 'conv1');
    expect(await repo.attempts(p)).toHaveLength(1);
  });

  it('restarting forgets the restarted conversation only', async () => {
    const { service, p } = await setup();
    const kept = await service.start(p, scenario, options);
    kept.start();
    const restarted = await service.start(p, scenario, options);
    restarted.start();
    await settle();
    expect(await service.inProgress(p)).toHaveLength(2);
    await restarted.discard();
    expect(await service.inProgress(p)).toHaveLength(1);
    kept.dispose();
  });

  it('continues a conversation saved by the version before, from the machine snapshot it kept', async () => {
    const { repo, service, p } = await setup();
    // What version 1 stored, under the profile's one key: the machine's persisted snapshot, and the clock left.
    const actor = createActor(compileScenario(scenario)).start();
    actor.send({ type: 'CHOOSE', choiceId: 'calm' });
    const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    await repo.store.set(`session/${p}`, {
      kind: 'session',
      v: 1,
      data: {
        profileId: p,
        scenarioId: scenario.data.id,
        scenarioHash: scenario.hash,
        startedAt: '2026-02-01T08:00:00.000Z',
        savedAt: '2026-02-01T08:01:00.000Z',
        snapshot,
        remainingMs: 6543.2,
      },
    });
    const [left] = await service.inProgress(p);
    expect(left!.conversation).toEqual(actor.getSnapshot().context);
    // Read once, it is a record of its own in the new form.
    expect(await repo.store.get(`session/${p}`)).toBeNull();
    expect(await repo.store.get(`session/${p}/${left!.id}`)).toMatchObject({ kind: 'session', v: 2 });
    const flow = await service.start(p, scenario, { ...options, resume: left!.id });
    flow.start();
    flow.send({ type: 'BEGIN' });
    flow.send({ type: 'LINE_SHOWN' });
    expect(flow.timeLeft()).toBe(6543);
    flow.dispose();
  });

  it('sets aside a conversation whose scenario changed, is gone, or that no longer fits, and says so once', async () => {
    const { repo, service, p } = await setup();
    const point = resumePointOf(scenario, beginConversation(scenario), null);
    await repo.saveConversation(saved(p, 'changed', { ...point, scenarioHash: 'edited-since' }));
    await repo.saveConversation(saved(p, 'gone', { ...point, scenarioId: 'removed' }));
    await repo.saveConversation(saved(p, 'misfit', { ...point, replies: ['no-such-reply'] }));
    expect(await service.inProgress(p)).toEqual([]);
    expect(service.takeNotices()).toEqual(
      expect.arrayContaining([
        { kind: 'scenario-changed', title: scenario.data.title },
        { kind: 'scenario-gone', scenarioId: 'removed' },
        { kind: 'does-not-fit', title: scenario.data.title },
      ]),
    );
    expect(service.takeNotices()).toEqual([]);
    // Set aside, not deleted.
    expect(await repo.savedConversations(p)).toEqual([]);
    expect((await repo.store.keys('quarantine/')).filter((k) => k.includes(`session/${p}/`))).toHaveLength(3);
  });

  it('still ends with the debrief when the disk is full, carrying the attempt that could not be kept', async () => {
    const { repo, store, service, p } = await setup();
    const flow = await service.start(p, scenario, options);
    const done = finished(flow);
    flow.start();
    flow.send({ type: 'BEGIN' });
    await play(flow, ['hear']);
    store.full = true;
    await play(flow, ['offer']);
    flow.send({ type: 'LINE_SHOWN' });
    await settle();
    const outcome = (done[0] as Extract<FlowReport, { type: 'finished' }>).outcome;
    expect(outcome.kept).toBe(false);
    const error = (outcome as { error: AttemptNotKept }).error;
    expect(error).toBeInstanceOf(AttemptNotKept);
    expect(error.reason).toBe('storage-full');
    expect(error.attempt.debrief.outcome.kind).toBe('resolved');
    expect(await repo.attempts(p)).toEqual([]);
    // The resume point stays, so nothing of the conversation is lost.
    expect(await repo.savedConversations(p)).toHaveLength(1);
    flow.dispose();
  });

  it('keeps no attempt for a profile deleted in another tab while it played', async () => {
    const { repo, service, p } = await setup();
    const flow = await service.start(p, scenario, options);
    const done = finished(flow);
    flow.start();
    flow.send({ type: 'BEGIN' });
    await play(flow, ['hear']);
    await repo.deleteProfile(p);
    await play(flow, ['offer']);
    flow.send({ type: 'LINE_SHOWN' });
    await settle();
    const outcome = (done[0] as Extract<FlowReport, { type: 'finished' }>).outcome as { error: AttemptNotKept };
    expect(outcome.error.reason).toBe('profile-gone');
    expect(await repo.store.keys(`attempt/${p}/`)).toEqual([]);
    flow.dispose();
  });
});
