/**
 * A conversation in progress, so a closed page can continue where it stopped.
 * Each has its own record (two tabs on one profile keep one each). Since version 2 it holds the engine's own resume point
 * (src/engine/model/resume-point.ts); version 1 held the conversation
 * machine's private snapshot, which was only as stable as the machine library's
 * internals and far larger.
 */
import { z } from 'zod';
// Single modules, not the engine's index: storage is loaded on start-up, before the engine's play code.
import { ResumePointSchema } from '../engine/model/resume-point.ts';
import type { RecordType } from './versioned.ts';

const IsoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'an ISO date-time');

const RecordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of letters, digits, _ or -');

export const SavedConversationSchema = z.strictObject({
  /** The conversation's own id: each has its own record, and its attempt, once finished, takes the same id. */
  id: RecordId,
  profileId: RecordId,
  startedAt: IsoTime,
  savedAt: IsoTime,
  point: ResumePointSchema,
});
export type SavedConversation = z.infer<typeof SavedConversationSchema>;

interface SnapshotTurn {
  choiceId?: string | null;
}
interface Version1 {
  scenarioId: string;
  scenarioHash: string;
  startedAt?: unknown;
  snapshot: { context?: { at?: unknown; anger?: unknown; flags?: Record<string, unknown>; turns?: SnapshotTurn[] } };
  remainingMs: number | null;
  [other: string]: unknown;
}

/** Version 1 → 2: the position and replies out of the machine snapshot's context; the replay checks them on Continue. */
function fromSnapshot(data: unknown): unknown {
  const { scenarioId, scenarioHash, snapshot, remainingMs, ...rest } = data as Version1;
  const context = snapshot?.context;
  if (!context || typeof context !== 'object') throw new Error('the saved conversation has no state');
  const flags = context.flags ?? {};
  return {
    // One conversation per profile then: its start time makes an id no later conversation can have.
    id: `v1-${Date.parse(String(rest.startedAt)) || 0}`,
    ...rest,
    point: {
      scenarioId,
      scenarioHash,
      at: context.at,
      anger: context.anger,
      flags: Object.keys(flags)
        .filter((k) => flags[k] === true)
        .sort(),
      replies: (context.turns ?? []).map((t) => t.choiceId ?? null),
      clockLeftMs: typeof remainingMs === 'number' ? Math.round(remainingMs) : null,
    },
  };
}

export const SAVED_CONVERSATION: RecordType<SavedConversation> = {
  // The kind keeps its first name so records written before the rename still read.
  kind: 'session',
  version: 2,
  schema: SavedConversationSchema,
  migrations: { 1: fromSnapshot },
};
