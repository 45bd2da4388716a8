/**
 * What the projector shows, as plain data the console sends to it: the turn
 * (the customer's words and the replies lettered A–D), and only what the
 * facilitator has revealed of the vote and of what every reply would do; or,
 * at an ending, the group results. It never carries a reply's feedback or
 * the best reply before the facilitator reveals them.
 */
import type { AlternativeJudge, Mood, Outlook, Scenario } from '../../engine/index.ts';
import { availableChoices, customerLine, isOver, moodOf, whatIf } from '../../engine/index.ts';
import { bestReplyAt } from '../../engine/analysis/best-reply.ts';
import { lineResult, type LineResult } from './room-results.ts';
import { conversationOf, currentRun, playingLine, whatIfFrom, type Workshop } from './workshop.ts';

export interface Countdown {
  /** Whole seconds left. */
  left: number;
  running: boolean;
}

export interface TurnView {
  kind: 'turn';
  scenarioId: string;
  anger: number;
  mood: Mood;
  /** 1-based, from the start of the scenario. */
  decision: number;
  /** For a what-if line: the decision it went back to. */
  whatIfFrom?: number;
  line: string;
  /** The customer's answer to the reply just played, shown before the new line. */
  reaction?: string;
  replies: string[];
  countdown?: Countdown;
  /** Revealed: the room's count for each reply, in the replies' order. */
  votes?: number[];
  /** Revealed after the vote: what each reply would do, and which is best by the analysis. */
  outlooks?: (Outlook & { best: boolean })[];
}

export interface ResultsView {
  kind: 'results';
  scenarioId: string;
  /** The line just finished, and the main line when that was a what-if. */
  lines: LineResult[];
  bestPossible: number;
}

export type ProjectorView = { kind: 'waiting' } | { kind: 'blank' } | TurnView | ResultsView;

export interface ViewInputs {
  scenario: Scenario;
  judge: AlternativeJudge;
  bestPossible: number;
  countdown?: Countdown;
}

export function projectorView(w: Workshop, { scenario: s, judge, bestPossible, countdown }: ViewInputs): ProjectorView {
  if (w.blank) return { kind: 'blank' };
  const run = currentRun(w);
  const line = playingLine(run);
  const c = conversationOf(s, run);
  if (isOver(s, c)) {
    const lines = [lineResult(s, run, line, judge)];
    if (line !== run.main) lines.push(lineResult(s, run, run.main, judge));
    return { kind: 'results', scenarioId: s.data.id, lines, bestPossible };
  }
  const shown = availableChoices(s, c);
  const last = c.turns.at(-1);
  const best = w.phase === 'what-if' ? bestReplyAt(s, c, judge)?.choiceId : undefined;
  return {
    kind: 'turn',
    scenarioId: s.data.id,
    anger: c.anger,
    mood: moodOf(c.anger),
    decision: c.turns.length + 1,
    ...(line !== run.main ? { whatIfFrom: whatIfFrom(run, line) } : {}),
    line: customerLine(s, c),
    ...(last?.choiceId && last.reactionLine ? { reaction: last.reactionLine } : {}),
    replies: shown.map((x) => x.text),
    ...(countdown && w.phase === 'discuss' ? { countdown } : {}),
    ...(w.phase !== 'discuss' ? { votes: shown.map((x) => w.votes[x.id] ?? 0) } : {}),
    ...(w.phase === 'what-if' ? { outlooks: whatIf(s, c).map((o) => ({ ...o, best: o.choiceId === best })) } : {}),
  };
}
