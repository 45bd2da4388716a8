/**
 * What the customer's body does at a given anger, for the shop counter: the
 * drawing uses posture, arms and lean; screen readers and the caption get the
 * description. The sentences live in one table so a message catalogue can take them over.
 */
export type Posture = 'open' | 'guarded' | 'tense' | 'aggressive';
export type Arms = 'relaxed' | 'crossed' | 'gesturing' | 'pointing' | 'hands-on-counter';

export interface BodyLanguage {
  posture: Posture;
  arms: Arms;
  /** Lean toward the trainee, -1 (back) … 1 (over the counter). */
  lean: number;
  description: string;
}

export const BODY_LANGUAGE_DESCRIPTIONS = {
  relaxed: 'Shoulders loose, hands resting easily at their sides.',
  resting: 'Hands resting on the counter, leaning back a little, waiting.',
  crossed: 'Arms crossed, jaw tight, drumming fingers on the counter.',
  gesturing: 'Leaning in, hands gesturing sharply as they speak.',
  pointing: 'Leaning over the counter, jabbing a finger at you, voice raised.',
} as const;

export type BodyLanguageKey = keyof typeof BODY_LANGUAGE_DESCRIPTIONS;

interface Band {
  below: number;
  key: BodyLanguageKey;
  posture: Posture;
  arms: Arms;
}

const BANDS: readonly Band[] = [
  { below: 20, key: 'relaxed', posture: 'open', arms: 'relaxed' },
  { below: 40, key: 'resting', posture: 'open', arms: 'hands-on-counter' },
  { below: 60, key: 'crossed', posture: 'guarded', arms: 'crossed' },
  { below: 80, key: 'gesturing', posture: 'tense', arms: 'gesturing' },
  { below: Infinity, key: 'pointing', posture: 'aggressive', arms: 'pointing' },
];

/** The description key for an anger, for callers that translate. */
export function bodyLanguageKey(anger: number): BodyLanguageKey {
  return bandOf(anger).key;
}

function bandOf(anger: number): Band {
  const a = Number.isFinite(anger) ? anger : 0;
  return BANDS.find((b) => a < b.below) ?? BANDS[BANDS.length - 1]!;
}

export function bodyLanguage(anger: number): { posture: Posture; arms: Arms; lean: number; description: string } {
  const band = bandOf(anger);
  const a = Math.min(100, Math.max(0, Number.isFinite(anger) ? anger : 0));
  // Calm customers lean back slightly; past the middle they lean in steadily.
  const lean = a < 40 ? -0.2 + (a / 40) * 0.2 : ((a - 40) / 60) * 1;
  return { posture: band.posture, arms: band.arms, lean, description: BODY_LANGUAGE_DESCRIPTIONS[band.key] };
}
