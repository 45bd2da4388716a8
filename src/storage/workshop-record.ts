/**
 * A facilitator's workshop, kept under their profile so a reload mid-session
 * (or the next week's session) picks it up where it stood: the plan, every
 * line the room played with its votes, and where the room is now. The shape
 * is the app's Workshop (src/app/workshop/workshop.ts).
 */
import { z } from 'zod';
import type { RecordType } from './versioned.ts';

const Id = z.string().min(1).max(200);
const IsoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'an ISO date-time');
const RecordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of letters, digits, _ or -');
const Votes = z.record(Id, z.number().int().min(0).max(100_000));

const Line = z.strictObject({
  from: z.number().int().min(0),
  decisions: z.array(z.strictObject({ nodeId: Id, votes: Votes, played: Id, best: Id.optional() })).max(500),
});

export const WorkshopSchema = z.strictObject({
  id: RecordId,
  profileId: RecordId,
  createdAt: IsoTime,
  updatedAt: IsoTime,
  plan: z.array(Id).min(1).max(50),
  at: z.number().int().min(0),
  runs: z.array(
    z.strictObject({
      scenarioId: Id,
      main: Line,
      whatIfs: z.array(Line).max(100),
      playing: z.number().int().min(-1),
    }),
  ),
  votes: Votes,
  phase: z.enum(['discuss', 'votes', 'what-if']),
  countdown: z.number().int().min(0).max(3600),
  blank: z.boolean(),
});
export type StoredWorkshop = z.infer<typeof WorkshopSchema>;

export const WORKSHOP: RecordType<StoredWorkshop> = {
  kind: 'workshop',
  version: 1,
  schema: WorkshopSchema,
  migrations: {},
};

export const workshopPrefix = (profileId: string) => `workshop/${profileId}/`;
export const workshopKey = (profileId: string, id: string) => `${workshopPrefix(profileId)}${id}`;
