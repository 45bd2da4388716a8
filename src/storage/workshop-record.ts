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

/** One decision of the room: the node, its votes, the reply played and the best reply there by the analysis. */
const Decision = z.strictObject({ nodeId: Id, votes: Votes, played: Id, best: Id.optional() });

/** A line of play: from the start (the main line), or a what-if after the main line's first `from` decisions. */
const Line = z.strictObject({ from: z.number().int().min(0), decisions: z.array(Decision).max(500) });

export const WorkshopSchema = z
  .strictObject({
    id: RecordId,
    profileId: RecordId,
    createdAt: IsoTime,
    updatedAt: IsoTime,
    /** The scenarios of the session, in order. */
    plan: z.array(Id).min(1).max(50),
    /** Index into the plan. */
    at: z.number().int().min(0),
    /** What was played in each scenario of the plan visited so far. */
    runs: z.array(
      z.strictObject({
        scenarioId: Id,
        main: Line,
        whatIfs: z.array(Line).max(100),
        /** The line being played: -1 the main line, else an index into whatIfs. */
        playing: z.number().int().min(-1),
      }),
    ),
    /** The room's vote at the current decision so far. */
    votes: Votes,
    /** How far the room is at the current decision: talking it over, the vote shown, what every reply does shown. */
    phase: z.enum(['discuss', 'votes', 'what-if']),
    /** Seconds the room has to talk each decision over; 0 for no countdown. */
    countdown: z.number().int().min(0).max(3600),
    /** The projector shows nothing: the room looks at the facilitator. */
    blank: z.boolean(),
  })
  // What the fields point at must be there: a record that passes field by field but not this is damaged.
  .superRefine((w, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (w.at >= w.plan.length) problem(['at'], 'past the end of the plan');
    else if (!w.runs.some((r) => r.scenarioId === w.plan[w.at])) problem(['runs'], 'no run for the current scenario');
    w.runs.forEach((r, i) => {
      if (r.playing >= r.whatIfs.length) problem(['runs', i, 'playing'], 'no such what-if line');
      r.whatIfs.forEach((l, j) => {
        if (l.from > r.main.decisions.length) problem(['runs', i, 'whatIfs', j, 'from'], 'past the main line');
      });
    });
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
