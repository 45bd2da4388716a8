/** A cmi5 session against the test LMS/LRS, which refuses whatever breaks the xAPI and cmi5 rules. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LmsFault } from '../learning-system.ts';
import { aDecision } from '../test-support/decision.ts';
import { startTestLrs, type TestLrs } from '../test-support/test-lrs.ts';
import { connectCmi5, RESUME_STATE } from './cmi5-session.ts';
import { readCmi5Launch } from './launch-params.ts';
import type { QueueStorage } from './statement-queue.ts';

const AU = 'https://cooldown.training/xapi/course/cooldown-late-parcel/late-parcel';
let lrs: TestLrs;
beforeAll(async () => (lrs = await startTestLrs()));
afterAll(() => lrs.close());

const memory = (): QueueStorage & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
};

let clock = 1_000_000;
async function connect(options: Parameters<TestLrs['launch']>[1] = {}, storage = memory()) {
  const { query, sessionId } = lrs.launch(AU, options);
  const read = readCmi5Launch(query);
  if (!read?.ok) throw new Error('bad launch');
  const faults: LmsFault[] = [];
  const system = await connectCmi5(read.launch, { fetch, storage, now: () => clock, onFault: (f) => faults.push(f) });
  return { system: system!, faults, sessionId, storage };
}

const decision = (over: Parameters<typeof aDecision>[0] = {}) =>
  aDecision({
    response: { choiceId: 'find-it', position: 0 },
    at: new Date(clock),
    techniques: ['empathy'],
    angerBefore: 60,
    angerAfter: 48,
    ...over,
  });

const verbsOf = (sessionId: string) =>
  lrs.statements.filter((s) => s.sessionId === sessionId).map((s) => s.statement.verb.id.split('/').pop());
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('a cmi5 session', () => {
  it('sends initialized first and terminated last, each decision between, and a pass consistent with masteryScore', async () => {
    const { system, faults, sessionId } = await connect({ masteryScore: 0.7, newRegistration: true });
    system.recordDecision(decision());
    system.recordDecision(decision({ index: 1, response: 'silence', pitfalls: ['silence'] }));
    clock += 95_000;
    system.finish({ resolved: true, passed: true, score: 81, bestPossible: 95, practised: ['empathy'] });
    system.leave();
    await expect.poll(() => verbsOf(sessionId).length).toBe(6);
    expect(verbsOf(sessionId)).toEqual(['initialized', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    expect(lrs.rejections).toEqual([]);
    expect(faults).toEqual([]);
    const mine = lrs.statements.filter((s) => s.sessionId === sessionId).map((s) => s.statement);
    expect(mine[1]!.result).toMatchObject({
      response: 'find-it',
      success: true,
      extensions: { 'https://cooldown.training/xapi/extensions/anger-before': 60 },
    });
    expect(mine[2]!.result.response).toBe('silence');
    expect(mine[4]!.result).toEqual({ success: true, duration: 'PT1M35S', score: { scaled: 0.8526 } });
  });

  it('ends the session once when the way back to the course and the closing page both leave', async () => {
    const { system, sessionId } = await connect({ newRegistration: true });
    system.leave();
    system.leave();
    await expect.poll(() => verbsOf(sessionId)).toEqual(['initialized', 'terminated']);
    await settle();
    expect(verbsOf(sessionId)).toEqual(['initialized', 'terminated']);
    expect(lrs.rejections).toEqual([]);
  });

  it('fails a lost conversation, leaving out a score that would contradict the verb', async () => {
    const { system, sessionId } = await connect({ masteryScore: 0.7, newRegistration: true });
    system.finish({ resolved: false, passed: false, score: 75, bestPossible: 95, practised: [] });
    system.leave();
    await expect.poll(() => verbsOf(sessionId)).toEqual(['initialized', 'completed', 'failed', 'terminated']);
    const failed = lrs.statements.find((s) => s.sessionId === sessionId && s.statement.verb.id.endsWith('failed'))!;
    expect(failed.statement.result.score).toBeUndefined();
    expect(lrs.rejections).toEqual([]);
  });

  it('keeps the resume point in the LMS and resumes from it; completes only once per registration', async () => {
    const first = await connect({ masteryScore: 0.7, newRegistration: true });
    first.system.suspend('{"replies":["find-it"]}');
    first.system.leave();
    await settle();
    expect(lrs.state(RESUME_STATE)).toMatchObject({ resume: '{"replies":["find-it"]}' });
    const second = await connect({ masteryScore: 0.7 });
    expect(second.system.resumeData).toBe('{"replies":["find-it"]}');
    second.system.finish({ resolved: true, passed: true, score: 90, bestPossible: 95, practised: [] });
    second.system.leave();
    await expect.poll(() => verbsOf(second.sessionId)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    const third = await connect({ masteryScore: 0.7 });
    expect(third.system.resumeData).toBeNull();
    third.system.finish({ resolved: true, passed: true, score: 90, bestPossible: 95, practised: [] });
    third.system.leave();
    await expect.poll(() => verbsOf(third.sessionId)).toEqual(['initialized', 'terminated']);
    expect(lrs.rejections).toEqual([]);
  });

  it('sends nothing that counts in Browse or Review mode', async () => {
    const { system, sessionId } = await connect({ launchMode: 'Review', newRegistration: true });
    system.recordDecision(decision());
    system.finish({ resolved: true, passed: true, score: 90, bestPossible: 95, practised: [] });
    system.leave();
    await expect.poll(() => verbsOf(sessionId)).toEqual(['initialized', 'terminated']);
  });

  it('reads the return address, the pass mark and the learner preferences from the LMS', async () => {
    const { system } = await connect({
      masteryScore: 0.8,
      returnURL: 'https://lms.example/course/12',
      preferences: { audioPreference: 'off', languagePreference: 'lv-LV' },
      newRegistration: true,
    });
    expect(system).toMatchObject({
      returnUrl: 'https://lms.example/course/12',
      masteryScore: 0.8,
      preferences: { audio: 'off', language: 'lv-LV' },
      learner: { id: 'e-1024', name: 'Inese Ozola' },
    });
    system.leave();
  });

  it('never follows a return address that is not a web address', async () => {
    const { system } = await connect({ returnURL: 'javascript:alert(1)', newRegistration: true });
    expect(system.returnUrl).toBeUndefined();
    system.leave();
  });

  it('loses and duplicates nothing when the LRS fails for a while: the queue sends each statement again with its id', async () => {
    const { system, sessionId, storage } = await connect({ newRegistration: true });
    await expect.poll(() => verbsOf(sessionId)).toEqual(['initialized']);
    lrs.failNext(2, 500);
    system.recordDecision(decision());
    system.recordDecision(decision({ index: 1 }));
    await expect.poll(() => verbsOf(sessionId), { timeout: 10_000 }).toEqual(['initialized', 'answered', 'answered']);
    expect(JSON.parse(storage.map.get([...storage.map.keys()][0]!)!)).toEqual([]);
    system.leave();
  });

  it('keeps what an expired token could not send, and says so', async () => {
    const storage = memory();
    const { system, sessionId, faults } = await connect({ newRegistration: true }, storage);
    await expect.poll(() => verbsOf(sessionId)).toEqual(['initialized']);
    lrs.expire(sessionId);
    system.recordDecision(decision());
    await expect.poll(() => faults.map((f) => f.code)).toContain('401');
    const waiting = JSON.parse([...storage.map.values()][0]!);
    expect(waiting.map((s: { verb: { id: string } }) => s.verb.id.split('/').pop())).toEqual(['answered']);
  });

  it('reports a token the LMS will not give (fetched twice), and no session starts', async () => {
    const { query } = lrs.launch(AU, { newRegistration: true });
    const read = readCmi5Launch(query);
    if (!read?.ok) throw new Error('bad launch');
    await fetch(read.launch.fetchUrl, { method: 'POST' });
    const faults: LmsFault[] = [];
    const system = await connectCmi5(read.launch, {
      fetch,
      storage: memory(),
      now: () => clock,
      onFault: (f) => faults.push(f),
    });
    expect(system).toBeNull();
    expect(faults[0]).toMatchObject({ call: 'fetch', code: '1' });
  });
});

describe('the launch parameters', () => {
  const good = lrsQuery();
  function lrsQuery() {
    return new URLSearchParams({
      endpoint: 'https://lrs.example/xapi',
      fetch: 'https://lms.example/fetch/1',
      actor: JSON.stringify({ account: { homePage: 'https://lms.example', name: 'e-1' } }),
      registration: '6f1b1a58-3f0c-4c55-9c37-1d7b7e4c9d20',
      activityId: 'https://cooldown.training/xapi/course/x/y',
    });
  }

  it('are read, with the endpoint ending in a slash', () => {
    expect(readCmi5Launch(`?${good}`)).toMatchObject({ ok: true, launch: { endpoint: 'https://lrs.example/xapi/' } });
    expect(readCmi5Launch('?scenario=x')).toBeNull();
  });

  it.each([
    ['endpoint', 'not a url'],
    ['fetch', 'javascript:alert(1)'],
    ['actor', '{"name":"no account"}'],
    ['registration', '12'],
    ['activityId', ''],
  ])('name the one that is wrong: %s', (parameter, value) => {
    const q = lrsQuery();
    q.set(parameter, value);
    expect(readCmi5Launch(`?${q}`)).toEqual({ ok: false, problem: { parameter } });
  });
});

describe('the test LRS', () => {
  it('tags every check with a requirement id that the cmi5 specification has', () => {
    const known = JSON.parse(readFileSync('node_modules/@cmi5/requirements/requirements.json', 'utf8')) as object;
    const source = readFileSync('src/lms/test-support/test-lrs.ts', 'utf8');
    const used = [...source.matchAll(/'(\d+\.\d+\.\d+\.\d+-\d+(?: \(d\d?\))?)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(15);
    expect(used.filter((id) => !Object.hasOwn(known, id))).toEqual([]);
  });

  it('puts every statement through an independent xAPI validator, and refuses one that breaks the xAPI rules', async () => {
    const { query } = lrs.launch(AU);
    const q = new URLSearchParams(query);
    const { 'auth-token': token } = (await (await fetch(q.get('fetch')!, { method: 'POST' })).json()) as Record<
      string,
      string
    >;
    const id = crypto.randomUUID();
    const put = (statement: object) =>
      fetch(`${q.get('endpoint')}statements?statementId=${id}`, {
        method: 'PUT',
        headers: {
          Authorization: `Basic ${token}`,
          'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ id, ...statement }),
      });
    // A verb that is not an IRI and a scaled score above 1: both outside xAPI.
    const response = await put({
      actor: JSON.parse(q.get('actor')!),
      verb: { id: 'answered' },
      object: { id: q.get('activityId') },
      result: { score: { scaled: 3 } },
      timestamp: new Date().toISOString(),
    });
    expect(response.status).toBe(400);
    expect(lrs.rejections.at(-1)?.requirement).toBe('xAPI statement');
  });
});

describe('statements left from an earlier session', () => {
  it('wait behind the new session\'s "initialized", and one the LMS refuses is reported and dropped, holding nothing back', async () => {
    const storage = memory();
    const first = await connect({ newRegistration: true }, storage);
    await expect.poll(() => verbsOf(first.sessionId)).toEqual(['initialized']);
    lrs.expire(first.sessionId);
    first.system.recordDecision(decision());
    await expect.poll(() => first.faults.map((f) => f.code)).toContain('401');

    const second = await connect({}, storage);
    second.system.recordDecision(decision({ index: 1 }));
    await expect.poll(() => verbsOf(second.sessionId)).toEqual(['initialized', 'answered']);
    // The old decision carried the old session's id: a strict LMS refuses it (cmi5 9.6.3.1-4).
    expect(second.faults).toEqual([{ call: 'statements', code: '400', detail: 'refused' }]);
    second.system.leave();
  });
});
