/**
 * A workshop's data, and a new one: what is kept in storage, apart from the
 * steps that play it (workshop.ts), so that keeping workshops needs none of
 * the engine's play code on start-up.
 */
import type { StoredWorkshop } from '../../storage/workshop-record.ts';

/** A workshop as the app plays it: the stored record (src/storage/workshop-record.ts, where each field is described) without its profile. */
export type Workshop = Omit<StoredWorkshop, 'profileId'>;
export type ScenarioRun = Workshop['runs'][number];
export type Line = ScenarioRun['main'];
export type RoomDecision = Line['decisions'][number];
/** How the room answered one decision: a count per reply (show of hands), or a consensus. */
export type Votes = Workshop['votes'];
export type Phase = Workshop['phase'];

/** Fresh for each decision: no votes, nothing revealed. */
export const nextDecision = { votes: {}, phase: 'discuss' } as const;

export const run = (scenarioId: string): ScenarioRun => ({
  scenarioId,
  main: { from: 0, decisions: [] },
  whatIfs: [],
  playing: -1,
});

export const DEFAULT_COUNTDOWN = 60;

export function newWorkshop(id: string, plan: readonly string[], now: Date): Workshop {
  if (plan.length === 0) throw new Error('a workshop needs at least one scenario');
  const time = now.toISOString();
  return {
    id,
    createdAt: time,
    updatedAt: time,
    plan: [...plan],
    at: 0,
    runs: [run(plan[0]!)],
    ...nextDecision,
    countdown: DEFAULT_COUNTDOWN,
    blank: false,
  };
}
