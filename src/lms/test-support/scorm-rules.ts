/**
 * The SCORM data-model rules the reference LMS (scorm-again) is lenient about,
 * checked strictly over what it ended up holding: vocabularies, formats and
 * lengths from the run-time environment books of SCORM 1.2 and 2004.
 */
type Json = Record<string, unknown>;

const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const CMI_TIME = /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/;
const CMI_IDENTIFIER = /^\S{1,255}$/;
const ISO_DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$/;

const entries = (o: unknown) => Object.entries((o ?? {}) as Json) as [string, Json][];

export function scorm12Violations(cmi: Json): string[] {
  const bad: string[] = [];
  const core = cmi.core as Json;
  const need = (ok: boolean, what: string) => ok || bad.push(what);
  need(
    ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'].includes(String(core.lesson_status)),
    `lesson_status "${core.lesson_status}"`,
  );
  need(['', 'time-out', 'suspend', 'logout'].includes(String(core.exit)), `exit "${core.exit}"`);
  need(String(cmi.suspend_data).length <= 4096, `suspend_data of ${String(cmi.suspend_data).length} characters`);
  need(CMI_TIMESPAN.test(String(core.session_time)), `session_time "${core.session_time}"`);
  const score = core.score as Json;
  for (const k of ['raw', 'min', 'max'])
    need(score[k] === '' || (Number(score[k]) >= 0 && Number(score[k]) <= 100), `score.${k} "${score[k]}"`);
  for (const [i, x] of entries(cmi.interactions)) {
    need(CMI_IDENTIFIER.test(String(x.id)), `interactions.${i}.id "${x.id}"`);
    need(x.type === 'choice', `interactions.${i}.type "${x.type}"`);
    need(/^[0-9a-z](,[0-9a-z])*$/.test(String(x.student_response)), `interactions.${i}.student_response`);
    need(['correct', 'wrong', 'unanticipated', 'neutral'].includes(String(x.result)), `interactions.${i}.result`);
    need(CMI_TIMESPAN.test(String(x.latency)), `interactions.${i}.latency "${x.latency}"`);
    need(CMI_TIME.test(String(x.time)), `interactions.${i}.time "${x.time}"`);
    for (const [j, o] of entries(x.objectives))
      need(CMI_IDENTIFIER.test(String(o.id)), `interactions.${i}.objectives.${j}.id`);
  }
  for (const [i, o] of entries(cmi.objectives)) {
    need(CMI_IDENTIFIER.test(String(o.id)), `objectives.${i}.id`);
    need(
      ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'].includes(String(o.status)),
      `objectives.${i}.status`,
    );
  }
  return bad;
}

export function scorm2004Violations(cmi: Json): string[] {
  const bad: string[] = [];
  const need = (ok: boolean, what: string) => ok || bad.push(what);
  need(
    ['completed', 'incomplete', 'not attempted', 'unknown'].includes(String(cmi.completion_status)),
    'completion_status',
  );
  need(['passed', 'failed', 'unknown'].includes(String(cmi.success_status)), 'success_status');
  need(['', 'time-out', 'suspend', 'logout', 'normal'].includes(String(cmi.exit)), `exit "${cmi.exit}"`);
  need(String(cmi.suspend_data).length <= 64_000, 'suspend_data length');
  need(
    cmi.session_time === undefined || ISO_DURATION.test(String(cmi.session_time)),
    `session_time "${cmi.session_time}"`,
  );
  const score = cmi.score as Json;
  need(score.scaled === '' || (Number(score.scaled) >= -1 && Number(score.scaled) <= 1), 'score.scaled');
  for (const [i, x] of entries(cmi.interactions)) {
    need(String(x.id).length <= 4000 && /^[a-z][a-z0-9+.-]*:\S+$/i.test(String(x.id)), `interactions.${i}.id`);
    need(['correct', 'incorrect', 'unanticipated', 'neutral'].includes(String(x.result)), `interactions.${i}.result`);
    need(ISO_DURATION.test(String(x.latency)), `interactions.${i}.latency "${x.latency}"`);
    need(ISO_TIMESTAMP.test(String(x.timestamp)), `interactions.${i}.timestamp "${x.timestamp}"`);
    need(/^\S{1,250}$/.test(String(x.learner_response)), `interactions.${i}.learner_response`);
    need(String(x.description).length <= 250, `interactions.${i}.description`);
  }
  return bad;
}
