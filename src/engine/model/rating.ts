/**
 * The rating a score earns, as an id: the message catalogue gives the words
 * and the screens derive their styling from it. A module of its own so storage
 * can check saved ratings without loading the scoring code.
 */
export const RATINGS = ['excellent', 'good', 'getting-there', 'needs-practice'] as const;
export type Rating = (typeof RATINGS)[number];

export function ratingFor(total: number): Rating {
  if (total >= 85) return 'excellent';
  if (total >= 70) return 'good';
  if (total >= 50) return 'getting-there';
  return 'needs-practice';
}
