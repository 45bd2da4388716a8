/**
 * Glue between a finished or interrupted conversation and storage: turns a
 * conversation into an attempt record, keeps the resume point, reads saved
 * attempts back, and computes progress: at a glance for home and the library,
 * in full for the Progress screen.
 */
import type { AlternativeJudge, Conversation, Progress, Scenario } from '../engine/index.ts';
// Single modules, not the engine's index, which would bring the play code into the start-up download.
import { buildDebrief } from '../engine/model/debrief.ts';
import { computeProgress } from '../engine/progress/mastery.ts';
import { StorageFullError } from '../storage/key-value-store.ts';
import { newId, type ProgressRepository } from '../storage/progress-repository.ts';
import { AttemptNotKept } from './attempt-not-kept.ts';
import type { Attempt } from '../storage/records.ts';
import { inOnboardingOrder } from './scenario-facts.ts';
import { standingOf, type Standing } from './standing.ts';

export type { Attempt, Standing };

export class ProgressService {
  constructor(
    private readonly repo: ProgressRepository,
    private readonly scenarios: readonly Scenario[],
    private readonly judgeFor?: (s: Scenario) => AlternativeJudge,
    private readonly bestPossibleFor?: (s: Scenario) => number,
  ) {}

  /**
   * Saves a finished conversation with its debrief and clears its resume point.
   * The attempt takes the conversation's id, so recording it again keeps one.
   * When it cannot be kept (a full disk, the profile deleted in another tab)
   * the error carries the attempt, so its debrief can still be shown and saved
   * to a file.
   */
  async recordAttempt(
    profileId: string,
    scenario: Scenario,
    conversation: Conversation,
    startedAt: Date,
    endedAt = new Date(),
    id = newId(),
  ): Promise<Attempt> {
    const judge = this.judgeFor?.(scenario);
    const best = this.bestPossibleFor?.(scenario);
    const attempt: Attempt = {
      id,
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
    // An attempt of a deleted profile would be kept where no screen shows it.
    if (!(await this.repo.profileExists(profileId))) throw new AttemptNotKept(attempt, 'profile-gone');
    try {
      await this.repo.addAttempt(attempt);
    } catch (e) {
      throw new AttemptNotKept(attempt, e instanceof StorageFullError ? 'storage-full' : 'failed', e);
    }
    // A resume point left behind by a failure here is cleared on the next read: its attempt exists.
    await this.repo.clearConversation(profileId, id).catch(() => undefined);
    return attempt;
  }

  /** One saved attempt whole, its debrief as it was shown. */
  attempt(profileId: string, attemptId: string): Promise<Attempt | undefined> {
    return this.repo.attempt(profileId, attemptId);
  }

  /** Every saved attempt, newest first. */
  async history(profileId: string): Promise<Attempt[]> {
    return (await this.repo.attempts(profileId)).reverse();
  }

  /** Resolved scenarios, best scores, the onboarding track and what is up next, from the attempts in brief. */
  async standing(profileId: string): Promise<Standing> {
    return standingOf(await this.repo.attemptSummaries(profileId), this.scenarios);
  }

  /** Technique mastery, pitfalls, the onboarding track, a recommendation, and each scenario's record in library order. */
  async progress(profileId: string): Promise<Progress> {
    const progress = computeProgress(await this.repo.attempts(profileId), this.scenarios, this.judgeFor);
    const place = new Map(inOnboardingOrder(this.scenarios).map((s, i) => [s.data.id, i]));
    const scenarios = [...progress.scenarios].sort((a, b) => place.get(a.scenarioId)! - place.get(b.scenarioId)!);
    return { ...progress, scenarios };
  }
}
