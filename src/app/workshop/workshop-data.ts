/**
 * A workshop's data, and a new one: what is kept in storage, apart from the
 * steps that play it (workshop.ts), so that keeping workshops needs none of
 * the engine's play code on start-up.
 */

/** How the room answered one decision: a count per reply (show of hands), or a consensus. */
export type Votes = Readonly<Record<string, number>>;

export interface RoomDecision {
  nodeId: string;
  votes: Votes;
  /** The reply the facilitator played for the room. */
  played: string;
  /** The best reply here by the analysis. */
  best?: string;
}

/** A line of play: from the start of the scenario (the main line), or a what-if from an earlier decision. */
export interface Line {
  /** 0 for the main line; for a what-if, the number of the main line's decisions kept before it. */
  from: number;
  decisions: RoomDecision[];
}

export interface ScenarioRun {
  scenarioId: string;
  main: Line;
  whatIfs: Line[];
  /** The line being played: -1 the main line, else an index into whatIfs. */
  playing: number;
}

/**
 * How far the room is at the current decision: talking it over (nothing on
 * the projector but the turn), the vote shown, then what every reply would
 * have done.
 */
export type Phase = 'discuss' | 'votes' | 'what-if';

export interface Workshop {
  id: string;
  createdAt: string;
  updatedAt: string;
  plan: readonly string[];
  /** Index into the plan. */
  at: number;
  runs: ScenarioRun[];
  /** The room's vote at the current decision so far. */
  votes: Votes;
  phase: Phase;
  /** Seconds the room has to talk each decision over; 0 for no countdown. */
  countdown: number;
  /** The projector shows nothing (B): the room looks at the facilitator. */
  blank: boolean;
}

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
    plan,
    at: 0,
    runs: [run(plan[0]!)],
    ...nextDecision,
    countdown: DEFAULT_COUNTDOWN,
    blank: false,
  };
}
