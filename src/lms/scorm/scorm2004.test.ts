/** The SCORM 2004 adapter against scorm-again, a maintained implementation of the LMS side. */
import { Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import type { LmsFault } from '../learning-system.ts';
import { aDecision } from '../test-support/decision.ts';
import { scorm2004Violations } from '../test-support/scorm-rules.ts';
import { connectScorm2004, decisionDescription } from './scorm2004.ts';

type Cmi = Record<string, any>;

function lms(saved: Cmi = {}) {
  const api = new Scorm2004API({ logLevel: 5 });
  api.loadFromJSON({ learner_id: 'e-1024', learner_name: 'Inese Ozola', ...saved }, '');
  const cmi = () => (api.renderCMIToJSONObject() as { cmi: Cmi }).cmi;
  return { api, cmi };
}

let clock = 5_000_000;
const now = () => clock;

const decision = (over: Parameters<typeof aDecision>[0] = {}) =>
  aDecision({
    response: { choiceId: 'carrier-problem', position: 2 },
    best: { choiceId: 'find-it', position: 0 },
    latencyMs: 3_500,
    at: new Date(Date.UTC(2026, 11, 3, 9, 15, 30, 123)),
    techniques: ['empathy'],
    pitfalls: ['helpless'],
    angerAfter: 71,
    ...over,
  });

describe('SCORM 2004', () => {
  it('starts the attempt: the learner the LMS names, completion incomplete', () => {
    const { api, cmi } = lms();
    const system = connectScorm2004(api, () => {}, now);
    expect(system.learner).toEqual({ id: 'e-1024', name: 'Inese Ozola' });
    expect(system.resumeData).toBeNull();
    expect(cmi().completion_status).toBe('incomplete');
  });

  it('records each decision with its reply, the best reply, techniques and pitfalls', () => {
    const { api, cmi } = lms();
    const system = connectScorm2004(api, () => {}, now);
    clock += 61_500;
    system.recordDecision(decision());
    system.recordDecision(decision({ index: 1, response: 'silence', techniques: [], pitfalls: ['silence'] }));
    system.suspend('{"replies":["carrier-problem",null]}');
    const held = cmi();
    expect(held.interactions['0']).toMatchObject({
      id: 'urn:cooldown:late-parcel:decision-1:first-message',
      type: 'choice',
      timestamp: '2026-12-03T09:15:30.12Z',
      learner_response: 'carrier-problem',
      result: 'incorrect',
      latency: 'PT3.5S',
      description: 'techniques: empathy; pitfalls: helpless',
    });
    expect(held.interactions['1']).toMatchObject({ learner_response: 'silence', result: 'incorrect' });
    expect(held.exit).toBe('suspend');
    expect(held.session_time).toBe('PT1M1.5S');
    expect(scorm2004Violations(held)).toEqual([]);
  });

  it('reports completion, success and a score scaled against the best possible, then exits normally', () => {
    const { api, cmi } = lms();
    const system = connectScorm2004(api, () => {}, now);
    system.finish({ resolved: true, passed: true, score: 76, bestPossible: 95, practised: ['empathy'] });
    const held = cmi();
    expect(held).toMatchObject({
      completion_status: 'completed',
      success_status: 'passed',
      exit: 'normal',
      suspend_data: '',
      score: { raw: '76', min: '0', max: '95', scaled: '0.8' },
    });
    expect(held.objectives['0']).toMatchObject({
      id: 'empathy',
      success_status: 'passed',
      completion_status: 'completed',
    });
    expect(scorm2004Violations(held)).toEqual([]);
  });

  it('suspends when left mid-conversation, and resumes in a new session', () => {
    const first = lms();
    const system = connectScorm2004(first.api, () => {}, now);
    system.recordDecision(decision());
    system.suspend('{"replies":["carrier-problem"]}');
    system.leave();
    const kept = first.cmi();
    expect(kept.exit).toBe('suspend');
    const again = connectScorm2004(lms({ ...kept, entry: 'resume' }).api, () => {}, now);
    expect(again.resumeData).toBe('{"replies":["carrier-problem"]}');
  });

  it('reports a refused call with the LMS error code', () => {
    const { api } = lms();
    api.Initialize('');
    const faults: LmsFault[] = [];
    connectScorm2004(api, (f) => faults.push(f), now);
    expect(faults[0]).toMatchObject({ call: 'Initialize', code: '103' });
  });

  it('describes a decision in at most 250 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => `technique-number-${i}`);
    expect(decisionDescription({ techniques: many, pitfalls: [] })).toHaveLength(250);
    expect(decisionDescription({ techniques: [], pitfalls: [] })).toBe('no technique, no pitfall');
  });
});
