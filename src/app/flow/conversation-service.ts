/**
 * Starts conversation flows for a profile: a new conversation, or one left in
 * progress rebuilt from its resume point; and keeps each flow's resume point
 * and finished attempt in storage. Each conversation has its own id and
 * record, so two tabs on one profile keep one each, and its attempt takes the
 * same id, so recording it twice (a reload in between) keeps one.
 */
import type { Conversation, Scenario } from '../../engine/index.ts';
import { beginConversation } from '../../engine/model/conversation.ts';
import { resumeConversation, resumePointOf } from '../../engine/model/resume-point.ts';
import { newId, type ProgressRepository } from '../../storage/progress-repository.ts';
import type { SavedConversation } from '../../storage/saved-conversation.ts';
import type { ProgressService } from '../progress-service.ts';
import type { TimerSetting } from '../settings.ts';
import type { ConversationFlow } from './conversation-flow.ts';

export interface StartOptions {
  /** The id of the conversation in progress to continue; absent to start afresh. */
  resume?: string;
  timer: TimerSetting;
  motion: () => boolean;
}

/** A conversation that can be continued. */
export interface InProgress {
  id: string;
  scenario: Scenario;
  conversation: Conversation;
  saved: SavedConversation;
}

/** A conversation in progress that could not continue, and was set aside: for the page to say so once. */
export type ConversationNotice =
  | { kind: 'scenario-changed'; title: string }
  | { kind: 'scenario-gone'; scenarioId: string }
  | { kind: 'does-not-fit'; title: string };

export class ConversationService {
  private readonly noticeList: ConversationNotice[] = [];
  /** Called with each flow before it starts, so others (an LMS) can follow it. */
  onStart?: (flow: ConversationFlow, scenario: Scenario) => void;

  constructor(
    private readonly repo: ProgressRepository,
    private readonly progress: ProgressService,
    private readonly scenarios: readonly Scenario[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Every conversation of the profile that can be continued, the most recent
   * first. One whose attempt was already recorded (the page closed between the
   * two writes) is cleared; one that no longer fits its scenario is set aside
   * with a notice, never offered and never dropped silently.
   */
  async inProgress(profileId: string): Promise<InProgress[]> {
    const out: InProgress[] = [];
    for (const saved of await this.repo.savedConversations(profileId)) {
      if (await this.repo.attempt(profileId, saved.id)) {
        await this.repo.clearConversation(profileId, saved.id);
        continue;
      }
      const scenario = this.scenarios.find((s) => s.data.id === saved.point.scenarioId);
      const resumed = scenario ? resumeConversation(scenario, saved.point) : undefined;
      if (scenario && resumed?.ok) {
        out.push({ id: saved.id, scenario, conversation: resumed.conversation, saved });
        continue;
      }
      const problem = resumed && !resumed.ok ? resumed.problem : { kind: 'scenario-gone' as const };
      await this.repo.setAsideConversation(profileId, saved.id, problem);
      this.noticeList.push(
        !scenario
          ? { kind: 'scenario-gone', scenarioId: saved.point.scenarioId }
          : {
              kind: problem.kind === 'scenario-changed' ? 'scenario-changed' : 'does-not-fit',
              title: scenario.data.title,
            },
      );
    }
    return out;
  }

  /** The conversation to offer on home: the one saved last. */
  async latest(profileId: string): Promise<InProgress | undefined> {
    return (await this.inProgress(profileId))[0];
  }

  /** Conversations set aside since the last call; each is given out once. */
  takeNotices(): ConversationNotice[] {
    return this.noticeList.splice(0);
  }

  async start(profileId: string, scenario: Scenario, options: StartOptions): Promise<ConversationFlow> {
    const continued = options.resume
      ? (await this.inProgress(profileId)).find(
          (c) => c.id === options.resume && c.scenario.data.id === scenario.data.id,
        )
      : undefined;
    const id = continued?.id ?? newId();
    const startedAt = continued ? new Date(continued.saved.startedAt) : this.now();
    // The flow and its machine library load with the conversation screen, not with home.
    const { ConversationFlow } = await import('./conversation-flow.ts');
    const flow = new ConversationFlow(
      {
        scenario,
        conversation: continued?.conversation ?? beginConversation(scenario),
        ...(continued ? { resumed: { clockLeftMs: continued.saved.point.clockLeftMs } } : {}),
        timer: options.timer,
        motion: options.motion,
      },
      {
        save: async (conversation, clockLeftMs) => {
          // A profile deleted in another tab gets no resume point no screen would offer.
          if (!(await this.repo.profileExists(profileId))) return;
          await this.repo.saveConversation({
            id,
            profileId,
            startedAt: startedAt.toISOString(),
            savedAt: this.now().toISOString(),
            point: resumePointOf(scenario, conversation, clockLeftMs),
          });
        },
        record: (conversation) =>
          this.progress.recordAttempt(profileId, scenario, conversation, startedAt, this.now(), id),
        discard: () => this.repo.clearConversation(profileId, id),
      },
    );
    this.onStart?.(flow, scenario);
    return flow;
  }
}
