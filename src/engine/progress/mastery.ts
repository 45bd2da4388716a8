/**
 * Progress across attempts: how well each technique is used, which pitfalls
 * recur, best scores, the onboarding track, and what to practise next.
 * Pure: works from saved attempts and the current library.
 */
import { PITFALLS, TECHNIQUES } from '../catalogue/index.ts';
import type { Scenario } from '../content/scenario.ts';
import type { EndingKind } from '../content/schema.ts';
import { availableChoices, type Turn } from '../model/conversation.ts';
import { oneStepJudge, type AlternativeJudge } from '../model/debrief.ts';
import { wellTimed } from '../model/score.ts';

/** What progress needs from a saved attempt. */
export interface PlayedAttempt {
  scenarioId: string;
  scenarioHash: string;
  endedAt: string;
  turns: readonly Pick<
    Turn,
    'nodeId' | 'stage' | 'choiceId' | 'techniques' | 'pitfalls' | 'angerBefore' | 'flagsBefore'
  >[];
  debrief: { score: { total: number }; outcome: { kind: EndingKind } };
}

export interface TechniqueMastery {
  id: string;
  name: string;
  /** Used at a stage it suits, in a reply without pitfalls. */
  usedWell: number;
  /** Turns where the best reply available used it and the trainee's did not. */
  missed: number;
  /** usedWell / (usedWell + missed), or null if never met. */
  rate: number | null;
  /** The same rate per attempt, oldest first, over the most recent attempts that met it. */
  trend: number[];
}

export interface ScenarioProgress {
  scenarioId: string;
  attempts: number;
  best: number;
  resolved: boolean;
}

export interface Progress {
  techniques: TechniqueMastery[];
  pitfalls: { id: string; name: string; committed: number }[];
  scenarios: ScenarioProgress[];
  onboarding: { done: number; total: number; next?: string };
  recommendation?: { techniqueId: string; techniqueName: string; scenarioId: string; reason: string };
}

export const TREND_LENGTH = 8;
/** A technique never met ranks as half-mastered: one that keeps being missed needs practice first. */
const UNMET_RATE = 0.5;

export function computeProgress(
  attempts: readonly PlayedAttempt[],
  scenarios: readonly Scenario[],
  judgeFor: (s: Scenario) => AlternativeJudge = () => oneStepJudge,
): Progress {
  const byId = new Map(scenarios.map((s) => [s.data.id, s]));
  const tally = new Map(TECHNIQUES.map((t) => [t.id, { usedWell: 0, missed: 0, perAttempt: [] as number[] }]));
  const pitfallCount = new Map(PITFALLS.map((p) => [p.id, 0]));
  const ordered = [...attempts].sort((a, b) => a.endedAt.localeCompare(b.endedAt));

  for (const attempt of ordered) {
    const scenario = byId.get(attempt.scenarioId);
    const judge = scenario ? judgeFor(scenario) : undefined;
    const local = new Map<string, { well: number; missed: number }>();
    const bump = (id: string, key: 'well' | 'missed') => {
      const entry = local.get(id) ?? { well: 0, missed: 0 };
      entry[key]++;
      local.set(id, entry);
    };
    for (const turn of attempt.turns) {
      for (const id of turn.pitfalls) pitfallCount.set(id, (pitfallCount.get(id) ?? 0) + 1);
      const clean = turn.pitfalls.length === 0 && turn.choiceId !== null;
      for (const id of turn.techniques) if (clean && tally.has(id) && wellTimed(id, turn.stage)) bump(id, 'well');
      // Missed moves can only be judged against the version of the scenario that was played.
      if (!scenario || !judge || scenario.hash !== attempt.scenarioHash) continue;
      const from = { at: turn.nodeId, anger: turn.angerBefore, flags: turn.flagsBefore };
      const options = availableChoices(scenario, from);
      if (options.length === 0) continue;
      const best = options.map((o) => ({ o, v: judge(scenario, from, o.id) })).reduce((a, b) => (b.v > a.v ? b : a)).o;
      if (best.id === turn.choiceId) continue;
      for (const id of best.techniques) if (tally.has(id) && !turn.techniques.includes(id)) bump(id, 'missed');
    }
    for (const [id, { well, missed }] of local) {
      const t = tally.get(id)!;
      t.usedWell += well;
      t.missed += missed;
      t.perAttempt.push(well / (well + missed));
    }
  }

  const techniques = TECHNIQUES.map((t) => {
    const { usedWell, missed, perAttempt } = tally.get(t.id)!;
    const met = usedWell + missed;
    return {
      id: t.id,
      name: t.name,
      usedWell,
      missed,
      rate: met > 0 ? usedWell / met : null,
      trend: perAttempt.slice(-TREND_LENGTH),
    };
  });

  const scenarioProgress = scenarios.map((s) => {
    const mine = ordered.filter((a) => a.scenarioId === s.data.id);
    return {
      scenarioId: s.data.id,
      attempts: mine.length,
      best: Math.max(0, ...mine.map((a) => a.debrief.score.total)),
      resolved: mine.some((a) => a.debrief.outcome.kind === 'resolved'),
    };
  });
  const resolved = new Set(scenarioProgress.filter((p) => p.resolved).map((p) => p.scenarioId));

  return {
    techniques,
    pitfalls: PITFALLS.map((p) => ({ id: p.id, name: p.name, committed: pitfallCount.get(p.id) ?? 0 }))
      .filter((p) => p.committed > 0)
      .sort((a, b) => b.committed - a.committed),
    scenarios: scenarioProgress,
    onboarding: onboardingTrack(scenarios, resolved),
    ...recommend(techniques, scenarios, scenarioProgress),
  };
}

