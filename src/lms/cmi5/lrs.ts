/**
 * The LMS's xAPI endpoint as cmi5 uses it: the session's token fetched once,
 * statements put under their own ids (so a retry never duplicates one), and
 * the State and Agent Profile documents.
 */
import type { Agent, Cmi5Launch } from './launch-params.ts';
import type { Statement } from './statements.ts';

export const XAPI_VERSION = '1.0.3';

/** What became of a request: kept; worth trying again later; or refused for good (with the status). */
export type Sent = { kind: 'ok' } | { kind: 'retry'; status: number | 'offline' } | { kind: 'refused'; status: number };

type Fetch = typeof fetch;

export class TokenError extends Error {
  constructor(readonly code: string) {
    super(`the LMS gave no token (${code})`);
  }
}

/** POSTs to the fetch URL (cmi5 §8.2): once per session; the LMS refuses a second request. */
export async function fetchToken(fetchUrl: string, doFetch: Fetch): Promise<string> {
  const response = await doFetch(fetchUrl, { method: 'POST' });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const token = body['auth-token'];
  if (!response.ok || typeof token !== 'string' || !token)
    throw new TokenError(String(body['error-code'] ?? response.status));
  return token;
}

export class Lrs {
  constructor(
    private readonly launch: Cmi5Launch,
    private readonly token: string,
    private readonly doFetch: Fetch,
  ) {}

  private headers(json: boolean): Record<string, string> {
    return {
      Authorization: `Basic ${this.token}`,
      'X-Experience-API-Version': XAPI_VERSION,
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    };
  }

  private async send(url: string, init: RequestInit): Promise<Sent & { body?: unknown }> {
    try {
      // keepalive: the last statements go out as the page closes.
      const r = await this.doFetch(url, { ...init, keepalive: true });
      if (r.ok) return { kind: 'ok', body: r.status === 204 ? undefined : await r.json().catch(() => undefined) };
      if (r.status === 404) return { kind: 'ok' };
      return r.status >= 500 || r.status === 429
        ? { kind: 'retry', status: r.status }
        : { kind: 'refused', status: r.status };
    } catch {
      return { kind: 'retry', status: 'offline' };
    }
  }

  async putStatement(s: Statement): Promise<Sent> {
    const url = `${this.launch.endpoint}statements?statementId=${encodeURIComponent(s.id)}`;
    const sent = await this.send(url, { method: 'PUT', headers: this.headers(true), body: JSON.stringify(s) });
    // 409: a statement with this id is already there (a retry after a lost answer): it is kept.
    return sent.kind === 'refused' && sent.status === 409 ? { kind: 'ok' } : sent;
  }

  private stateUrl(stateId: string): string {
    const q = new URLSearchParams({
      stateId,
      activityId: this.launch.activityId,
      agent: JSON.stringify(this.launch.actor),
      registration: this.launch.registration,
    });
    return `${this.launch.endpoint}activities/state?${q}`;
  }

  /** A State API document, or undefined where there is none. */
  async getState(stateId: string): Promise<unknown> {
    const sent = await this.send(this.stateUrl(stateId), { method: 'GET', headers: this.headers(false) });
    if (sent.kind !== 'ok') throw new Error(`reading ${stateId}: ${sent.status}`);
    return sent.body;
  }

  async putState(stateId: string, doc: unknown): Promise<Sent> {
    return this.send(this.stateUrl(stateId), { method: 'PUT', headers: this.headers(true), body: JSON.stringify(doc) });
  }

  async getAgentProfile(profileId: string, agent: Agent): Promise<unknown> {
    const q = new URLSearchParams({ profileId, agent: JSON.stringify(agent) });
    const sent = await this.send(`${this.launch.endpoint}agents/profile?${q}`, {
      method: 'GET',
      headers: this.headers(false),
    });
    return sent.kind === 'ok' ? sent.body : undefined;
  }
}
