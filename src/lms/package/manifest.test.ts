import { describe, expect, it } from 'vitest';
import { reply, scenarioFrom } from '../../engine/test-support/build-scenario.ts';
import { cmi5Course, COURSE_IRI } from './cmi5-course.ts';
import { courseOf } from './course.ts';
import { scorm12Manifest } from './scorm12-manifest.ts';
import { scorm2004Manifest } from './scorm2004-manifest.ts';
import { manifestProblems } from '../test-support/manifest-validation.ts';

const scenario = (id: string, title: string) =>
  scenarioFrom({
    id,
    title,
    summary: `About ${title} & more, "quoted" <3.`,
    nodes: { open: { stage: 'venting', say: 'Hi.', choices: [reply('a', 'resolved'), reply('b', 'lost')] } },
  });

const course = courseOf({
  title: 'Onboarding: the first calls',
  description: 'Eight conversations, gentle to hard.',
  scenarios: [
    { scenario: scenario('late-parcel', 'A late parcel'), bestPossible: 92 },
    { scenario: scenario('2nd-call', 'The second call'), bestPossible: 81 },
  ],
  mastery: 0.7,
});
const files = ['game/index.html', 'game/assets/index-1a2b.js', 'game/audio/ring & tone.wav'];

describe('the course', () => {
  it('passes each unit at the share of its best possible score, rounded up', () => {
    expect(course.units.map((u) => [u.id, u.masteryScore])).toEqual([
      ['late-parcel', 65],
      ['2nd-call', 57],
    ]);
  });

  it('keeps its id across content changes and changes its version with them', () => {
    const changed = courseOf({
      title: course.title,
      description: course.description,
      scenarios: [
        { scenario: scenario('late-parcel', 'A later parcel'), bestPossible: 92 },
        { scenario: scenario('2nd-call', 'The second call'), bestPossible: 81 },
      ],
      mastery: 0.7,
    });
    expect(changed.id).toBe(course.id);
    expect(changed.version).not.toBe(course.version);
  });
});

describe('the SCORM 1.2 manifest', () => {
  const xml = scorm12Manifest(course, files);

  it('is valid against the schema files of SCORM 1.2', async () => {
    expect(await manifestProblems('scorm12', xml)).toEqual([]);
  });

  it('has one SCO item per scenario, in order, launching the game with its scenario and mastery score', () => {
    const items = [...xml.matchAll(/<item identifier="([^"]+)" identifierref="game" parameters="([^"]+)">/g)];
    expect(items.map((m) => [m[1], m[2]])).toEqual([
      ['unit-late-parcel', '?scenario=late-parcel&amp;mastery=65'],
      ['unit-2nd-call', '?scenario=2nd-call&amp;mastery=57'],
    ]);
    expect(xml).toContain('<adlcp:masteryscore>65</adlcp:masteryscore>');
    expect(xml).toContain('adlcp:scormtype="sco" href="game/index.html"');
  });

  it('escapes what it is given', () => {
    expect(xml).toContain('<file href="game/audio/ring &amp; tone.wav"/>');
  });

  it('is refused by the schema when it breaks the standard (the check is real)', async () => {
    const broken = xml.replace('<schemaversion>1.2</schemaversion>', '<version>1.2</version>');
    expect((await manifestProblems('scorm12', broken)).join('\n')).toMatch(/version/);
  });
});

describe('the SCORM 2004 manifest', () => {
  const xml = scorm2004Manifest(course, files);

  it('is valid against the schema files of SCORM 2004 4th edition', async () => {
    expect(await manifestProblems('scorm2004', xml)).toEqual([]);
  });

  it('sequences the units in order with flow and choice, the content setting completion and success', () => {
    expect(xml.indexOf('unit-late-parcel')).toBeLessThan(xml.indexOf('unit-2nd-call'));
    expect(xml).toContain('<imsss:controlMode choice="true" flow="true"/>');
    expect(xml).toContain('<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });

  it('is refused by the schema when it breaks the standard', async () => {
    const broken = xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    expect((await manifestProblems('scorm2004', broken)).join('\n')).toMatch(/scormType/);
  });
});

describe('the cmi5 course structure', () => {
  const xml = cmi5Course(course);

  it('is valid against the cmi5 course structure schema', async () => {
    expect(await manifestProblems('cmi5', xml)).toEqual([]);
  });

  it('has one AU per scenario with fully qualified ids, passed by completing with the mastery score', () => {
    const aus = [...xml.matchAll(/<au id="([^"]+)" moveOn="([^"]+)" masteryScore="([^"]+)"/g)];
    expect(aus.map((m) => [m[1], m[2], m[3]])).toEqual([
      [`${COURSE_IRI}${course.id}/late-parcel`, 'CompletedAndPassed', '0.7'],
      [`${COURSE_IRI}${course.id}/2nd-call`, 'CompletedAndPassed', '0.7'],
    ]);
    expect(xml).toContain('<url>game/index.html?scenario=late-parcel&amp;mastery=65</url>');
    expect(xml).toContain(
      '<langstring lang="en">About A late parcel &amp; more, &quot;quoted&quot; &lt;3.</langstring>',
    );
  });

  it('is refused by the schema when it breaks the standard', async () => {
    expect((await manifestProblems('cmi5', xml.replace('CompletedAndPassed', 'Finished'))).join('\n')).toMatch(
      /moveOn/,
    );
  });
});
