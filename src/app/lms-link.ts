/**
 * The game's side of an LMS session: which scenario the LMS launched and what
 * passes it, and a reporter that turns a conversation flow's events into the
 * learning system's reports (each decision, the resume point after every turn,
 * the outcome). Standalone play has no link.
 */
import type { AlternativeJudge, Conversation, Scenario } from '../engine/index.ts';
import { availableChoices, type Position } from '../engine/model/conversation.ts';
import { buildDebrief } from '../engine/model/debrief.ts';
import { bestReplyAt } from '../engine/analysis/best-reply.ts';
import { resumePointOf } from '../engine/model/resume-point.ts';
import type { LearningSystem } from '../lms/learning-system.ts';

export type { LmsFault } from '../lms/learning-system.ts';
import type { ConversationFlow } from './flow/conversation-flow.ts';

/** What the LMS's launch asks for: a scenario of the library, and the score that passes it. */
export interface Launch {
  scenario: Scenario;
  /** 0–100; passing also needs a resolved ending. */
  mastery: number;
}

export type LaunchProblem =
  { kind: 'no-scenario' } | { kind: 'unknown-scenario'; id: string } | { kind: 'bad-mastery'; value: string };

/** Reads the launch parameters an LMS appends (`?scenario=…&mastery=…`); they are untrusted. */
export function readLaunch(
  query: string,
  scenarios: readonly Scenario[],
  defaultMastery: (s: Scenario) => number,
): { ok: true; launch: Launch } | { ok: false; problem: LaunchProblem } {
  const params = new URLSearchParams(query);
  const id = params.get('scenario');
  if (!id) return { ok: false, problem: { kind: 'no-scenario' } };
  const scenario = scenarios.find((s) => s.data.id === id);
  if (!scenario) return { ok: false, problem: { kind: 'unknown-scenario', id: id.slice(0, 60) } };
  const raw = params.get('mastery');
  if (raw === null) return { ok: true, launch: { scenario, mastery: defaultMastery(scenario) } };
  const mastery = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || mastery > 100)
    return { ok: false, problem: { kind: 'bad-mastery', value: raw.slice(0, 20) } };
  return { ok: true, launch: { scenario, mastery } };
}

export interface Reporting {
  system: LearningSystem;
  launch: Launch;
  judge: AlternativeJudge;
  bestPossible: number;
  now?: () => number;
}

/** Reports a flow of the launched scenario to the learning system until it is over. */
export function reportFlow(flow: ConversationFlow, r: Reporting): void {
  const s = r.launch.scenario;
  const now = r.now ?? (() => Date.now());
  let offeredAt = now();
  let last: Conversation = flow.view.conversation;
  flow.on('replies', () => (offeredAt = now()));
  flow.on('turn', ({ turn, conversation }) => {
    const from: Position = { at: turn.nodeId, anger: turn.angerBefore, flags: turn.flagsBefore };
    const best = bestReplyAt(s, from, r.judge);
    const position = availableChoices(s, from).findIndex((c) => c.id === turn.choiceId);
    r.system.recordDecision({
      index: conversation.turns.length - 1,
      scenarioId: s.data.id,
      nodeId: turn.nodeId,
      response: turn.choiceId === null ? 'silence' : { choiceId: turn.choiceId, position },
      ...(best ? { best } : {}),
      latencyMs: Math.max(0, now() - offeredAt),
      at: new Date(now()),
      techniques: turn.techniques,
      pitfalls: turn.pitfalls,
      angerBefore: turn.angerBefore,
      angerAfter: turn.angerAfter,
    });
    last = conversation;
  });
  flow.on('persist', ({ conversation, clockLeftMs }) =>
    r.system.suspend(JSON.stringify(resumePointOf(s, conversation, clockLeftMs))),
  );
  flow.on('finished', () => {
    const debrief = buildDebrief(s, last, r.judge);
    const resolved = debrief.outcome.kind === 'resolved';
    r.system.finish({
      resolved,
      passed: resolved && debrief.score.total >= r.launch.mastery,
      score: debrief.score.total,
      bestPossible: r.bestPossible,
      practised: [...new Set(last.turns.flatMap((t) => t.techniques))],
    });
  });
}
