import { describe, expect, it } from 'vitest';
import { beginConversation, choose } from '../engine/index.ts';
import { resumePointOf } from '../engine/model/resume-point.ts';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { thirdCall } from '../engine/test-support/third-call.ts';
import { MemoryStore } from '../storage/key-value-store.ts';
import { ProgressRepository } from '../storage/progress-repository.ts';
import { ProgressService } from './progress-service.ts';

const scenario = thirdCall();

async function setup() {
  const repo = new ProgressRepository(new MemoryStore());
  // The trainee the attempts belong to: an attempt of a profile that is gone is not kept.
  await repo.putProfile({ id: 'p1', name: 'Ilze', createdAt: '2026-01-01T00:00:00.000Z' });
  return { repo, service: new ProgressService(repo, [scenario], undefined, () => 88) };
}

describe('ProgressService', () => {
  it('records a finished conversation under its id with its debrief, and clears its resume point', async () => {
    const { repo, service } = await setup();
    await repo.saveConversation({
      id: 'c1',
      profileId: 'p1',
      startedAt: '2026-01-01T00:00:00.000Z',
      savedAt: '2026-01-01T00:00:00.000Z',
      point: resumePointOf(scenario, beginConversation(scenario), null),
    });
    const c = choose(scenario, choose(scenario, beginConversation(scenario), 'hear'), 'offer');
    const attempt = await service.recordAttempt(
      'p1',
      scenario,
      c,
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-01-01T00:03:00Z'),
      'c1',
    );

    expect(attempt).toMatchObject({
      id: 'c1',
      profileId: 'p1',
      scenarioId: 'test-scenario',
      scenarioHash: scenario.hash,
      finalAnger: c.anger,
      bestPossible: 88,
    });
    expect(attempt.debrief.outcome.kind).toBe('resolved');
    expect(attempt.debrief.curve).toHaveLength(3);
    expect(await repo.attempts('p1')).toEqual([attempt]);
    expect(await repo.savedConversations('p1')).toEqual([]);
  });

  it("keeps the customer's reaction to a reply with the attempt", async () => {
    const { repo } = await setup();
    const reacting = scenarioFrom({
      nodes: {
        open: {
          stage: 'venting',
          say: 'It never came.',
          choices: [
            reply('blame', 'resolved', { pitfalls: ['blame'], reaction: 'My fault, is it?' }),
            reply('listen', 'resolved', { techniques: ['empathy'] }),
          ],
        },
      },
    });
    const service = new ProgressService(repo, [reacting]);
    const c = choose(reacting, beginConversation(reacting), 'blame');
    const attempt = await service.recordAttempt('p1', reacting, c, new Date(), new Date());

    expect(attempt.turns[0]).toMatchObject({ choiceId: 'blame', reactionLine: 'My fault, is it?' });
    expect(await repo.attempts('p1')).toEqual([attempt]);
  });

  it('reads attempts back: one whole, and the history newest first', async () => {
    const { service } = await setup();
    const c = choose(scenario, choose(scenario, beginConversation(scenario), 'hear'), 'offer');
    const early = await service.recordAttempt(
      'p1',
      scenario,
      c,
      new Date('2026-01-01T10:00:00Z'),
      new Date('2026-01-01T10:02:00Z'),
    );
    const late = await service.recordAttempt(
      'p1',
      scenario,
      c,
      new Date('2026-01-02T10:00:00Z'),
      new Date('2026-01-02T10:02:00Z'),
    );
    expect(await service.attempt('p1', early.id)).toEqual(early);
    expect(await service.attempt('p1', 'no-such-attempt')).toBeUndefined();
    expect(await service.attempt('p2', early.id)).toBeUndefined();
    expect((await service.history('p1')).map((a) => a.id)).toEqual([late.id, early.id]);
    expect(await service.history('p2')).toEqual([]);
  });

  it('gives home and the library where the trainee stands', async () => {
    const first = { ...scenario, data: { ...scenario.data, id: 'first', title: 'First', tracks: { onboarding: 1 } } };
    const second = {
      ...scenario,
      data: { ...scenario.data, id: 'second', title: 'Second', tracks: { onboarding: 2 } },
    };
    const { repo } = await setup();
    const service = new ProgressService(repo, [second, first]);
    expect(await service.standing('p1')).toMatchObject({ onboarding: { done: 0, total: 2 }, next: first });

    const won = choose(first, choose(first, beginConversation(first), 'hear'), 'offer');
    const lost = choose(second, choose(second, beginConversation(second), 'calm'), 'policy');
    const a = await service.recordAttempt('p1', first, won, new Date());
    const b = await service.recordAttempt('p1', second, lost, new Date());
    const standing = await service.standing('p1');
    expect([...standing.resolved]).toEqual(['first']);
    expect(Object.fromEntries(standing.best)).toEqual({
      first: a.debrief.score.total,
      second: b.debrief.score.total,
    });
    expect(standing.onboarding).toEqual({ done: 1, total: 2 });
    expect(standing.next?.data.id).toBe('second');
    // The Progress screen counts the same track the same way.
    expect((await service.progress('p1')).onboarding).toMatchObject(standing.onboarding);
  });

  it("lists each scenario's record in library order", async () => {
    const first = { ...scenario, data: { ...scenario.data, id: 'first', title: 'First', tracks: { onboarding: 1 } } };
    const later = { ...scenario, data: { ...scenario.data, id: 'later', title: 'A later one', difficulty: 5 } };
    const easy = { ...scenario, data: { ...scenario.data, id: 'easy', title: 'Easy', difficulty: 1 } };
    const service = new ProgressService(new ProgressRepository(new MemoryStore()), [later, easy, first]);
    expect((await service.progress('p1')).scenarios.map((p) => p.scenarioId)).toEqual(['first', 'easy', 'later']);
  });

  it('computes progress from stored attempts', async () => {
    const { service } = await setup();
    const c = choose(scenario, choose(scenario, beginConversation(scenario), 'calm'), 'offer');
    await service.recordAttempt('p1', scenario, c, new Date());
    const progress = await service.progress('p1');
    expect(progress.pitfalls).toEqual([{ id: 'calm-down', name: '"Calm down"', committed: 1 }]);
    expect(progress.techniques.find((t) => t.id === 'empathy')!.missed).toBe(1);
  });
});
