import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { reply, scenarioFrom } from '../../engine/test-support/build-scenario.ts';
import { courseOf } from './course.ts';
import { metadataFiles, metadataPath } from './lom.ts';
import { scorm12Manifest } from './scorm12-manifest.ts';
import { scorm2004Manifest } from './scorm2004-manifest.ts';

const scenario = scenarioFrom({
  id: 'late-parcel',
  title: 'A late parcel',
  summary: 'A parcel for a birthday is late & the customer is "done" waiting.',
  nodes: { open: { stage: 'venting', say: 'Hi.', choices: [reply('a', 'resolved'), reply('b', 'lost')] } },
});
const course = courseOf({
  title: 'Onboarding: the first calls',
  description: 'Eight conversations, gentle to hard.',
  scenarios: [{ scenario, bestPossible: 90 }],
  mastery: 0.7,
});

/** libxml2's complaints about a file as XML (well-formedness), without any schema. */
async function xmlProblems(xml: string): Promise<string[]> {
  const anything = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="none"/></xs:schema>`;
  const result = await validateXML({ xml: [{ fileName: 'm.xml', contents: xml }], schema: [anything] });
  // Only the root's schema complaint is expected: the driver declares no element of these namespaces.
  return result.errors.map((e) => e.message).filter((m) => !/No matching global declaration|not expected/.test(m));
}

describe('learning object metadata', () => {
  for (const version of ['scorm12', 'scorm2004'] as const) {
    const files = metadataFiles(version, course);

    it(`gives the course and each unit a well-formed file with title, description and version (${version})`, async () => {
      expect(Object.keys(files).sort()).toEqual([metadataPath('course'), metadataPath('late-parcel')]);
      const unit = files[metadataPath('late-parcel')]!;
      expect(await xmlProblems(unit)).toEqual([]);
      expect(unit).toContain('A late parcel');
      expect(unit).toContain('A parcel for a birthday is late &amp; the customer is &quot;done&quot; waiting.');
      expect(unit).toContain(`>${scenario.hash.slice(0, 8)}<`);
      expect(files[metadataPath('course')]).toContain('Eight conversations, gentle to hard.');
      expect(unit).toContain(
        version === 'scorm2004'
          ? 'xmlns="http://ltsc.ieee.org/xsd/LOM"'
          : 'xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"',
      );
    });
  }

  it('is checked for real: a file that is not well-formed is refused', async () => {
    expect(await xmlProblems('<?xml version="1.0"?>\n<lom><general></lom>')).not.toEqual([]);
  });

  it('is what each manifest points to, for the course and for every unit', () => {
    for (const manifest of [scorm12Manifest(course, []), scorm2004Manifest(course, [])])
      for (const path of Object.keys(metadataFiles('scorm2004', course)))
        expect(manifest).toContain(`<adlcp:location>${path}</adlcp:location>`);
  });
});
