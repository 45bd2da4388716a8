/**
 * Starts conversation flows for a profile: a new conversation, or the one left
 * in progress rebuilt from its resume point; and keeps each flow's resume point
 * and finished attempt in storage. The screens ask it, never storage.
 */
import type { Scenario } from '../../engine/index.ts';
import { beginConversation } from '../../engine/model/conversation.ts';
import { resumeConversation, resumePointOf } from '../../engine/model/resume-point.ts';
import type { ProgressRepository } from '../../storage/progress-repository.ts';
import type { ProgressService } from '../progress-service.ts';
import type { TimerSetting } from '../settings.ts';
import type { ConversationFlow } from './conversation-flow.ts';

export interface StartOptions {
  /** Continue the conversation in progress instead of starting afresh. */
  resume: boolean;
  timer: TimerSetting;
  motion: () => boolean;
}

export class ConversationService {
  constructor(
    private readonly repo: ProgressRepository,
    private readonly progress: ProgressService,
    private readonly scenarios: readonly Scenario[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The conversation left in progress, rebuilt, if there is one and it still fits its scenario. */
  async inProgress(profileId: string) {
    const saved = await this.repo.savedConversation(profileId);
    if (!saved) return undefined;
    const scenario = this.scenarios.find((s) => s.data.id === saved.point.scenarioId);
    const resumed = scenario ? resumeConversation(scenario, saved.point) : undefined;
    if (!scenario || !resumed?.ok) {
      // Its scenario is gone or changed, or the point no longer replays: it cannot continue.
      await this.repo.clearConversation(profileId);
      return undefined;
    }
    return { scenario, saved, conversation: resumed.conversation };
  }

  /** The scenario of the conversation that can be continued, if any. */
  async continuable(profileId: string): Promise<Scenario | undefined> {
    return (await this.inProgress(profileId))?.scenario;
  }

  async start(profileId: string, scenario: Scenario, options: StartOptions): Promise<ConversationFlow> {
    const left = options.resume ? await this.inProgress(profileId) : undefined;
    const resumed = left?.scenario.data.id === scenario.data.id ? left : undefined;
    if (!resumed) await this.repo.clearConversation(profileId);
    const startedAt = resumed ? new Date(resumed.saved.startedAt) : this.now();
    // The flow and its machine library load with the conversation screen, not with home.
    const { ConversationFlow } = await import('./conversation-flow.ts');
    return new ConversationFlow(
      {
        scenario,
        conversation: resumed?.conversation ?? beginConversation(scenario),
        ...(resumed ? { resumed: { clockLeftMs: resumed.saved.point.clockLeftMs } } : {}),
        timer: options.timer,
        motion: options.motion,
      },
      {
        save: (conversation, clockLeftMs) =>
          this.repo.saveConversation({
            profileId,
            startedAt: startedAt.toISOString(),
            savedAt: this.now().toISOString(),
            point: resumePointOf(scenario, conversation, clockLeftMs),
          }),
        record: (conversation) => this.progress.recordAttempt(profileId, scenario, conversation, startedAt, this.now()),
      },
    );
  }
}
