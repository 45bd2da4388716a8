import type { DecisionReport } from '../learning-system.ts';

/** A decision to report: the best reply, chosen first time, unless the test says otherwise. */
export const aDecision = (over: Partial<DecisionReport> = {}): DecisionReport => ({
  index: 0,
  scenarioId: 'late-parcel',
  nodeId: 'first-message',
  response: { choiceId: 'find-it', position: 1 },
  best: { choiceId: 'find-it', position: 1 },
  latencyMs: 7_250,
  at: new Date(2026, 11, 3, 9, 15, 30),
  techniques: ['active-listening', 'fast-channel'],
  pitfalls: [],
  angerBefore: 65,
  angerAfter: 52,
  ...over,
});
