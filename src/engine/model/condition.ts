import { moodOf, type Mood } from '../catalogue/mood.ts';
import type { ConditionData, MoodLinesData } from '../content/schema.ts';
import { MOODS } from '../catalogue/mood.ts';
import { own } from '../content/scenario.ts';

export type Flags = Readonly<Record<string, boolean>>;

export function conditionHolds(cond: ConditionData | undefined, anger: number, flags: Flags): boolean {
  if (!cond) return true;
  if (cond.mood && !cond.mood.includes(moodOf(anger))) return false;
  if (cond.anger?.min !== undefined && anger < cond.anger.min) return false;
  if (cond.anger?.max !== undefined && anger > cond.anger.max) return false;
  // A flag is set only by its own entry: `constructor` is not on every object here.
  for (const [flag, want] of Object.entries(cond.flags ?? {})) if ((own(flags, flag) ?? false) !== want) return false;
  return true;
}

/** Every variant of a line, whichever mood shows it. */
export function lineVariants(lines: MoodLinesData | undefined): string[] {
  if (lines === undefined) return [];
  return typeof lines === 'string' ? [lines] : Object.values(lines).filter((l): l is string => !!l);
}

/**
 * The line shown at this anger: the variant for the current mood, else the
 * default, else the variant of the nearest mood (so nothing is ever blank).
 */
export function lineFor(lines: MoodLinesData, anger: number): string {
  if (typeof lines === 'string') return lines;
  const mood = moodOf(anger);
  const exact = lines[mood] ?? lines.default;
  if (exact) return exact;
  const i = MOODS.indexOf(mood);
  for (let d = 1; d < MOODS.length; d++) {
    for (const j of [i - d, i + d]) {
      const m: Mood | undefined = MOODS[j];
      const line = m && lines[m];
      if (line) return line;
    }
  }
  return '';
}
