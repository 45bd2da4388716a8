/**
 * The debrief: everything the trainee sees after the conversation, built from
 * the turn log alone, so it can be rebuilt from a saved attempt. It holds ids,
 * numbers and the scenario's own words; every other sentence is put together
 * from the message catalogue by whoever shows it (screens, canvas, CLI).
 */
import { ARC_STEPS, findPitfall, findTechnique, moodOf, type ArcStep, type Mood } from '../catalogue/index.ts';
import { endingById, type Scenario } from '../content/scenario.ts';
import type { EndingKind } from '../content/schema.ts';
import {
  availableChoices,
  chooseStep,
  customerLine,
  silenceStep,
  type Conversation,
  type Position,
  type Turn,
} from './conversation.ts';
import { breatherAfter, type Breather } from './breather.ts';
import { scoreConversation, turnPoints, type ScoreBreakdown } from './score.ts';

export { BREATHERS, HARD_CALL_PEAK, type Breather } from './breather.ts';

export interface CurvePoint {
  /** 0 is the start; turn n is the anger after the n-th exchange. */
  turn: number;
  anger: number;
  mood: Mood;
}

/**
 * What the trainee did at a turn: picked a reply (its id and words as shown),
 * or let the timer run out (choiceId null, no words: the message catalogue
 * says what silence means).
 */
export type Answer = { choiceId: string; reply: string } | { choiceId: null };

interface DebriefTurnFacts {
  index: number;
  customer: string;
  techniques: { id: string; name: string }[];
  pitfalls: { id: string; name: string }[];
  angerBefore: number;
  angerAfter: number;
  change: number;
  points: number;
}

/** A turn of the transcript; a reply comes with the scenario's feedback on it, a silence with none of its own. */
export type DebriefTurn = DebriefTurnFacts &
  ({ choiceId: string; reply: string; feedback: string; reaction?: string } | { choiceId: null });

/** A reply that used a technique and committed a pitfall in the same breath, as real agents mostly do. */
export function partlyRight(t: Pick<DebriefTurnFacts, 'techniques' | 'pitfalls'>): boolean {
  return t.techniques.length > 0 && t.pitfalls.length > 0;
}

export interface Alternative {
  choiceId: string;
  text: string;
  change: number;
  feedback: string;
}

interface CostliestFacts {
  index: number;
  /** The anger change at that turn: shown beside the cost, never what the turn is ranked by. */
  change: number;
  /**
   * How many more points the best reply kept within reach than what was said, by the
   * judge (see AlternativeJudge and docs/scoring.md): the turn's own points plus the
   * best score still reachable after it.
   */
  cost: number;
  alternative: Alternative;
}

/** The turn where what was said (or not said) cost the most points, with the best reply there. */
export type CostliestTurn = CostliestFacts & Answer;

export interface ArcCheck {
  step: ArcStep;
  done: boolean;
  /** The first turn (1-based) where it happened. */
  turn?: number;
}

/**
 * Something for the trainee to think about. The scenario's ending brings its
 * own questions; the debrief adds one about the costliest turn and one about
 * the steps of the arc never reached. The screens word them.
 */
export type ReflectionPrompt =
  | { kind: 'authored'; text: string }
  | ({ kind: 'costliest'; turn: number } & Answer)
  | { kind: 'missed-arc'; steps: ArcStep[] };

export interface Outcome {
  endingId: string;
  kind: EndingKind;
  /** The ending's own title, when the scenario gives one; otherwise the screens name the kind. */
  title?: string;
  lastWords: string;
  summary: string;
}

export interface Debrief {
  scenarioId: string;
  outcome: Outcome;
  score: ScoreBreakdown;
  curve: CurvePoint[];
  transcript: DebriefTurn[];
  costliest?: CostliestTurn;
  arc: ArcCheck[];
  reflection: ReflectionPrompt[];
  /** Offered after a hard call or a lost customer (see breather.ts). */
  breather?: Breather;
}

/**
 * Rates a choice taken from a position (null: letting the timer run out), higher
 * is better. The analysis supplies the one the game uses: the turn's points plus
 * the best score still reachable after it, so differences are points. The default,
 * for when there is no analysis, looks one step ahead (points minus anger added).
 */
export type AlternativeJudge = (s: Scenario, from: Position, choiceId: string | null) => number;

