/**
 * Glue between a finished or interrupted conversation and storage: turns a
 * conversation into an attempt record, keeps the resume point, and computes
 * progress for the Progress screen.
 */
import type { AlternativeJudge, Conversation, Progress, Scenario } from '../engine/index.ts';
// Single modules, not the engine's index, which would bring the play code into the start-up download.
import { buildDebrief } from '../engine/model/debrief.ts';
import { computeProgress } from '../engine/progress/mastery.ts';
import { newId, type ProgressRepository } from '../storage/progress-repository.ts';
import type { Attempt, Session } from '../storage/records.ts';

export interface Resumable {
  session: Session;
  scenario: Scenario;
}

export class ProgressService {
  constructor(
    private readonly repo: ProgressRepository,
    private readonly scenarios: readonly Scenario[],
    private readonly judgeFor?: (s: Scenario) => AlternativeJudge,
    private readonly bestPossibleFor?: (s: Scenario) => number,
  ) {}

  /** Saves a finished conversation with its debrief and clears the resume point. */
  async recordAttempt(
    profileId: string,
    scenario: Scenario,
    conversation: Conversation,
    startedAt: Date,
    endedAt = new Date(),
  ): Promise<Attempt> {
    const judge = this.judgeFor?.(scenario);
    const best = this.bestPossibleFor?.(scenario);
    const attempt: Attempt = {
      id: newId(),
      profileId,
      scenarioId: scenario.data.id,
      scenarioHash: scenario.hash,
      scenarioTitle: scenario.data.title,
      startedAt: startedAt.toISOString(),
      endedAt: endedAt.toISOString(),
      finalAnger: conversation.anger,
      turns: conversation.turns.map((t) => ({ ...t, flagsBefore: { ...t.flagsBefore } })),
      debrief: buildDebrief(scenario, conversation, judge),
      ...(best !== undefined ? { bestPossible: best } : {}),
    };
    await this.repo.addAttempt(attempt);
    await this.repo.clearSession(profileId);
    return attempt;
  }

  /** The conversation to continue, if one was left and its scenario is still the same version. */
  async resumable(profileId: string): Promise<Resumable | undefined> {
    const session = await this.repo.session(profileId);
    if (!session) return undefined;
    const scenario = this.scenarios.find((s) => s.data.id === session.scenarioId);
    if (!scenario || scenario.hash !== session.scenarioHash) {
      // The scenario changed or is gone: the snapshot would not fit the new graph.
      await this.repo.clearSession(profileId);
      return undefined;
    }
    return { session, scenario };
  }

  async progress(profileId: string): Promise<Progress> {
    return computeProgress(await this.repo.attempts(profileId), this.scenarios, this.judgeFor);
  }
}
