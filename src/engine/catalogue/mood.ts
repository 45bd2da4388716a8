/** Anger is 0–100; a mood band names it in words so the meter never relies on colour. */
export const MOODS = ['calm', 'annoyed', 'frustrated', 'angry', 'furious'] as const;
export type Mood = (typeof MOODS)[number];

export const MAX_ANGER = 100;

/** Lower bound of each band: calm 0–19, annoyed 20–39, frustrated 40–59, angry 60–79, furious 80–100. */
const BAND_FLOOR: Record<Mood, number> = { calm: 0, annoyed: 20, frustrated: 40, angry: 60, furious: 80 };

export function moodOf(anger: number): Mood {
  for (let i = MOODS.length - 1; i >= 0; i--) {
    const mood = MOODS[i]!;
    if (anger >= BAND_FLOOR[mood]) return mood;
  }
  return 'calm';
}

export function moodRange(mood: Mood): { min: number; max: number } {
  const i = MOODS.indexOf(mood);
  const next = MOODS[i + 1];
  return { min: BAND_FLOOR[mood], max: next ? BAND_FLOOR[next] - 1 : MAX_ANGER };
}

export function clampAnger(anger: number): number {
  return Math.max(0, Math.min(MAX_ANGER, Math.round(anger)));
}
