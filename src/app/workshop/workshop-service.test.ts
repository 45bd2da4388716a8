import { describe, expect, it } from 'vitest';
import { analyseScenario, bestOutcomeJudge } from '../../engine/analysis/index.ts';
import { reply, scenarioFrom } from '../../engine/test-support/build-scenario.ts';
import { MemoryStore } from '../../storage/key-value-store.ts';
import { ProgressRepository } from '../../storage/progress-repository.ts';
import { consensus, countVotes, currentRun, playForRoom, revealMore, rewind } from './workshop.ts';
import { WorkshopService } from './workshop-service.ts';

const s = scenarioFrom({
  nodes: {
    open: {
      stage: 'venting',
      say: 'It never came.',
      choices: [
        reply('listen', 'resolved', { techniques: ['empathy'] }),
        reply('blame', 'lost', { pitfalls: ['blame'] }),
      ],
    },
  },
});
const judge = bestOutcomeJudge(analyseScenario(s));

function setup() {
  let t = 0;
  const store = new MemoryStore();
  const repo = new ProgressRepository(store, () => new Date(Date.UTC(2026, 11, 4, 9, 0, t)));
  const clock = () => new Date(Date.UTC(2026, 11, 4, 9, 0, t++));
  return { store, repo, workshops: new WorkshopService(repo, clock) };
}

describe('WorkshopService', () => {
  it('keeps every change of a workshop under the facilitator’s profile, to pick up after a reload', async () => {
    const { workshops } = setup();
    let w = await workshops.start('p1', ['test-scenario']);
    w = revealMore(countVotes(w, 'listen', 5));
    w = playForRoom(w, s, judge);
    w = playForRoom(consensus(rewind(w, 1), 'blame'), s, judge);
    await workshops.save('p1', w);
    const [kept] = await workshops.list('p1');
    expect(kept).toEqual({ ...w, updatedAt: kept!.updatedAt });
    expect(currentRun(kept!).main.decisions[0]).toEqual({
      nodeId: 'open',
      votes: { listen: 5 },
      played: 'listen',
      best: 'listen',
    });
    expect(await workshops.list('p2')).toEqual([]);
  });

  it('lists the most recently used first, and deletes one', async () => {
    const { workshops } = setup();
    const a = await workshops.start('p1', ['test-scenario']);
    const b = await workshops.start('p1', ['test-scenario']);
    await workshops.save('p1', a);
    expect((await workshops.list('p1')).map((x) => x.id)).toEqual([a.id, b.id]);
    await workshops.remove('p1', a.id);
    expect((await workshops.list('p1')).map((x) => x.id)).toEqual([b.id]);
  });

  it('sets a damaged workshop aside with a notice, and never writes over one from a newer version', async () => {
    const { store, repo, workshops } = setup();
    const w = await workshops.start('p1', ['test-scenario']);
    await store.set(`workshop/p1/${w.id}`, { kind: 'workshop', v: 1, data: { ...w, profileId: 'p1', plan: [] } });
    expect(await workshops.list('p1')).toEqual([]);
    expect(repo.takeNotices()).toMatchObject([{ record: 'workshop', kind: 'moved-aside' }]);
    // Every field well formed, but pointing past the plan: damaged all the same.
    await store.set(`workshop/p1/${w.id}`, { kind: 'workshop', v: 1, data: { ...w, profileId: 'p1', at: 3 } });
    expect(await workshops.list('p1')).toEqual([]);
    expect(repo.takeNotices()).toMatchObject([
      { record: 'workshop', kind: 'moved-aside', problem: { reason: 'damaged', path: 'at' } },
    ]);
    const newer = { kind: 'workshop', v: 99, data: {} };
    await store.set(`workshop/p1/${w.id}`, newer);
    await expect(workshops.save('p1', w)).rejects.toThrow();
    expect(await store.get(`workshop/p1/${w.id}`)).toEqual(newer);
  });

  it('goes with the profile when the profile is deleted', async () => {
    const { repo, workshops } = setup();
    await workshops.start('p1', ['test-scenario']);
    await repo.deleteProfile('p1');
    expect(await workshops.list('p1')).toEqual([]);
  });
});
