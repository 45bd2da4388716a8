/**
 * The debrief: everything the trainee sees after the conversation, built from
 * the turn log alone, so it can be rebuilt from a saved attempt.
 */
import { ARC_STEPS, findPitfall, findTechnique, moodOf, type ArcStep, type Mood } from '../catalogue/index.ts';
import type { Scenario } from '../content/scenario.ts';
import type { EndingKind } from '../content/schema.ts';
import {
  availableChoices,
  chooseStep,
  customerLine,
  type Conversation,
  type Position,
  type Turn,
} from './conversation.ts';
import { scoreConversation, turnPoints, type ScoreBreakdown } from './score.ts';

export interface CurvePoint {
  /** 0 is the start; turn n is the anger after the n-th exchange. */
  turn: number;
  anger: number;
  mood: Mood;
}

export interface DebriefTurn {
  index: number;
  customer: string;
  reply: string;
  techniques: { id: string; name: string }[];
  pitfalls: { id: string; name: string }[];
  angerBefore: number;
  angerAfter: number;
  change: number;
  feedback: string;
  points: number;
}

export interface Alternative {
  choiceId: string;
  text: string;
  change: number;
  feedback: string;
}

export interface CostliestTurn {
  index: number;
  reply: string;
  change: number;
  /** How much better the alternative would have scored by the measure used (see AlternativeJudge). */
  cost: number;
  alternative: Alternative;
}

export interface ArcCheck {
  step: ArcStep;
  label: string;
  done: boolean;
  /** The first turn (1-based) where it happened. */
  turn?: number;
}

export interface Debrief {
  scenarioId: string;
  outcome: { endingId: string; kind: EndingKind; title: string; lastWords: string; summary: string };
  score: ScoreBreakdown;
  curve: CurvePoint[];
  transcript: DebriefTurn[];
  costliest?: CostliestTurn;
  arc: ArcCheck[];
  reflection: string[];
  breather?: string;
}

/**
 * Rates a choice taken from a position: higher is better. The default looks one
 * step ahead (points minus anger added); the analysis supplies one that knows the
 * best score reachable afterwards.
 */
export type AlternativeJudge = (s: Scenario, from: Position, choiceId: string) => number;

export const oneStepJudge: AlternativeJudge = (s, from, choiceId) => {
  const step = chooseStep(s, from, choiceId);
  const p = turnPoints(s, step.turn);
  return p.techniques + p.pitfalls - (step.position.anger - from.anger);
};

const ARC_LABELS: Record<ArcStep, string> = {
  listen: 'Listen',
  empathise: 'Empathise',
  apologise: 'Apologise',
  solve: 'Solve',
  'follow-up': 'Follow up',
};

const ENDING_TITLES: Record<EndingKind, string> = {
  resolved: 'Resolved',
  escalated: 'Escalated to a supervisor',
  boundary: 'Ended on a boundary',
  lost: 'Customer lost',
};

/** Peak anger at or above this, or a lost customer, earns the breather suggestion. */
export const HARD_CALL_PEAK = 80;

export function buildDebrief(s: Scenario, c: Conversation, judge: AlternativeJudge = oneStepJudge): Debrief {
  const ending = s.data.endings[c.at];
  if (!ending) throw new Error(`conversation in scenario "${s.data.id}" is not over (at "${c.at}")`);
  const score = scoreConversation(s, c.turns, c.at, c.anger);
  const first = c.turns[0];
  const startAnger = first ? first.angerBefore : c.anger;
  const curve: CurvePoint[] = [
    { turn: 0, anger: startAnger, mood: moodOf(startAnger) },
    ...c.turns.map((t, i) => ({ turn: i + 1, anger: t.angerAfter, mood: moodOf(t.angerAfter) })),
  ];
  const transcript = c.turns.map((t, i) => transcriptTurn(s, t, i + 1));
  const costliest = findCostliest(s, c.turns, judge);
  const arc = arcChecklist(c.turns);
  return {
    scenarioId: s.data.id,
    outcome: {
      endingId: c.at,
      kind: ending.kind,
      title: ending.title ?? ENDING_TITLES[ending.kind],
      lastWords: customerLine(s, c),
      summary: ending.summary,
    },
    score,
    curve,
    transcript,
    ...(costliest ? { costliest } : {}),
    arc,
    reflection: reflectionQuestions(ending.reflection, costliest, arc),
    ...(c.peak >= HARD_CALL_PEAK || ending.kind === 'lost' ? { breather: breatherFor(ending.kind) } : {}),
  };
}

