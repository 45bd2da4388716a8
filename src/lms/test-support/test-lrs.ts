/**
 * A cmi5 LMS and its LRS for the tests, on a real HTTP server on localhost.
 * It launches an AU as a cmi5 LMS does (a registration, a session, a one-time
 * token, LMS.LaunchData with the context template, the learner's preferences)
 * and checks every request against the xAPI and cmi5 rules, refusing what
 * breaks them. Each check names its cmi5 requirement id (as listed by
 * @cmi5/requirements). Every statement is also put through Learning Locker's
 * xAPI statement validator (xapi-validation), an independent reading of the
 * xAPI rules. Faults can be injected: server errors, an expired token.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import xapiValidation from 'xapi-validation';

type Json = Record<string, any>;

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const VERB = (v: string) => `http://adlnet.gov/expapi/verbs/${v}`;
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(VERB);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Learning Locker's validator: a statement's breaches of the xAPI rules, empty when it is valid. (CommonJS default.) */
const xapiWarnings: (statement: unknown) => unknown[] =
  (xapiValidation as unknown as { default?: (s: unknown) => unknown[] }).default ??
  (xapiValidation as unknown as (s: unknown) => unknown[]);

export interface LaunchOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
  preferences?: { languagePreference?: string; audioPreference?: 'on' | 'off' };
  /** Start a new registration (a new assignment) instead of continuing the learner's. */
  newRegistration?: boolean;
}

interface Session {
  id: string;
  token: string;
  fetched: boolean;
  initialized: boolean;
  terminated: boolean;
  verbs: Set<string>;
  launchMode: string;
  masteryScore?: number;
}

export interface Stored {
  statement: Json;
  sessionId: string;
}

export interface TestLrs {
  /** The AU's launch query (endpoint, fetch, actor, registration, activityId) for a new session. */
  launch(activityId: string, options?: LaunchOptions): { query: string; sessionId: string };
  statements: Stored[];
  /** Requests refused, with the requirement ids they broke. */
  rejections: { requirement: string; detail: string }[];
  /** A State document of the current registration. */
  state(stateId: string): unknown;
  /** The next `count` statement requests fail with this status (a server error, an expired token). */
  failNext(count: number, status: number): void;
  /** Every request with this session's token is refused from now on, as after a timeout. */
  expire(sessionId: string): void;
  url: string;
  close(): Promise<void>;
}

export const ACTOR = {
  objectType: 'Agent',
  name: 'Inese Ozola',
  account: { homePage: 'https://lms.example', name: 'e-1024' },
};

