/**
 * A profile's attempts in brief — scenario, outcome, score, when — kept in one
 * record beside the attempts, so home and the library read a few kilobytes
 * instead of every turn log and debrief. It is derived data: the attempts stay
 * the truth, and the index is checked against their keys on every read and
 * repaired from them, so an index that another tab overwrote, or that is
 * missing or damaged, costs a rebuild and never loses anything.
 */
import { z } from 'zod';
import { ENDING_KINDS } from '../engine/content/schema.ts';
import type { Attempt } from './records.ts';
import type { RecordType } from './versioned.ts';

export const AttemptSummarySchema = z.strictObject({
  id: z.string(),
  scenarioId: z.string(),
  endedAt: z.string(),
  outcome: z.enum(ENDING_KINDS),
  score: z.number().min(0).max(100),
});
export type AttemptSummary = z.infer<typeof AttemptSummarySchema>;

interface AttemptIndex {
  attempts: AttemptSummary[];
}

export const ATTEMPT_INDEX: RecordType<AttemptIndex> = {
  kind: 'attempt-index',
  version: 1,
  schema: z.strictObject({ attempts: z.array(AttemptSummarySchema) }),
  migrations: {},
};

export function summarize(a: Attempt): AttemptSummary {
  return {
    id: a.id,
    scenarioId: a.scenarioId,
    endedAt: a.endedAt,
    outcome: a.debrief.outcome.kind,
    score: a.debrief.score.total,
  };
}

/** Oldest first, as `attempts()` lists them. */
export function byEndTime(a: { endedAt: string; id: string }, b: { endedAt: string; id: string }): number {
  return a.endedAt.localeCompare(b.endedAt) || a.id.localeCompare(b.id);
}
