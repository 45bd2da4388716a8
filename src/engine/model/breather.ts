/**
 * After a hard call the debrief suggests a breather. Which one is an id (the
 * message catalogue gives the words); a module of its own so storage can check
 * saved debriefs without loading the play code.
 */
import type { EndingKind } from '../content/schema.ts';

/** Why a breather is offered: the customer was lost, or anger ran high on the way. */
export const BREATHERS = ['lost', 'hard-call'] as const;
export type Breather = (typeof BREATHERS)[number];

/** Peak anger at or above this, or a lost customer, earns the breather suggestion. */
export const HARD_CALL_PEAK = 80;

/** The breather a conversation that ended this way, after this peak anger, earns, if any. */
export function breatherAfter(ending: EndingKind, peak: number): Breather | undefined {
  if (ending === 'lost') return 'lost';
  return peak >= HARD_CALL_PEAK ? 'hard-call' : undefined;
}
