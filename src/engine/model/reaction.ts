/**
 * The persona reaction model: how much a reply raises or lowers anger.
 * Pure and deterministic; docs/anger-model.md explains it with a worked example.
 */
import { pitfall, SILENCE_PITFALL, STAGE_FIT, technique, type Stage } from '../catalogue/index.ts';
import type { ChoiceData, PersonaData } from '../content/schema.ts';

/** Extra weight on what this persona cares about most. */
export const SOOTHER_BONUS = 1.5;
export const HOT_BUTTON_BONUS = 1.5;
/** A raw nerve: pitfalls hurt more while the customer is still venting. */
export const VENTING_HEAT = 1.25;
/** Stacked techniques in one reply add up with diminishing weight: 1, ½, ¼… */
export const STACK_WEIGHT = 0.5;

/** Volatility 1–5: how strongly rises land (0.8–1.6) and how well calming lands (1.1–0.7). */
export function heatScale(volatility: number): number {
  return 0.6 + 0.2 * volatility;
}
export function calmScale(volatility: number): number {
  return 1.2 - 0.1 * volatility;
}

export interface ReactionPart {
  kind: 'technique' | 'pitfall';
  id: string;
  /** Signed anger points this part contributed (before the author's adjustment). */
  points: number;
}

export interface Reaction {
  /** Signed change to anger; negative calms. */
  delta: number;
  /** The model's figure before any author override, and what made it. */
  model: number;
  parts: ReactionPart[];
}

export function react(
  choice: Pick<ChoiceData, 'techniques' | 'pitfalls' | 'anger'>,
  stage: Stage,
  persona: PersonaData,
): Reaction {
  const { volatility } = persona.anger;
  const calming = choice.techniques
    .map((id) => {
      const t = technique(id);
      const sooth = persona.soothedBy.includes(id) ? SOOTHER_BONUS : 1;
      return { id, raw: t.calm * STAGE_FIT[t.family][stage] * sooth * calmScale(volatility) };
    })
    .sort((a, b) => b.raw - a.raw)
    .map((c, i) => ({ id: c.id, points: -c.raw * STACK_WEIGHT ** i }));
  const heating = choice.pitfalls.map((id) => {
    const hot = persona.hotButtons.includes(id) ? HOT_BUTTON_BONUS : 1;
    const vent = stage === 'venting' ? VENTING_HEAT : 1;
    return { id, points: pitfall(id).heat * hot * vent * heatScale(volatility) };
  });
  const parts: ReactionPart[] = [
    ...calming.map((c) => ({ kind: 'technique' as const, id: c.id, points: round1(c.points) })),
    ...heating.map((h) => ({ kind: 'pitfall' as const, id: h.id, points: round1(h.points) })),
  ];
  const model = roundPoints([...calming, ...heating].reduce((sum, p) => sum + p.points, 0));
  const delta =
    choice.anger === undefined ? model : 'change' in choice.anger ? choice.anger.change : model + choice.anger.adjust;
  return { delta, model, parts };
}

/** Patience 1–5: an impatient customer takes silence worse (1.4 … 0.6). */
export function silenceScale(patience: number): number {
  return 1.6 - 0.2 * patience;
}

/** Anger added when the response timer runs out. */
export function silenceReaction(persona: PersonaData): Reaction {
  const hot = persona.hotButtons.includes(SILENCE_PITFALL) ? HOT_BUTTON_BONUS : 1;
  const points =
    pitfall(SILENCE_PITFALL).heat * hot * silenceScale(persona.anger.patience) * heatScale(persona.anger.volatility);
  const delta = Math.max(1, roundPoints(points));
  return { delta, model: delta, parts: [{ kind: 'pitfall', id: SILENCE_PITFALL, points: round1(points) }] };
}

/**
 * To whole anger points, halves up (towards more anger). The scales are decimals
 * that binary floating point cannot hold exactly, so 31.5 can arrive as
 * 31.499999999999996; settling to six places first keeps halves behaving as the
 * formula in docs/anger-model.md says.
 */
function roundPoints(n: number): number {
  return Math.round(Math.round(n * 1e6) / 1e6);
}

function round1(n: number): number {
  return roundPoints(n * 10) / 10;
}
