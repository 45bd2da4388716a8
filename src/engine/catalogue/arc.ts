/**
 * The de-escalation arc the debrief checks off: listen → empathise → apologise
 * → solve → follow up. A module of its own so storage can check saved arc
 * steps without loading the technique catalogue.
 */
export const ARC_STEPS = ['listen', 'empathise', 'apologise', 'solve', 'follow-up'] as const;
export type ArcStep = (typeof ARC_STEPS)[number];
