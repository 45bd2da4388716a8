/** The SCORM 2004 (4th edition) run-time data model, written from the game's reports. */
import type { DecisionReport, LearningSystem, LmsFault } from '../learning-system.ts';
import { isBest, scormSession, type Dialect } from './session.ts';
import { isoDuration, isoTimestamp } from './timespan.ts';

/** SCORM 2004 keeps at most this many characters of suspend data. */
export const SUSPEND_DATA_LIMIT_2004 = 64_000;
/** cmi.interactions.n.description: localized_string_type(SPM 250). */
const DESCRIPTION_LIMIT = 250;

/** What each decision used and committed, for reports: catalogue ids, the same in every language. */
export function decisionDescription(d: Pick<DecisionReport, 'techniques' | 'pitfalls'>): string {
  const parts = [
    d.techniques.length ? `techniques: ${d.techniques.join(', ')}` : '',
    d.pitfalls.length ? `pitfalls: ${d.pitfalls.join(', ')}` : '',
  ].filter(Boolean);
  return (parts.join('; ') || 'no technique, no pitfall').slice(0, DESCRIPTION_LIMIT);
}

const SCORM2004: Dialect = {
  kind: 'scorm2004',
  methods: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
  },
  elements: {
    entry: 'cmi.entry',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
  exitNormal: 'normal',
  suspendDataLimit: SUSPEND_DATA_LIMIT_2004,
  duration: isoDuration,
  begin(lms) {
    if (lms.get('cmi.completion_status') !== 'completed') lms.set('cmi.completion_status', 'incomplete');
  },
  decision(lms, n, d) {
    lms.set(`${n}.id`, `urn:cooldown:${d.scenarioId}:decision-${d.index + 1}:${d.nodeId}`);
    lms.set(`${n}.type`, 'choice');
    lms.set(`${n}.timestamp`, isoTimestamp(d.at));
    lms.set(`${n}.description`, decisionDescription(d));
    if (d.best) lms.set(`${n}.correct_responses.0.pattern`, d.best.choiceId);
    lms.set(`${n}.learner_response`, d.response === 'silence' ? 'silence' : d.response.choiceId);
    lms.set(`${n}.result`, isBest(d) ? 'correct' : 'incorrect');
    lms.set(`${n}.latency`, isoDuration(d.latencyMs));
  },
  outcome(lms, o) {
    o.practised.forEach((id, i) => {
      lms.set(`cmi.objectives.${i}.id`, id);
      lms.set(`cmi.objectives.${i}.success_status`, 'passed');
      lms.set(`cmi.objectives.${i}.completion_status`, 'completed');
    });
    lms.set('cmi.score.min', '0');
    lms.set('cmi.score.max', String(o.bestPossible));
    lms.set('cmi.score.raw', String(o.score));
    const scaled = o.bestPossible > 0 ? Math.min(1, o.score / o.bestPossible) : 0;
    lms.set('cmi.score.scaled', String(Math.round(scaled * 10_000) / 10_000));
    lms.set('cmi.completion_status', 'completed');
    lms.set('cmi.success_status', o.passed ? 'passed' : 'failed');
  },
};

export function connectScorm2004(api: unknown, onFault: (f: LmsFault) => void, now = () => Date.now()): LearningSystem {
  return scormSession(api, SCORM2004, onFault, now);
}
