/**
 * The response clock. By default a node gives the trainee time to read what is
 * on screen at a relaxed pace and then think, so a silence measures hesitation,
 * not reading speed; an author may set a shorter clock where pressure is the point.
 */
import type { MoodLinesData, NodeData, PersonaData } from '../content/schema.ts';
import { lineVariants } from './condition.ts';

/** A relaxed reading pace for text read on screen, in words a minute. */
export const READING_WPM = 200;
/** Time to weigh the replies once they are read. */
export const THINKING_SECONDS = 6;

type Timed = Pick<NodeData, 'say' | 'choices'> & Partial<Pick<NodeData, 'sayWhen' | 'aside' | 'timer'>>;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The longest variant: which one shows depends on the mood and the way in. */
function longest(lines: MoodLinesData | undefined): number {
  return Math.max(0, ...lineVariants(lines).map(words));
}

/** Words the trainee may have to read at this node: the customer's line, the aside and every reply. */
export function wordsOnScreen(node: Timed): number {
  const line = Math.max(longest(node.say), ...(node.sayWhen ?? []).map((w) => longest(w.say)));
  return line + longest(node.aside) + node.choices.reduce((sum, c) => sum + words(c.text), 0);
}

/** Whole seconds to read this node's words at the relaxed pace and think. */
export function readingSeconds(node: Timed): number {
  return Math.ceil((wordsOnScreen(node) * 60) / READING_WPM + THINKING_SECONDS);
}

/** Patience 1–5 stretches the clock: ×0.8 for an impatient customer … ×1.6 for a patient one. */
export function patienceScale(patience: number): number {
  return 0.6 + 0.2 * patience;
}

/**
 * Seconds the trainee has to answer at a node, or null for no timer. The node's
 * or else the scenario's figure, scaled by the persona's patience; without one,
 * the reading time, which a patient persona stretches and an impatient one never cuts.
 */
export function responseSeconds(
  node: Timed,
  scenario: { timer?: number | false },
  persona: PersonaData,
): number | null {
  const set = node.timer ?? scenario.timer;
  if (set === false) return null;
  const scale = patienceScale(persona.anger.patience);
  if (set !== undefined) return Math.round(set * scale);
  return Math.round(readingSeconds(node) * Math.max(1, scale));
}
