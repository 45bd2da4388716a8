/**
 * What the customer's body does at a given anger, for the shop counter: the
 * drawing uses posture, arms and lean. The bands are the engine's moods
 * (src/engine/catalogue/mood.ts), so the figure changes pose exactly where the
 * meter changes mood; the sentence describing each pose, for screen readers
 * and the caption, is the message catalogue's MESSAGES.body[mood].
 */
import { MAX_ANGER, moodOf, moodRange, type Mood } from '../../engine/catalogue/mood.ts';

export type Posture = 'open' | 'guarded' | 'tense' | 'aggressive';
export type Arms = 'relaxed' | 'crossed' | 'gesturing' | 'pointing' | 'hands-on-counter';

export interface BodyLanguage {
  /** The mood whose pose this is; its words are MESSAGES.body[mood]. */
  mood: Mood;
  posture: Posture;
  arms: Arms;
  /** Lean toward the trainee, -1 (back) … 1 (over the counter). */
  lean: number;
}

/** How the customer stands in each mood. */
export const BODY_POSES: Readonly<Record<Mood, { posture: Posture; arms: Arms }>> = {
  calm: { posture: 'open', arms: 'relaxed' },
  annoyed: { posture: 'open', arms: 'hands-on-counter' },
  frustrated: { posture: 'guarded', arms: 'crossed' },
  angry: { posture: 'tense', arms: 'gesturing' },
  furious: { posture: 'aggressive', arms: 'pointing' },
};

/** The anger from which the customer leans in rather than back: where they turn guarded. */
export const LEANS_IN_FROM = moodRange('frustrated').min;

export function bodyLanguage(anger: number): BodyLanguage {
  const a = Math.min(MAX_ANGER, Math.max(0, Number.isFinite(anger) ? anger : 0));
  const mood = moodOf(a);
  // Calm customers lean back slightly; once guarded they lean in steadily, fully at the top.
  const lean = a < LEANS_IN_FROM ? -0.2 + (a / LEANS_IN_FROM) * 0.2 : (a - LEANS_IN_FROM) / (MAX_ANGER - LEANS_IN_FROM);
  return { mood, ...BODY_POSES[mood], lean };
}
