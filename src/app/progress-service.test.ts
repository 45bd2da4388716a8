import { describe, expect, it } from 'vitest';
import { beginConversation, choose } from '../engine/index.ts';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { MemoryStore } from '../storage/key-value-store.ts';
import { ProgressRepository } from '../storage/progress-repository.ts';
import { ProgressService } from './progress-service.ts';

const scenario = scenarioFrom({
  nodes: {
    open: {
      stage: 'venting',
      say: 'This is the third time I am calling!',
      choices: [reply('hear', 'fix', { techniques: ['empathy'] }), reply('calm', 'fix', { pitfalls: ['calm-down'] })],
    },
    fix: {
      stage: 'solving',
      say: 'So what now?',
      choices: [
        reply('offer', 'resolved', { techniques: ['offer-options'] }),
        reply('policy', 'lost', { pitfalls: ['policy'] }),
      ],
    },
  },
});

function setup() {
  const repo = new ProgressRepository(new MemoryStore());
  return { repo, service: new ProgressService(repo, [scenario], undefined, () => 88) };
}

describe('ProgressService', () => {
  it('records a finished conversation with its debrief and clears the resume point', async () => {
    const { repo, service } = setup();
    await repo.saveSession({
      profileId: 'p1',
      scenarioId: scenario.data.id,
      scenarioHash: scenario.hash,
      startedAt: '2026-01-01T00:00:00.000Z',
      savedAt: '2026-01-01T00:00:00.000Z',
      snapshot: {},
      remainingMs: null,
    });
    const c = choose(scenario, choose(scenario, beginConversation(scenario), 'hear'), 'offer');
    const attempt = await service.recordAttempt(
      'p1',
      scenario,
      c,
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-01-01T00:03:00Z'),
    );

    expect(attempt).toMatchObject({
      profileId: 'p1',
      scenarioId: 'test-scenario',
      scenarioHash: scenario.hash,
      finalAnger: c.anger,
      bestPossible: 88,
    });
    expect(attempt.debrief.outcome.kind).toBe('resolved');
    expect(attempt.debrief.curve).toHaveLength(3);
    expect(await repo.attempts('p1')).toEqual([attempt]);
    expect(await repo.session('p1')).toBeUndefined();
  });

  it('offers to resume only when the scenario is still the version that was saved', async () => {
    const { repo, service } = setup();
    const session = {
      profileId: 'p1',
      scenarioId: scenario.data.id,
      scenarioHash: scenario.hash,
      startedAt: '2026-01-01T00:00:00.000Z',
      savedAt: '2026-01-01T00:00:00.000Z',
      snapshot: { value: 'fix' },
      remainingMs: 5000,
    };
    await repo.saveSession(session);
    expect(await service.resumable('p1')).toEqual({ session, scenario });

    await repo.saveSession({ ...session, scenarioHash: 'edited-since' });
    expect(await service.resumable('p1')).toBeUndefined();
    expect(await repo.session('p1')).toBeUndefined();
  });

  it('computes progress from stored attempts', async () => {
    const { service } = setup();
    const c = choose(scenario, choose(scenario, beginConversation(scenario), 'calm'), 'offer');
    await service.recordAttempt('p1', scenario, c, new Date());
    const progress = await service.progress('p1');
    expect(progress.pitfalls).toEqual([{ id: 'calm-down', name: '"Calm down"', committed: 1 }]);
    expect(progress.techniques.find((t) => t.id === 'empathy')!.missed).toBe(1);
  });
});
