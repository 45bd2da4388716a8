/** The SCORM 1.2 run-time data model, written from the game's reports. */
import type { LearningSystem, LmsFault } from '../learning-system.ts';
import { isBest, scormSession, type Dialect } from './session.ts';
import { cmiTime, cmiTimespan } from './timespan.ts';

/** SCORM 1.2 keeps at most this many characters of suspend data (cmi.suspend_data, CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** Replies are answered as letters a–d (CMIFeedback for choice); a silence as 0. */
const letter = (position: number) => String.fromCharCode(97 + position);
/** CMIIdentifier: no white space, at most 255 characters. */
const identifier = (text: string) => text.replace(/\s+/g, '_').slice(0, 255);

const SCORM12: Dialect = {
  kind: 'scorm12',
  methods: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
  },
  elements: {
    entry: 'cmi.core.entry',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  // 1.2 has no "normal": an empty exit is the ordinary end.
  exitNormal: '',
  suspendDataLimit: SUSPEND_DATA_LIMIT,
  duration: cmiTimespan,
  begin(lms) {
    if (lms.get('cmi.core.lesson_status') === 'not attempted') lms.set('cmi.core.lesson_status', 'incomplete');
  },
  decision(lms, n, d) {
    lms.set(`${n}.id`, identifier(`d${d.index + 1}-${d.nodeId}`));
    lms.set(`${n}.type`, 'choice');
    lms.set(`${n}.time`, cmiTime(d.at));
    // 1.2 interactions have no description: what the reply used and committed go in as objective ids.
    const tags = [...d.techniques.map((t) => `technique-${t}`), ...d.pitfalls.map((p) => `pitfall-${p}`)];
    tags.forEach((tag, i) => lms.set(`${n}.objectives.${i}.id`, identifier(tag)));
    if (d.best) lms.set(`${n}.correct_responses.0.pattern`, letter(d.best.position));
    lms.set(`${n}.student_response`, d.response === 'silence' ? '0' : letter(d.response.position));
    lms.set(`${n}.result`, isBest(d) ? 'correct' : 'wrong');
    lms.set(`${n}.latency`, cmiTimespan(d.latencyMs));
  },
  outcome(lms, o) {
    o.practised.forEach((id, i) => {
      lms.set(`cmi.objectives.${i}.id`, identifier(id));
      lms.set(`cmi.objectives.${i}.status`, 'passed');
    });
    lms.set('cmi.core.score.min', '0');
    lms.set('cmi.core.score.max', String(o.bestPossible));
    lms.set('cmi.core.score.raw', String(o.score));
    lms.set('cmi.core.lesson_status', o.passed ? 'passed' : 'failed');
  },
};

export function connectScorm12(api: unknown, onFault: (f: LmsFault) => void, now = () => Date.now()): LearningSystem {
  return scormSession(api, SCORM12, onFault, now);
}