function transcriptTurn(s: Scenario, t: Turn, index: number): DebriefTurn {
  const p = turnPoints(s, t);
  return {
    index,
    customer: t.customer,
    reply: t.reply,
    techniques: t.techniques.map((id) => ({ id, name: findTechnique(id)?.name ?? id })),
    pitfalls: t.pitfalls.map((id) => ({ id, name: findPitfall(id)?.name ?? id })),
    angerBefore: t.angerBefore,
    angerAfter: t.angerAfter,
    change: t.angerAfter - t.angerBefore,
    feedback: t.feedback,
    points: p.techniques + p.pitfalls + p.timeliness,
  };
}

/** The turn where the gap between what was said and the best thing available was widest. */
function findCostliest(s: Scenario, turns: readonly Turn[], judge: AlternativeJudge): CostliestTurn | undefined {
  let worst: CostliestTurn | undefined;
  turns.forEach((t, i) => {
    const from: Position = { at: t.nodeId, anger: t.angerBefore, flags: t.flagsBefore };
    const options = availableChoices(s, from);
    if (options.length === 0) return;
    const rated = options.map((o) => ({ o, value: judge(s, from, o.id) }));
    const best = rated.reduce((a, b) => (b.value > a.value ? b : a));
    const chosen = t.choiceId === null ? undefined : rated.find((r) => r.o.id === t.choiceId);
    // Silence is rated as its own anger rise, with no points.
    const chosenValue = chosen ? chosen.value : -(t.angerAfter - t.angerBefore) + turnPoints(s, t).timeliness;
    const cost = best.value - chosenValue;
    if (cost <= 0 || best.o.id === t.choiceId) return;
    if (!worst || cost > worst.cost) {
      const alt = chooseStep(s, from, best.o.id);
      worst = {
        index: i + 1,
        reply: t.reply,
        change: t.angerAfter - t.angerBefore,
        cost: Math.round(cost * 10) / 10,
        alternative: {
          choiceId: best.o.id,
          text: best.o.text,
          change: alt.position.anger - from.anger,
          feedback: best.o.feedback,
        },
      };
    }
  });
  return worst;
}

function arcChecklist(turns: readonly Turn[]): ArcCheck[] {
  return ARC_STEPS.map((step) => {
    const at = turns.findIndex(
      (t) => t.pitfalls.length === 0 && t.techniques.some((id) => findTechnique(id)?.arc === step),
    );
    return { step, label: ARC_LABELS[step], done: at >= 0, ...(at >= 0 ? { turn: at + 1 } : {}) };
  });
}

function reflectionQuestions(
  authored: readonly string[],
  costliest: CostliestTurn | undefined,
  arc: readonly ArcCheck[],
): string[] {
  const questions = [...authored];
  if (costliest)
    questions.push(
      `At turn ${costliest.index} you said "${costliest.reply}". What made that the tempting answer, and what would you say next time?`,
    );
  const missed = arc.filter((a) => !a.done).map((a) => a.label.toLowerCase());
  if (missed.length > 0 && missed.length < arc.length)
    questions.push(`You never got to ${listWords(missed)}. Where in this conversation could it have fitted?`);
  return questions;
}

function breatherFor(kind: EndingKind): string {
  const opener =
    kind === 'lost' ? 'That one got away from you, and it happens to everyone.' : 'That was a hard conversation.';
  return `${opener} Before the next one, take two minutes: stand up, breathe in for four counts and out for six, and remind yourself the anger was about the situation, not about you.`;
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
