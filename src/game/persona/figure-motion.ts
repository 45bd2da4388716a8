/**
 * How a standing customer moves between lines, as offsets from their pose:
 * breathing (faster the angrier they are), a slow sway of the head, nods while
 * talking, and their reaction to a reply that has just landed: rearing back
 * with a shake of the head when it stings, a nod and dropped shoulders when it
 * helps. Pure, so it is tested without a canvas; PersonaFigure applies it.
 */
import { MAX_ANGER } from '../../engine/catalogue/mood.ts';

/** How long a reaction to a reply lasts, and the smallest change in anger that draws one. */
export const REACTION_MS = 520;
export const REACTS_FROM = 3;

export interface Reaction {
  /** 1 when anger rose, -1 when it fell. */
  sign: 1 | -1;
  /** 0–1: how big the change was. */
  strength: number;
  /** Milliseconds since the reply landed. */
  elapsed: number;
}

/** Offsets as multiples of the shoulder width (body and head, down is positive) and the head's tilt in radians. */
export interface Motion {
  bodyY: number;
  headY: number;
  tilt: number;
}

/** The reaction a change of anger draws, if it is big enough to show. */
export function reactionTo(change: number): Reaction | undefined {
  if (!Number.isFinite(change) || Math.abs(change) < REACTS_FROM) return undefined;
  return { sign: change > 0 ? 1 : -1, strength: Math.min(1, Math.abs(change) / 20), elapsed: 0 };
}

export function figureMotion(t: number, anger: number, talking: boolean, reaction: Reaction | undefined): Motion {
  // About 15 breaths a minute when calm, twice that when furious.
  const period = 4000 - 2000 * (Math.min(MAX_ANGER, Math.max(0, anger)) / MAX_ANGER);
  const breath = Math.sin((t / period) * Math.PI * 2);
  const m = { bodyY: breath * 0.012, headY: breath * 0.018, tilt: Math.sin(t / 2300) * 0.025 };
  if (talking) {
    m.headY += Math.sin(t / 170) * 0.012;
    m.tilt += Math.sin(t / 410) * 0.02;
  }
  if (reaction && reaction.elapsed < REACTION_MS) {
    const p = reaction.elapsed / REACTION_MS;
    const rise = Math.sin(p * Math.PI) * reaction.strength;
    if (reaction.sign > 0) {
      m.headY -= rise * 0.07;
      m.bodyY -= rise * 0.035;
      m.tilt += Math.sin(p * Math.PI * 5) * rise * 0.09;
    } else {
      m.headY += rise * 0.06;
      m.bodyY += rise * 0.025;
    }
  }
  return m;
}