export async function startTestLrs(): Promise<TestLrs> {
  const sessions = new Map<string, Session>();
  const byToken = new Map<string, Session>();
  const states = new Map<string, unknown>();
  const statements: Stored[] = [];
  const rejections: TestLrs['rejections'] = [];
  const perRegistration = new Map<string, Set<string>>();
  let registration = randomUUID();
  let failing = { count: 0, status: 500 };
  let base = '';

  const reject = (res: ServerResponse, status: number, requirement: string, detail: string) => {
    rejections.push({ requirement, detail });
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ requirement, detail }));
  };

  function checkStatement(
    s: Json,
    id: string | null,
    session: Session,
    query: URLSearchParams,
  ): [string, string] | null {
    const ctx = s.context ?? {};
    const category: string[] = (ctx.contextActivities?.category ?? []).map((c: Json) => c.id);
    const verb: string = s.verb?.id;
    const defined = DEFINED.includes(verb) && category.includes(CMI5);
    const xapi = xapiWarnings(s);
    if (xapi.length) return ['xAPI statement', JSON.stringify(xapi).slice(0, 500)];
    if (!s.id || !UUID.test(s.id) || (id && id !== s.id)) return ['9.1.0.0-1 (d)', 'statement id'];
    if (!s.timestamp || !/Z$|[+-]00:?00$/.test(s.timestamp)) return ['9.7.0.0-2 (d)', 'timestamp in UTC'];
    if (JSON.stringify(s.actor?.account) !== JSON.stringify(ACTOR.account)) return ['8.1.3.0-3 (d)', 'actor'];
    if (ctx.registration !== query.get('registration-expected')) return ['9.6.1.0-1 (d)', 'registration'];
    if (ctx.extensions?.[SESSION] !== session.id) return ['9.6.3.1-4 (d)', 'session id'];
    if (session.terminated) return ['9.3.0.0-5 (d2)', 'after terminated'];
    if (!session.initialized && verb !== VERB('initialized')) return ['9.3.0.0-4 (d2)', 'before initialized'];
    if (!defined && category.includes(MOVEON)) return ['9.6.2.2-2 (d)', 'moveOn category on another statement'];
    if (!defined) return null;
    if (session.verbs.has(verb)) return ['9.3.0.0-2 (d)', `${verb} again in the session`];
    const result = s.result ?? {};
    if (['completed', 'passed', 'failed', 'terminated'].map(VERB).includes(verb) && !result.duration)
      return ['9.5.4.1-1 (d)', 'duration'];
    if ((result.success !== undefined || result.completion !== undefined) !== category.includes(MOVEON))
      return ['9.6.2.2-1 (d1)', 'moveOn category'];
    const counts = ['completed', 'passed', 'failed'].map(VERB).includes(verb);
    if (counts && session.launchMode === 'Browse') return ['10.2.2.0-2 (d)', 'counts in Browse'];
    if (counts && session.launchMode === 'Review') return ['10.2.2.0-3 (d)', 'counts in Review'];
    const done = perRegistration.get(ctx.registration) ?? new Set();
    if (verb === VERB('completed') && done.has(verb)) return ['9.3.0.0-6 (d2)', 'completed twice'];
    if (verb === VERB('passed') && done.has(verb)) return ['9.3.0.0-7 (d2)', 'passed twice'];
    if (verb === VERB('failed') && done.has(VERB('passed'))) return ['9.3.0.0-8 (d)', 'failed after passed'];
    const scaled = result.score?.scaled;
    if (scaled !== undefined && session.masteryScore !== undefined) {
      if (ctx.extensions?.[MASTERY] !== session.masteryScore) return ['9.6.3.2-2 (d)', 'masteryScore extension'];
      if (verb === VERB('passed') && scaled < session.masteryScore) return ['9.3.4.0-2 (d2)', 'passed below mastery'];
      if (verb === VERB('failed') && scaled >= session.masteryScore) return ['9.3.5.0-2 (d)', 'failed at mastery'];
    }
    return null;
  }

  async function body(req: IncomingMessage): Promise<string> {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text;
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://lrs');
    const send = (status: number, json?: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(json === undefined ? '' : JSON.stringify(json));
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, PUT, POST',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
      });
      return res.end();
    }
    // The LMS page a returnURL leads back to.
    if (url.pathname === '/returned') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end('<!doctype html><title>Course</title><link rel="icon" href="data:,"><h1>Back in the course</h1>');
    }
    if (url.pathname.startsWith('/fetch/')) {
      const session = sessions.get(url.pathname.slice('/fetch/'.length));
      if (!session) return send(404);
      // 8.2.1.0-? : the token is given once per session.
      if (session.fetched) return send(200, { 'error-code': '1', 'error-text': 'already fetched' });
      session.fetched = true;
      return send(200, { 'auth-token': session.token });
    }
    const auth = (req.headers.authorization ?? '').replace(/^Basic /, '');
    const session = byToken.get(auth);
    if (!session || !session.fetched) return reject(res, 401, '8.1.2.0-2 (d)', 'no valid token');
    if (!req.headers['x-experience-api-version']) return reject(res, 400, '4.1.0.0-1', 'xAPI version header');
    const q = url.searchParams;
    if (url.pathname === '/xapi/statements' && req.method === 'PUT') {
      if (failing.count > 0) {
        failing.count--;
        return send(failing.status, { error: 'injected fault' });
      }
      const s = JSON.parse(await body(req)) as Json;
      const existing = statements.find((x) => x.statement.id === s.id);
      if (existing) return JSON.stringify(existing.statement) === JSON.stringify(s) ? send(204) : send(409);
      q.set('registration-expected', registration);
      const broken = checkStatement(s, q.get('statementId'), session, q);
      if (broken) return reject(res, 400, ...broken);
      const verb = s.verb.id;
      if (verb === VERB('initialized')) session.initialized = true;
      if (verb === VERB('terminated')) session.terminated = true;
      if (DEFINED.includes(verb)) {
        session.verbs.add(verb);
        perRegistration.set(
          s.context.registration,
          (perRegistration.get(s.context.registration) ?? new Set()).add(verb),
        );
      }
      statements.push({ statement: s, sessionId: session.id });
      return send(204);
    }
    if (url.pathname === '/xapi/activities/state') {
      if (q.get('registration') !== registration) return reject(res, 400, '8.1.4.0-3 (d)', 'registration');
      if (JSON.parse(q.get('agent') ?? '{}').account?.name !== ACTOR.account.name)
        return reject(res, 400, '8.1.3.0-3 (d)', 'agent');
      const key = `${q.get('activityId')}|${q.get('registration')}|${q.get('stateId')}`;
      if (req.method === 'PUT') {
        states.set(key, JSON.parse(await body(req)));
        return send(204);
      }
      return states.has(key) ? send(200, states.get(key)) : send(404);
    }
    if (url.pathname === '/xapi/agents/profile') {
      if (JSON.parse(q.get('agent') ?? '{}').account?.name !== ACTOR.account.name)
        return reject(res, 400, '11.0.0.0-1 (d)', 'agent');
      const prefs = states.get(`profile|${q.get('profileId')}`);
      return prefs ? send(200, prefs) : send(404);
    }
    send(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    statements,
    rejections,
    state: (stateId) => [...states.entries()].find(([k]) => k.endsWith(`|${registration}|${stateId}`))?.[1],
    failNext: (count, status) => (failing = { count, status }),
    expire: (sessionId) => {
      const s = sessions.get(sessionId);
      if (s) byToken.delete(s.token);
    },
    launch(activityId, options = {}) {
      if (options.newRegistration) registration = randomUUID();
      const session: Session = {
        id: randomUUID(),
        token: Buffer.from(randomUUID()).toString('base64'),
        fetched: false,
        initialized: false,
        terminated: false,
        verbs: new Set(),
        launchMode: options.launchMode ?? 'Normal',
        ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
      };
      sessions.set(session.id, session);
      byToken.set(session.token, session);
      states.set(`${activityId}|${registration}|LMS.LaunchData`, {
        contextTemplate: { extensions: { [SESSION]: session.id } },
        launchMode: session.launchMode,
        moveOn: 'CompletedAndPassed',
        ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
        ...(options.returnURL ? { returnURL: options.returnURL } : {}),
      });
      if (options.preferences) states.set('profile|cmi5LearnerPreferences', options.preferences);
      const query = new URLSearchParams({
        endpoint: `${base}/xapi/`,
        fetch: `${base}/fetch/${session.id}`,
        actor: JSON.stringify(ACTOR),
        registration,
        activityId,
      });
      return { query: `?${query}`, sessionId: session.id };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
