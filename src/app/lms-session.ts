/**
 * Starting inside a learning management system: the learner the LMS names
 * plays under a profile of that name (no profile screen), the scenario the LMS
 * launched opens at its briefing, and a conversation the LMS kept from an
 * earlier session (perhaps on another computer) continues where it stopped.
 */
import type { Scenario } from '../engine/index.ts';
import { ResumePointSchema } from '../engine/model/resume-point.ts';
import type { LearningSystem } from '../lms/learning-system.ts';
import { newId, type ProgressRepository } from '../storage/progress-repository.ts';
import type { ConversationService } from './flow/conversation-service.ts';
import { readLaunch, reportFlow, type LaunchProblem } from './lms-link.ts';
import type { AnalysisCache } from './analysis-cache.ts';
import type { ProfileService } from './profile-service.ts';
import { DEFAULT_MASTERY } from '../lms/package/course.ts';

/** Where the game opens in an LMS, and what went wrong with the launch if anything did. */
export interface LmsStart {
  profileId: string;
  scenario?: Scenario;
  /** The saved conversation (just written from the LMS's resume data) to continue. */
  resume?: string;
  problem?: LaunchProblem;
}

const NAME_LIMIT = 40;

export async function openLmsSession(deps: {
  system: LearningSystem;
  query: string;
  scenarios: readonly Scenario[];
  profiles: ProfileService;
  repo: ProgressRepository;
  analyses: AnalysisCache;
  conversations: ConversationService;
  fallbackProfile: string;
  now?: () => Date;
}): Promise<LmsStart> {
  const { system, profiles } = deps;
  const now = deps.now ?? (() => new Date());
  const name = (system.learner?.name || system.learner?.id || '').trim().slice(0, NAME_LIMIT);
  const known = name ? (await profiles.list()).find((p) => p.name === name) : undefined;
  const profileId = name ? (known ?? (await profiles.create(name))).id : deps.fallbackProfile;
  await profiles.remember(profileId);

  const read = readLaunch(deps.query, deps.scenarios, (s) =>
    Math.ceil(deps.analyses.bestPossibleFor(s) * DEFAULT_MASTERY),
  );
  if (!read.ok) return { profileId, problem: read.problem };
  const judge = deps.analyses.judgeFor(read.launch.scenario);
  const bestPossible = deps.analyses.bestPossibleFor(read.launch.scenario);
  // A pass mark the LMS itself sets (cmi5's masteryScore, a share of the best possible) wins over the package's.
  const launch =
    system.masteryScore === undefined
      ? read.launch
      : { ...read.launch, mastery: Math.ceil(system.masteryScore * bestPossible) };
  deps.conversations.onStart = (flow, scenario) => {
    if (scenario === launch.scenario) reportFlow(flow, { system, launch, judge, bestPossible });
  };

  // The LMS's resume data goes in as a conversation in progress; the service checks it like any other.
  const kept = system.resumeData === null ? undefined : parseJson(system.resumeData);
  const point = kept === undefined ? undefined : ResumePointSchema.safeParse(kept);
  if (point?.success && point.data.scenarioId === launch.scenario.data.id) {
    const id = newId();
    const at = now().toISOString();
    await deps.repo.saveConversation({ id, profileId, startedAt: at, savedAt: at, point: point.data });
    return { profileId, scenario: launch.scenario, resume: id };
  }
  return { profileId, scenario: launch.scenario };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
