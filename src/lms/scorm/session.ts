/**
 * A SCORM session, either version: initialise, read who the learner is and
 * what to resume from, write each decision, suspend after every turn, report
 * the outcome, and end. The versions differ only in names, formats and
 * vocabularies, which each one's dialect supplies.
 */
import type {
  DecisionReport,
  LearningSystem,
  LearningSystemKind,
  LmsFault,
  OutcomeReport,
} from '../learning-system.ts';
import { scormCalls, type MethodNames, type ScormCalls } from './api-calls.ts';

export interface Dialect {
  kind: Exclude<LearningSystemKind, 'standalone'>;
  methods: MethodNames;
  /** Data-model elements the session itself reads and writes. */
  elements: { entry: string; learnerId: string; learnerName: string; exit: string; sessionTime: string };
  /** The exit value of a finished attempt. */
  exitNormal: string;
  suspendDataLimit: number;
  duration(ms: number): string;
  /** The attempt begins: mark it incomplete. */
  begin(lms: ScormCalls): void;
  /** Writes one decision as interaction `n` (the element prefix, `cmi.interactions.N`). */
  decision(lms: ScormCalls, n: string, d: DecisionReport): void;
  outcome(lms: ScormCalls, o: OutcomeReport): void;
}

export function scormSession(
  api: unknown,
  dialect: Dialect,
  onFault: (f: LmsFault) => void,
  now: () => number,
): LearningSystem {
  const lms = scormCalls(api, dialect.methods, onFault);
  const { elements: e } = dialect;
  const started = now();
  let live = lms.initialize();
  const entry = live ? lms.get(e.entry) : '';
  const suspended = live ? lms.get('cmi.suspend_data') : '';
  // Interactions append: a resumed attempt goes on after the ones already kept.
  let interactions = live ? Number(lms.get('cmi.interactions._count')) || 0 : 0;
  if (live) dialect.begin(lms);
  let finished = false;
  const commit = () => {
    lms.set(e.sessionTime, dialect.duration(now() - started));
    lms.commit();
  };

  return {
    kind: dialect.kind,
    learner: live ? { id: lms.get(e.learnerId), name: lms.get(e.learnerName) } : null,
    resumeData: entry === 'resume' && suspended ? suspended : null,
    recordDecision(d) {
      if (live) dialect.decision(lms, `cmi.interactions.${interactions++}`, d);
    },
    suspend(resumeData) {
      if (!live) return;
      if (resumeData.length <= dialect.suspendDataLimit) lms.set('cmi.suspend_data', resumeData);
      else onFault({ call: 'cmi.suspend_data', code: 'too-long', detail: `${resumeData.length} characters` });
      lms.set(e.exit, 'suspend');
      commit();
    },
    finish(o) {
      if (!live) return;
      finished = true;
      dialect.outcome(lms, o);
      lms.set('cmi.suspend_data', '');
      lms.set(e.exit, dialect.exitNormal);
      commit();
    },
    leave() {
      if (!live) return;
      if (!finished) lms.set(e.exit, 'suspend');
      commit();
      lms.terminate();
      live = false;
    },
  };
}

/** Whether the reply chosen was the best one here. */
export function isBest(d: DecisionReport): boolean {
  return d.response !== 'silence' && d.best !== undefined && d.response.choiceId === d.best.choiceId;
}
