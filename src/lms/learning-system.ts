/**
 * The one interface the game reports through, whichever learning management
 * system (if any) launched it. Each standard's adapter maps these few calls
 * onto its own data model; standalone play reports nowhere.
 */

export type LearningSystemKind = 'standalone' | 'scorm12' | 'scorm2004' | 'cmi5';

export interface Learner {
  id: string;
  name: string;
}

/** One decision of the conversation, as the LMS records it. */
export interface DecisionReport {
  /** 0-based, counting every decision of this attempt (continued after a resume). */
  index: number;
  scenarioId: string;
  nodeId: string;
  /** The reply chosen and its place among the replies shown (0 = first), or a silence. */
  response: { choiceId: string; position: number } | 'silence';
  /** The best reply here by the analysis, where it was among those shown. */
  best?: { choiceId: string; position: number };
  latencyMs: number;
  at: Date;
  techniques: readonly string[];
  pitfalls: readonly string[];
  angerBefore: number;
  angerAfter: number;
}

export interface OutcomeReport {
  /** The conversation ended resolved: passing needs it. */
  resolved: boolean;
  /** Resolved, and the score at or above the pass mark the launch gave. */
  passed: boolean;
  /** The score the debrief shows, 0–100, and the best the scenario allows. */
  score: number;
  bestPossible: number;
  /** Every technique the trainee used at least once: one objective each. */
  practised: readonly string[];
}

/** Something the LMS refused or failed to do; the game plays on and says so. */
export interface LmsFault {
  call: string;
  code: string;
  detail: string;
}

export interface LearningSystem {
  readonly kind: LearningSystemKind;
  /** Whom the LMS names; null when standalone. */
  readonly learner: Learner | null;
  /** What the LMS kept from the last session to resume from, or null for a fresh start. */
  readonly resumeData: string | null;
  /** Where the LMS wants the learner sent when they are done (cmi5's returnURL), if anywhere. */
  readonly returnUrl?: string;
  /** The learner's preferences the LMS keeps (cmi5), if any. */
  readonly preferences?: { language?: string; audio?: 'on' | 'off' };
  /** The pass mark the LMS set, as a share of the best possible score (cmi5's masteryScore), if it set one. */
  readonly masteryScore?: number;
  /** A reply or a silence has been made: recorded, committed with the next suspend or finish. */
  recordDecision(decision: DecisionReport): void;
  /** After each turn and on pause: where to resume from, committed at once. */
  suspend(resumeData: string): void;
  /** The conversation is over: status, score and the techniques, committed at once. */
  finish(outcome: OutcomeReport): void;
  /** The page is closing: suspend if the conversation is not over, then end the session. */
  leave(): void;
}

export const STANDALONE: LearningSystem = {
  kind: 'standalone',
  learner: null,
  resumeData: null,
  recordDecision() {},
  suspend() {},
  finish() {},
  leave() {},
};
