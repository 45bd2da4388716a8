/**
 * A workshop as data: the facilitator's plan of scenarios, and for each one
 * the line the room played (each decision with the room's vote, the reply
 * played and the best reply by the analysis) plus the what-if lines tried by
 * rewinding to an earlier decision. Pure: every step returns a new workshop,
 * and the conversation at any point is rebuilt by the engine from the replies,
 * so the game's rules stay in one place.
 */
import type { AlternativeJudge, Conversation, Scenario } from '../../engine/index.ts';
import { bestReplyAt } from '../../engine/analysis/best-reply.ts';
import { availableChoices, beginConversation, choose, isOver } from '../../engine/model/conversation.ts';

import {
  nextDecision,
  run,
  type Line,
  type Phase,
  type RoomDecision,
  type ScenarioRun,
  type Votes,
  type Workshop,
} from './workshop-data.ts';

export { DEFAULT_COUNTDOWN, newWorkshop } from './workshop-data.ts';
export type { Line, Phase, RoomDecision, ScenarioRun, Votes, Workshop };

export function currentRun(w: Workshop): ScenarioRun {
  return w.runs.find((r) => r.scenarioId === w.plan[w.at])!;
}

/** For a what-if line, the decision it went back to (1-based); undefined for the main line. */
export function whatIfFrom(r: ScenarioRun, line: Line): number | undefined {
  return line === r.main ? undefined : line.from + 1;
}

/** Whether every line played can still be played in these scenarios: a new version may have changed one. */
export function fitsLibrary(w: Workshop, scenarios: readonly Scenario[]): boolean {
  return w.runs.every((r) => {
    const s = scenarios.find((x) => x.data.id === r.scenarioId);
    try {
      return s !== undefined && [r.main, ...r.whatIfs].every((line) => conversationOf(s, r, line));
    } catch {
      return false;
    }
  });
}

export function playingLine(r: ScenarioRun): Line {
  return r.playing < 0 ? r.main : r.whatIfs[r.playing]!;
}

/** The replies of the line being played, from the start of the scenario. */
export function repliesOf(r: ScenarioRun, line: Line = playingLine(r)): string[] {
  const before = line === r.main ? [] : r.main.decisions.slice(0, line.from).map((d) => d.played);
  return [...before, ...line.decisions.map((d) => d.played)];
}

/** The conversation where the line being played stands, rebuilt by the engine. */
export function conversationOf(s: Scenario, r: ScenarioRun, line?: Line): Conversation {
  return repliesOf(r, line).reduce((c, id) => choose(s, c, id), beginConversation(s));
}

function withRun(w: Workshop, change: (r: ScenarioRun) => ScenarioRun): Workshop {
  const current = currentRun(w);
  return { ...w, runs: w.runs.map((r) => (r === current ? change(r) : r)) };
}

/** Sets the room's count for one reply (never below zero). */
export function countVotes(w: Workshop, choiceId: string, count: number): Workshop {
  return { ...w, votes: { ...w.votes, [choiceId]: Math.max(0, Math.round(count)) } };
}

/** The room agrees on one reply. */
export function consensus(w: Workshop, choiceId: string): Workshop {
  return { ...w, votes: { [choiceId]: 1 } };
}

/** Shows the next thing on the projector: the vote, then what every reply would have done. */
export function revealMore(w: Workshop): Workshop {
  return { ...w, phase: w.phase === 'discuss' ? 'votes' : 'what-if' };
}

/** Takes the last thing shown off the projector again. */
export function revealLess(w: Workshop): Workshop {
  return { ...w, phase: w.phase === 'what-if' ? 'votes' : 'discuss' };
}

/** Shows exactly this much on the projector (the console's own buttons). */
export function reveal(w: Workshop, phase: Phase): Workshop {
  return { ...w, phase };
}

export function setBlank(w: Workshop, blank: boolean): Workshop {
  return { ...w, blank };
}

/** Seconds per decision, whole and between 0 (off) and an hour. */
export function setCountdown(w: Workshop, seconds: number): Workshop {
  return { ...w, countdown: Math.min(3600, Math.max(0, Math.round(seconds) || 0)) };
}

/** One hand more (or fewer) for a reply, counting a show of hands. */
export function stepVotes(w: Workshop, choiceId: string, by: 1 | -1): Workshop {
  return countVotes(w, choiceId, (w.votes[choiceId] ?? 0) + by);
}

/** The reply most of the room chose; undefined with no votes or a tie at the top (the facilitator decides). */
export function majority(votes: Votes): string | undefined {
  const ranked = Object.entries(votes)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[1]?.[1] === ranked[0]![1]) return undefined;
  return ranked[0]![0];
}

/**
 * Plays a reply for the room (the majority unless the facilitator names
 * another) and records the decision with its vote and the best reply there.
 */
export function playForRoom(w: Workshop, s: Scenario, judge: AlternativeJudge, choiceId = majority(w.votes)): Workshop {
  if (!choiceId) throw new Error('no reply to play: the vote is empty or tied');
  const r = currentRun(w);
  const c = conversationOf(s, r);
  if (isOver(s, c)) throw new Error('the conversation is over');
  if (!availableChoices(s, c).some((x) => x.id === choiceId)) throw new Error(`"${choiceId}" is not on offer here`);
  const best = bestReplyAt(s, c, judge)?.choiceId;
  const decision: RoomDecision = { nodeId: c.at, votes: w.votes, played: choiceId, ...(best ? { best } : {}) };
  const next = withRun(w, (x) => {
    const line = playingLine(x);
    const grown = { ...line, decisions: [...line.decisions, decision] };
    return x.playing < 0 ? { ...x, main: grown } : { ...x, whatIfs: x.whatIfs.map((l) => (l === line ? grown : l)) };
  });
  return { ...next, ...nextDecision };
}

/**
 * "What if we had said something else?": back to before decision `turn`
 * (1-based) of the main line, in a new what-if line; the main line is kept.
 */
export function rewind(w: Workshop, turn: number): Workshop {
  const r = currentRun(w);
  if (!Number.isInteger(turn) || turn < 1 || turn > r.main.decisions.length)
    throw new Error(`there is no decision ${turn} to go back to`);
  const next = withRun(w, (x) => ({
    ...x,
    whatIfs: [...x.whatIfs, { from: turn - 1, decisions: [] }],
    playing: x.whatIfs.length,
  }));
  return { ...next, ...nextDecision };
}

/** Back to the main line where it stood. */
export function backToMainLine(w: Workshop): Workshop {
  return { ...withRun(w, (x) => ({ ...x, playing: -1 })), ...nextDecision };
}

/** Moves to another scenario of the plan, keeping what was played in each. */
export function goToScenario(w: Workshop, index: number): Workshop {
  const scenarioId = w.plan[index];
  if (scenarioId === undefined) throw new Error(`the plan has no scenario ${index + 1}`);
  const runs = w.runs.some((r) => r.scenarioId === scenarioId) ? w.runs : [...w.runs, run(scenarioId)];
  return { ...w, at: index, runs, ...nextDecision };
}

/** Share of the room's votes that went to the best reply (0–1), or undefined with no votes. */
export function agreement(d: RoomDecision): number | undefined {
  const total = Object.values(d.votes).reduce((a, b) => a + b, 0);
  if (total === 0 || !d.best) return undefined;
  return (d.votes[d.best] ?? 0) / total;
}