/** The step a choice (or a silence, null) takes from a position. */
export function stepOf(s: Scenario, from: Position, choiceId: string | null) {
  return choiceId === null ? silenceStep(s, from) : chooseStep(s, from, choiceId);
}

export const oneStepJudge: AlternativeJudge = (s, from, choiceId) => {
  const step = stepOf(s, from, choiceId);
  const p = turnPoints(s, step.turn);
  return p.techniques + p.pitfalls + p.timeliness - (step.position.anger - from.anger);
};

export function buildDebrief(s: Scenario, c: Conversation, judge: AlternativeJudge = oneStepJudge): Debrief {
  const ending = endingById(s, c.at);
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
  const breather = breatherAfter(ending.kind, c.peak);
  return {
    scenarioId: s.data.id,
    outcome: {
      endingId: c.at,
      kind: ending.kind,
      ...(ending.title !== undefined ? { title: ending.title } : {}),
      lastWords: customerLine(s, c),
      summary: ending.summary,
    },
    score,
    curve,
    transcript,
    ...(costliest ? { costliest } : {}),
    arc,
    reflection: reflectionPrompts(ending.reflection, costliest, arc),
    ...(breather ? { breather } : {}),
  };
}

function transcriptTurn(s: Scenario, t: Turn, index: number): DebriefTurn {
  const p = turnPoints(s, t);
  const facts: DebriefTurnFacts = {
    index,
    customer: t.customer,
    techniques: t.techniques.map((id) => ({ id, name: findTechnique(id)?.name ?? id })),
    pitfalls: t.pitfalls.map((id) => ({ id, name: findPitfall(id)?.name ?? id })),
    angerBefore: t.angerBefore,
    angerAfter: t.angerAfter,
    change: t.angerAfter - t.angerBefore,
    points: p.techniques + p.pitfalls + p.timeliness,
  };
  return t.choiceId === null
    ? { ...facts, choiceId: null }
    : {
        ...facts,
        choiceId: t.choiceId,
        reply: t.reply,
        feedback: t.feedback,
        ...(t.reactionLine ? { reaction: t.reactionLine } : {}),
      };
}

/** What was said at a turn, and only that (a silence has no words). */
function answerOf(t: Answer): Answer {
  return t.choiceId === null ? { choiceId: null } : { choiceId: t.choiceId, reply: t.reply };
}

/**
 * The turn that cost the most points: where the gap between the best reply
 * available and what was said (or the silence), as the judge rates them, was
 * widest. Ties go to the earlier turn. See docs/scoring.md, "The turn that cost
 * the most points".
 */
function findCostliest(s: Scenario, turns: readonly Turn[], judge: AlternativeJudge): CostliestTurn | undefined {
  let worst: CostliestTurn | undefined;
  turns.forEach((t, i) => {
    const from: Position = { at: t.nodeId, anger: t.angerBefore, flags: t.flagsBefore };
    const options = availableChoices(s, from);
    if (options.length === 0) return;
    const rated = options.map((o) => ({ o, value: judge(s, from, o.id) }));
    const best = rated.reduce((a, b) => (b.value > a.value ? b : a));
    // What was said is rated by the same judge as the alternatives, a silence included.
    const chosen = rated.find((r) => r.o.id === t.choiceId);
    const chosenValue = chosen ? chosen.value : judge(s, from, null);
    const cost = best.value - chosenValue;
    if (cost <= 0 || best.o.id === t.choiceId) return;
    if (!worst || cost > worst.cost) {
      const alt = chooseStep(s, from, best.o.id);
      worst = {
        index: i + 1,
        ...answerOf(t),
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
    return { step, done: at >= 0, ...(at >= 0 ? { turn: at + 1 } : {}) };
  });
}

function reflectionPrompts(
  authored: readonly string[],
  costliest: CostliestTurn | undefined,
  arc: readonly ArcCheck[],
): ReflectionPrompt[] {
  const prompts: ReflectionPrompt[] = authored.map((text) => ({ kind: 'authored', text }));
  if (costliest) prompts.push({ kind: 'costliest', turn: costliest.index, ...answerOf(costliest) });
  const missed = arc.filter((a) => !a.done).map((a) => a.step);
  if (missed.length > 0 && missed.length < arc.length) prompts.push({ kind: 'missed-arc', steps: missed });
  return prompts;
}
