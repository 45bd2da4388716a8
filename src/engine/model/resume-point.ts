/**
 * The resume point: a conversation in progress in the engine's own terms, small
 * enough to keep anywhere (IndexedDB today, an LMS's 4,096-character suspend
 * data tomorrow). It stores the replies in order, not the turns they made: with
 * the scenario version fixed by its hash, replaying them through the reducer
 * rebuilds every turn exactly, and the position stored beside them is checked
 * against the replay, so a point that no longer fits is caught, never half-used.
 */
import { z } from 'zod';
import type { Scenario } from '../content/scenario.ts';
import { beginConversation, choose, isOver, nodeAt, stayQuiet, type Conversation } from './conversation.ts';
import { responseSeconds } from './reading-time.ts';
import type { Flags } from './condition.ts';

const Id = z.string().min(1).max(200);

export const ResumePointSchema = z.strictObject({
  scenarioId: Id,
  /** Content hash of the scenario version being played. */
  scenarioHash: Id,
  /** The node the conversation is at, its anger and the flags that are set: checked against the replay. */
  at: Id,
  anger: z.number().min(0).max(100),
  flags: z.array(Id).max(200),
  /** The trainee's replies so far, in order; null where they let the clock run out. */
  replies: z.array(Id.nullable()).max(1000),
  /** Whole milliseconds left on the response clock at this node, or null when no clock runs. */
  clockLeftMs: z.number().int().min(0).nullable(),
});
export type ResumePoint = z.infer<typeof ResumePointSchema>;

/** Why a resume point cannot continue: as data, for the screens to put into words. */
export type ResumeProblem =
  | { kind: 'other-scenario' }
  /** The scenario file has changed since the point was saved: its replies may mean something else now. */
  | { kind: 'scenario-changed' }
  /** The replies do not replay to the saved position (the record is damaged). `turn` is 1-based. */
  | { kind: 'does-not-fit'; turn: number };

export type Resumed = { ok: true; conversation: Conversation } | { ok: false; problem: ResumeProblem };

export function setFlags(flags: Flags): string[] {
  return Object.keys(flags)
    .filter((k) => flags[k])
    .sort();
}

export function resumePointOf(s: Scenario, c: Conversation, clockLeftMs: number | null): ResumePoint {
  return {
    scenarioId: s.data.id,
    scenarioHash: s.hash,
    at: c.at,
    anger: c.anger,
    flags: setFlags(c.flags),
    replies: c.turns.map((t) => t.choiceId),
    clockLeftMs: clockLeftMs === null ? null : Math.max(0, Math.round(clockLeftMs)),
  };
}

/** Rebuilds the conversation a resume point was saved from, or says why it cannot. */
export function resumeConversation(s: Scenario, point: ResumePoint): Resumed {
  if (point.scenarioId !== s.data.id) return { ok: false, problem: { kind: 'other-scenario' } };
  if (point.scenarioHash !== s.hash) return { ok: false, problem: { kind: 'scenario-changed' } };
  let c = beginConversation(s);
  for (const [i, reply] of point.replies.entries()) {
    const misfit = { ok: false, problem: { kind: 'does-not-fit', turn: i + 1 } } as const;
    if (isOver(s, c)) return misfit;
    try {
      // Silence is only possible where a clock runs.
      if (reply === null && responseSeconds(nodeAt(s, c), s.data, s.persona) === null) return misfit;
      c = reply === null ? stayQuiet(s, c) : choose(s, c, reply);
    } catch {
      return misfit;
    }
  }
  const same = c.at === point.at && c.anger === point.anger && setFlags(c.flags).join() === point.flags.join();
  if (!same || isOver(s, c)) return { ok: false, problem: { kind: 'does-not-fit', turn: point.replies.length } };
  return { ok: true, conversation: c };
}
