/**
 * The xAPI statements Cooldown sends under cmi5: the cmi5-defined ones
 * (initialized, completed, passed, failed, terminated), each with the context
 * the LMS's template gives plus the cmi5 category, and one "answered"
 * statement per decision (cmi5 allowed) with what the decision did to the
 * customer as result extensions under our own IRIs (docs/lms.md lists them).
 */
import type { DecisionReport } from '../learning-system.ts';
import { isoDuration } from '../scorm/timespan.ts';
import type { Cmi5Launch } from './launch-params.ts';

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
/** Our own extensions on decision statements. */
export const EXTENSION = {
  angerBefore: 'https://cooldown.training/xapi/extensions/anger-before',
  angerAfter: 'https://cooldown.training/xapi/extensions/anger-after',
  techniques: 'https://cooldown.training/xapi/extensions/techniques',
  pitfalls: 'https://cooldown.training/xapi/extensions/pitfalls',
  bestReply: 'https://cooldown.training/xapi/extensions/best-reply',
  latency: 'https://cooldown.training/xapi/extensions/latency',
} as const;

export type Statement = Record<string, unknown> & { id: string; verb: { id: string } };
type Context = { contextActivities?: { category?: { id: string }[] } & Record<string, unknown> } & Record<
  string,
  unknown
>;

export interface SessionFacts {
  launch: Cmi5Launch;
  /** The LMS's contextTemplate from LMS.LaunchData (it carries the session id). */
  contextTemplate: Context;
}

const verb = (id: string, name: string) => ({ id, display: { en: name } });

function context(f: SessionFacts, categories: string[], extensions: Record<string, unknown> = {}): Context {
  const t = f.contextTemplate;
  return {
    ...t,
    registration: f.launch.registration,
    contextActivities: {
      ...t.contextActivities,
      category: [...(t.contextActivities?.category ?? []), ...categories.map((id) => ({ id }))],
    },
    extensions: { ...(t.extensions as Record<string, unknown> | undefined), ...extensions },
  };
}

function statement(f: SessionFacts, id: string, at: Date, verbId: string, rest: Record<string, unknown>): Statement {
  return {
    id,
    timestamp: at.toISOString(),
    actor: f.launch.actor,
    verb: verb(verbId, Object.entries(VERBS).find(([, v]) => v === verbId)![0]),
    object: { objectType: 'Activity', id: f.launch.activityId },
    ...rest,
  };
}

export const initialized = (f: SessionFacts, id: string, at: Date): Statement =>
  statement(f, id, at, VERBS.initialized, { context: context(f, [CMI5_CATEGORY]) });

export const terminated = (f: SessionFacts, id: string, at: Date, durationMs: number): Statement =>
  statement(f, id, at, VERBS.terminated, {
    result: { duration: isoDuration(durationMs) },
    context: context(f, [CMI5_CATEGORY]),
  });

export const completed = (f: SessionFacts, id: string, at: Date, durationMs: number): Statement =>
  statement(f, id, at, VERBS.completed, {
    result: { completion: true, duration: isoDuration(durationMs) },
    context: context(f, [CMI5_CATEGORY, MOVEON_CATEGORY]),
  });

/**
 * Passed or failed against the mastery score. The score goes with it only when
 * it agrees with the verb: a conversation lost with a high score fails on the
 * ending, and cmi5 forbids a failed statement scored at or above mastery.
 */
export function judged(
  f: SessionFacts,
  id: string,
  at: Date,
  durationMs: number,
  o: { passed: boolean; scaled: number; masteryScore: number | undefined },
): Statement {
  const agrees = o.masteryScore === undefined || o.scaled >= o.masteryScore === o.passed;
  return statement(f, id, at, o.passed ? VERBS.passed : VERBS.failed, {
    result: {
      success: o.passed,
      duration: isoDuration(durationMs),
      ...(agrees ? { score: { scaled: o.scaled } } : {}),
    },
    context: context(
      f,
      [CMI5_CATEGORY, MOVEON_CATEGORY],
      o.masteryScore === undefined ? {} : { [MASTERY_EXTENSION]: o.masteryScore },
    ),
  });
}

/** One decision: the reply (or silence), whether it was the best one, and what it did. */
export function answered(f: SessionFacts, id: string, d: DecisionReport): Statement {
  return statement(f, id, d.at, VERBS.answered, {
    object: {
      objectType: 'Activity',
      id: `${f.launch.activityId}/decision/${encodeURIComponent(d.nodeId)}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' },
    },
    result: {
      response: d.response === 'silence' ? 'silence' : d.response.choiceId,
      ...(d.best ? { success: d.response !== 'silence' && d.response.choiceId === d.best.choiceId } : {}),
      extensions: {
        [EXTENSION.angerBefore]: d.angerBefore,
        [EXTENSION.angerAfter]: d.angerAfter,
        [EXTENSION.techniques]: [...d.techniques],
        [EXTENSION.pitfalls]: [...d.pitfalls],
        [EXTENSION.latency]: isoDuration(d.latencyMs),
        ...(d.best ? { [EXTENSION.bestReply]: d.best.choiceId } : {}),
      },
    },
    context: context(f, []),
  });
}

/** A version 4 UUID from the browser's random numbers (randomUUID needs a secure context; an LMS may not be one). */
export function uuid(random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => void crypto.getRandomValues(b)): string {
  const b = new Uint8Array(16);
  random(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