/** How far along the onboarding track a trainee who resolved these scenarios is, and its next step. */
export function onboardingTrack(scenarios: readonly Scenario[], resolved: ReadonlySet<string>): Progress['onboarding'] {
  const track = scenarios
    .filter((s) => s.data.tracks?.onboarding !== undefined)
    .sort((a, b) => a.data.tracks!.onboarding! - b.data.tracks!.onboarding!);
  const next = track.find((s) => !resolved.has(s.data.id));
  return {
    done: track.filter((s) => resolved.has(s.data.id)).length,
    total: track.length,
    ...(next ? { next: next.data.id } : {}),
  };
}

/** The weakest technique met so far (or one never met), and the scenario that uses it most where the trainee has most to gain. */
function recommend(
  techniques: TechniqueMastery[],
  scenarios: readonly Scenario[],
  progress: ScenarioProgress[],
): Pick<Progress, 'recommendation'> {
  const usage = (s: Scenario, id: string) =>
    Object.values(s.data.nodes).reduce(
      (n, node) => n + node.choices.filter((c) => c.techniques.includes(id) && c.pitfalls.length === 0).length,
      0,
    );
  const candidates = techniques
    .filter((t) => scenarios.some((s) => usage(s, t.id) > 0))
    .sort((a, b) => (a.rate ?? UNMET_RATE) - (b.rate ?? UNMET_RATE) || b.missed - a.missed);
  const weakest = candidates[0];
  if (!weakest) return {};
  const best = (id: string) => progress.find((p) => p.scenarioId === id)?.best ?? 0;
  const scenario = [...scenarios]
    .sort((a, b) => best(a.data.id) - best(b.data.id) || usage(b, weakest.id) - usage(a, weakest.id))
    .find((s) => usage(s, weakest.id) > 0)!;
  const reason =
    weakest.rate === null
      ? `You have not practised "${weakest.name}" yet.`
      : `You used "${weakest.name}" well ${weakest.usedWell} of ${weakest.usedWell + weakest.missed} times it was the right move.`;
  return {
    recommendation: { techniqueId: weakest.id, techniqueName: weakest.name, scenarioId: scenario.data.id, reason },
  };
}
