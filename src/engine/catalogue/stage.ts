/**
 * The stages of a de-escalation. A node belongs to one; the same reply lands
 * differently depending on where the customer is in the arc (feelings before facts).
 */
export const STAGES = ['venting', 'disarming', 'solving', 'closing'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_NAMES: Record<Stage, string> = {
  venting: 'Venting',
  disarming: 'Disarming',
  solving: 'Solving',
  closing: 'Closing',
};
