/**
 * The launch parameters a cmi5 LMS appends to the AU's URL (cmi5 §8.1):
 * untrusted, so each is checked and a bad one named.
 */

export interface Agent {
  objectType?: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

export interface Cmi5Launch {
  /** The LRS endpoint, ending in a slash. */
  endpoint: string;
  /** Where to POST once for the session's authorization token. */
  fetchUrl: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export type Cmi5LaunchProblem = { parameter: 'endpoint' | 'fetch' | 'actor' | 'registration' | 'activityId' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function url(text: string | null): URL | undefined {
  if (!text) return undefined;
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

function agent(text: string | null): Agent | undefined {
  if (!text) return undefined;
  try {
    const a = JSON.parse(text) as Partial<Agent>;
    const acc = a.account;
    if (typeof acc?.homePage !== 'string' || typeof acc.name !== 'string' || !acc.name) return undefined;
    return { objectType: 'Agent', ...(typeof a.name === 'string' ? { name: a.name } : {}), account: acc };
  } catch {
    return undefined;
  }
}

/** The launch, null when this is not a cmi5 launch at all, or the first parameter that is wrong. */
export function readCmi5Launch(
  query: string,
): { ok: true; launch: Cmi5Launch } | { ok: false; problem: Cmi5LaunchProblem } | null {
  const p = new URLSearchParams(query);
  if (!p.has('endpoint') && !p.has('fetch')) return null;
  const endpoint = url(p.get('endpoint'));
  if (!endpoint) return { ok: false, problem: { parameter: 'endpoint' } };
  const fetchUrl = url(p.get('fetch'));
  if (!fetchUrl) return { ok: false, problem: { parameter: 'fetch' } };
  const actor = agent(p.get('actor'));
  if (!actor) return { ok: false, problem: { parameter: 'actor' } };
  const registration = p.get('registration') ?? '';
  if (!UUID.test(registration)) return { ok: false, problem: { parameter: 'registration' } };
  const activityId = url(p.get('activityId'));
  if (!activityId) return { ok: false, problem: { parameter: 'activityId' } };
  const base = endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`;
  return {
    ok: true,
    launch: { endpoint: base, fetchUrl: fetchUrl.href, actor, registration, activityId: p.get('activityId')! },
  };
}
