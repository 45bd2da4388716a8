/** The SCORM 1.2 adapter against scorm-again, a maintained implementation of the LMS side. */
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import type { LmsFault } from '../learning-system.ts';
import { aDecision } from '../test-support/decision.ts';
import { scorm12Violations } from '../test-support/scorm-rules.ts';
import { connectScorm12, SUSPEND_DATA_LIMIT } from './scorm12.ts';

type Cmi = Record<string, any>;

function lms(saved: Cmi = {}) {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({ core: { student_id: 'e-1024', student_name: 'Ozola, Inese' }, ...saved }, '');
  const cmi = () => (api.renderCMIToJSONObject() as { cmi: Cmi }).cmi;
  return { api, cmi };
}

let clock = 1_000_000;
const now = () => clock;

const decision = aDecision;

describe('SCORM 1.2', () => {
  it('starts the attempt: the learner the LMS names, status incomplete, nothing to resume', () => {
    const { api, cmi } = lms();
    const system = connectScorm12(api, () => {}, now);
    expect(system.learner).toEqual({ id: 'e-1024', name: 'Ozola, Inese' });
    expect(system.resumeData).toBeNull();
    expect(cmi().core.lesson_status).toBe('incomplete');
  });

  it('records each decision as an interaction, with the resume point, and commits', () => {
    const { api, cmi } = lms();
    const system = connectScorm12(api, () => {}, now);
    clock += 12_340;
    system.recordDecision(decision());
    system.suspend('{"at":"where-is-it"}');
    system.recordDecision(
      decision({ index: 1, nodeId: 'where-is-it', response: 'silence', techniques: [], pitfalls: ['silence'] }),
    );
    system.suspend('{"at":"where-is-it","replies":["find-it",null]}');
    const held = cmi();
    expect(held.interactions['0']).toMatchObject({
      id: 'd1-first-message',
      type: 'choice',
      student_response: 'b',
      result: 'correct',
      latency: '00:00:07.25', // the LMS keeps CMITimespan with two-digit hours
      time: '09:15:30',
      objectives: { '0': { id: 'technique-active-listening' }, '1': { id: 'technique-fast-channel' } },
      correct_responses: { '0': { pattern: 'b' } },
    });
    expect(held.interactions['1']).toMatchObject({
      id: 'd2-where-is-it',
      student_response: '0',
      result: 'wrong',
      objectives: { '0': { id: 'pitfall-silence' } },
    });
    expect(held.suspend_data).toBe('{"at":"where-is-it","replies":["find-it",null]}');
    expect(held.core.exit).toBe('suspend');
    expect(held.core.session_time).toBe('00:00:12.34');
    expect(scorm12Violations(held)).toEqual([]);
  });

  it('reports a pass: status, score against the best possible, the technique checklist, a normal exit', () => {
    const { api, cmi } = lms();
    const system = connectScorm12(api, () => {}, now);
    system.recordDecision(decision());
    system.suspend('x');
    system.finish({ resolved: true, passed: true, score: 81, bestPossible: 95, practised: ['empathy', 'follow-up'] });
    system.leave();
    const held = cmi();
    expect(held.core).toMatchObject({ lesson_status: 'passed', exit: '', score: { raw: '81', min: '0', max: '95' } });
    expect(held.objectives).toMatchObject({
      '0': { id: 'empathy', status: 'passed' },
      '1': { id: 'follow-up', status: 'passed' },
    });
    expect(held.suspend_data).toBe('');
    expect(scorm12Violations(held)).toEqual([]);
  });

  it('reports a fail the same way', () => {
    const { api, cmi } = lms();
    connectScorm12(api, () => {}, now).finish({
      resolved: false,
      passed: false,
      score: 22,
      bestPossible: 95,
      practised: [],
    });
    expect(cmi().core.lesson_status).toBe('failed');
  });

  it('suspends when left mid-conversation, and resumes from what the LMS kept in a new session', () => {
    const first = lms();
    const system = connectScorm12(first.api, () => {}, now);
    system.recordDecision(decision());
    system.suspend('{"replies":["find-it"]}');
    system.leave();
    const kept = first.cmi();
    expect(kept.core.exit).toBe('suspend');
    expect(first.api.isTerminated()).toBe(true);

    // What an LMS gives the next session after a suspend: entry resume, the same suspend data and interactions.
    const second = lms({ ...kept, core: { ...kept.core, entry: 'resume' } });
    const again = connectScorm12(second.api, () => {}, now);
    expect(again.resumeData).toBe('{"replies":["find-it"]}');
    again.recordDecision(decision({ index: 1, nodeId: 'where-is-it' }));
    again.suspend('{"replies":["find-it","courier"]}');
    expect(Object.keys(second.cmi().interactions)).toEqual(['0', '1']);
    expect(second.cmi().interactions['1'].id).toBe('d2-where-is-it');
  });

  it('never writes suspend data over the 4,096 characters SCORM 1.2 allows, and says so', () => {
    const { api, cmi } = lms();
    const faults: LmsFault[] = [];
    const system = connectScorm12(api, (f) => faults.push(f), now);
    system.suspend('x'.repeat(SUSPEND_DATA_LIMIT));
    expect(cmi().suspend_data).toHaveLength(SUSPEND_DATA_LIMIT);
    system.suspend('x'.repeat(SUSPEND_DATA_LIMIT + 1));
    expect(cmi().suspend_data).toHaveLength(SUSPEND_DATA_LIMIT);
    expect(faults).toEqual([{ call: 'cmi.suspend_data', code: 'too-long', detail: '4097 characters' }]);
  });

  it('reports a call the LMS refuses with its own error code and text, and plays on', () => {
    const { api } = lms();
    api.LMSInitialize(''); // another SCO's session still open: the LMS refuses a second one
    const faults: LmsFault[] = [];
    const system = connectScorm12(api, (f) => faults.push(f), now);
    expect(faults[0]).toMatchObject({ call: 'LMSInitialize', code: '101' });
    expect(faults[0]!.detail).not.toBe('');
    expect(() => system.recordDecision(decision())).not.toThrow();
  });

  it('reports an API that vanished mid-session, without throwing', () => {
    const api: Record<string, unknown> = {
      LMSInitialize: () => 'true',
      LMSGetValue: () => '',
      LMSGetLastError: () => '0',
    };
    const faults: LmsFault[] = [];
    const system = connectScorm12(api, (f) => faults.push(f), now);
    expect(() => system.recordDecision(decision())).not.toThrow();
    expect(faults[0]).toMatchObject({ call: 'LMSSetValue(cmi.interactions.0.id)', code: 'unreachable' });
  });
});
