/**
 * A cmi5 session (cmi5 §9–10): the token fetched once, the LMS's launch data
 * and the learner's preferences read, "initialized" first; one "answered"
 * statement per decision; the resume point in a State document after every
 * turn; at the end "completed" and "passed" or "failed" (each at most once per
 * registration, and only in Normal mode); "terminated" last, as the page closes.
 */
import type { LearningSystem, LmsFault } from '../learning-system.ts';
import type { Cmi5Launch } from './launch-params.ts';
import { fetchToken, Lrs, TokenError } from './lrs.ts';
import { StatementQueue, type QueueStorage } from './statement-queue.ts';
import { answered, completed, initialized, judged, terminated, uuid, type SessionFacts } from './statements.ts';

/** Our State document: the resume point, and what has been reported in this registration. */
export const RESUME_STATE = 'https://cooldown.training/xapi/state/resume';
interface ResumeState {
  resume: string | null;
  completed: boolean;
  judged: boolean;
}

interface LaunchData {
  contextTemplate?: SessionFacts['contextTemplate'];
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
}

export interface Cmi5Deps {
  fetch: typeof fetch;
  storage: QueueStorage;
  now: () => number;
  onFault: (f: LmsFault) => void;
}

/** Only a web address is followed: the launch data is the LMS's, but a script address must never run. */
function webAddress(value: unknown): boolean {
  try {
    return typeof value === 'string' && ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function object<T>(value: unknown): Partial<T> {
  return value && typeof value === 'object' ? (value as Partial<T>) : {};
}

export async function connectCmi5(launch: Cmi5Launch, deps: Cmi5Deps): Promise<LearningSystem | null> {
  const { onFault } = deps;
  const started = deps.now();
  let token: string;
  try {
    token = await fetchToken(launch.fetchUrl, deps.fetch);
  } catch (e) {
    onFault({ call: 'fetch', code: e instanceof TokenError ? e.code : 'unreachable', detail: String(e) });
    return null;
  }
  const lrs = new Lrs(launch, token, deps.fetch);
  let launchData: Partial<LaunchData>;
  let state: ResumeState;
  let preferences: Record<string, unknown>;
  try {
    launchData = object<LaunchData>(await lrs.getState('LMS.LaunchData'));
    state = { resume: null, completed: false, judged: false, ...object<ResumeState>(await lrs.getState(RESUME_STATE)) };
    preferences = object(await lrs.getAgentProfile('cmi5LearnerPreferences', launch.actor));
  } catch (e) {
    onFault({ call: 'LMS.LaunchData', code: 'unreachable', detail: String(e) });
    return null;
  }
  const facts: SessionFacts = { launch, contextTemplate: launchData.contextTemplate ?? {} };
  // Browse and Review are looks without consequence: nothing that counts is sent.
  const counts = (launchData.launchMode ?? 'Normal') === 'Normal';
  const masteryScore = typeof launchData.masteryScore === 'number' ? launchData.masteryScore : undefined;
  const queue = new StatementQueue(
    deps.storage,
    `cooldown-cmi5:${launch.registration}`,
    (s) => lrs.putStatement(s),
    (status) =>
      onFault({
        call: 'statements',
        code: String(status),
        detail: status === 401 || status === 403 ? 'kept to send again later' : 'refused',
      }),
  );
  const at = () => new Date(deps.now());
  const keepState = () =>
    void lrs.putState(RESUME_STATE, state).then((sent) => {
      if (sent.kind !== 'ok') onFault({ call: 'state', code: String(sent.status), detail: '' });
    });
  void queue.first(initialized(facts, uuid(), at()));
  let over = false;
  let left = false;

  const audio = preferences.audioPreference;
  const language = preferences.languagePreference;
  return {
    kind: 'cmi5',
    learner: { id: launch.actor.account.name, name: launch.actor.name ?? launch.actor.account.name },
    resumeData: counts ? state.resume : null,
    ...(webAddress(launchData.returnURL) ? { returnUrl: launchData.returnURL as string } : {}),
    ...(masteryScore !== undefined ? { masteryScore } : {}),
    preferences: {
      ...(audio === 'on' || audio === 'off' ? { audio } : {}),
      ...(typeof language === 'string' ? { language } : {}),
    },
    recordDecision(d) {
      if (counts) void queue.add(answered(facts, uuid(), d));
    },
    suspend(resumeData) {
      if (!counts) return;
      state = { ...state, resume: resumeData };
      keepState();
    },
    finish(o) {
      if (!counts || over) return;
      over = true;
      const duration = deps.now() - started;
      const scaled = o.bestPossible > 0 ? Math.min(1, Math.round((o.score / o.bestPossible) * 10_000) / 10_000) : 0;
      const passed = masteryScore === undefined ? o.passed : o.resolved && scaled >= masteryScore;
      if (!state.completed) void queue.add(completed(facts, uuid(), at(), duration));
      if (!state.judged) void queue.add(judged(facts, uuid(), at(), duration, { passed, scaled, masteryScore }));
      state = { resume: null, completed: true, judged: true };
      keepState();
    },
    // Called by the way back to the course and again as the page closes: a session ends once.
    leave() {
      if (left) return;
      left = true;
      void queue.add(terminated(facts, uuid(), at(), deps.now() - started));
    },
  };
}
