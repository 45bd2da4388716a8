/**
 * What the customer's body does at a given anger, for the shop counter: the
 * drawing uses the posture, screen readers and captions get the description.
 */
export type Posture = 'relaxed' | 'guarded' | 'crossed' | 'pointing';

export interface BodyLanguage {
  posture: Posture;
  description: string;
}

export const BODY_LANGUAGE: Record<Posture, string> = {
  relaxed: 'Shoulders down, hands resting loosely on the counter.',
  guarded: 'Leaning back a little, one hand tapping the counter.',
  crossed: 'Arms crossed tight, jaw set, watching you closely.',
  pointing: 'Leaning over the counter, jabbing a finger, voice raised.',
};

export function bodyLanguage(anger: number): BodyLanguage {
  const posture: Posture = anger >= 80 ? 'pointing' : anger >= 55 ? 'crossed' : anger >= 30 ? 'guarded' : 'relaxed';
  return { posture, description: BODY_LANGUAGE[posture] };
}
