/**
 * What the room did, decision by decision, for every line it played: the
 * vote, the reply played, the best reply by the analysis, how much of the
 * room agreed with it and the pitfalls it leaned towards; and, once a line is
 * over, the engine's own debrief of it. The projector's group results, the
 * printed summary and the CSV all read this.
 */
import type { AlternativeJudge, Debrief, Scenario } from '../../engine/index.ts';
import {
  availableChoices,
  beginConversation,
  buildDebrief,
  choose,
  customerLine,
  isOver,
  type Conversation,
} from '../../engine/index.ts';
import { agreement, majority, repliesOf, whatIfFrom, type Line, type ScenarioRun } from './workshop.ts';

/** A reply as the room saw it: its letter (0 for A) and words. */
export interface Lettered {
  choiceId: string;
  letter: number;
  text: string;
}

export interface DecisionResult {
  /** 1-based, counted from the start of the scenario (a what-if's first decision is not 1). */
  number: number;
  customer: string;
  /** Every reply on offer with the room's count for it. */
  votes: (Lettered & { count: number })[];
  /** The reply most of the room chose (undefined on a tie or no vote). */
  room?: Lettered;
  played: Lettered;
  best?: Lettered;
  /** Share of the votes on the best reply, 0–1. */
  agreement?: number;
  /** Pitfall ids of the replies that drew votes, the most voted first. */
  leanedTo: string[];
}

export interface LineResult {
  /** For a what-if, the decision it went back to (1-based); undefined for the main line. */
  whatIfFrom?: number;
  decisions: DecisionResult[];
  /** The engine's debrief, once the line has reached an ending. */
  debrief?: Debrief;
}

export function lineResult(s: Scenario, run: ScenarioRun, line: Line, judge: AlternativeJudge): LineResult {
  const replies = repliesOf(run, line);
  const offset = replies.length - line.decisions.length;
  let c: Conversation = replies.slice(0, offset).reduce((x, id) => choose(s, x, id), beginConversation(s));
  const decisions = line.decisions.map((d, i): DecisionResult => {
    const shown = availableChoices(s, c).map((x, letter) => ({ choiceId: x.id, letter, text: x.text, x }));
    const find = (id: string | undefined): Lettered | undefined => {
      const r = shown.find((x) => x.choiceId === id);
      return r && { choiceId: r.choiceId, letter: r.letter, text: r.text };
    };
    const count = (id: string) => d.votes[id] ?? 0;
    const leanedTo = [...shown]
      .filter((r) => count(r.choiceId) > 0)
      .sort((a, b) => count(b.choiceId) - count(a.choiceId))
      .flatMap((r) => r.x.pitfalls)
      .filter((p, j, all) => all.indexOf(p) === j);
    const result: DecisionResult = {
      number: offset + i + 1,
      customer: customerLine(s, c),
      votes: shown.map((r) => ({ choiceId: r.choiceId, letter: r.letter, text: r.text, count: count(r.choiceId) })),
      played: find(d.played)!,
      leanedTo,
    };
    const room = find(majority(d.votes));
    const best = find(d.best);
    const share = agreement(d);
    c = choose(s, c, d.played);
    return {
      ...result,
      ...(room ? { room } : {}),
      ...(best ? { best } : {}),
      ...(share === undefined ? {} : { agreement: share }),
    };
  });
  const from = whatIfFrom(run, line);
  return { ...(from ? { whatIfFrom: from } : {}), decisions, ...debriefOf(s, c, judge) };
}

const debriefOf = (s: Scenario, c: Conversation, judge: AlternativeJudge) =>
  isOver(s, c) ? { debrief: buildDebrief(s, c, judge) } : {};

/** The main line first, then each what-if in the order it was tried. */
export function runResults(s: Scenario, run: ScenarioRun, judge: AlternativeJudge): LineResult[] {
  return [run.main, ...run.whatIfs].map((line) => lineResult(s, run, line, judge));
}
