import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../engine/index.ts';
import { courseOf } from '../../lms/package/course.ts';
import { manifestProblems } from '../../lms/test-support/manifest-validation.ts';
import { readContentDir } from '../content-files.ts';
import { main } from '../cli.ts';
import type { CliIO } from '../io.ts';
import { packageFiles, selectScenarios } from './package.ts';

const GOOD = 'src/cli/__fixtures__/good';
const library = loadLibrary(readContentDir(GOOD));

function run(argv: string[]) {
  const err: string[] = [];
  const io: CliIO = { dir: GOOD, out: () => {}, err: (t) => err.push(t), ask: async () => undefined };
  return main(argv, io).then((code) => ({ code, err: err.join('\n') }));
}

describe('package', () => {
  it('names what is wrong on its command line before building anything', async () => {
    expect(await run(['package'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--standard must be one of scorm12, scorm2004, cmi5'),
    });
    expect((await run(['package', '--standard', 'scorm12', '--track', 'induction'])).err).toContain(
      '--track must be one of onboarding, refresher',
    );
    expect((await run(['package', '--standard', 'scorm12', '--mastery', '170'])).err).toContain('--mastery must be');
    expect((await run(['package', '--standard', 'scorm12', '--scenario', 'fixture-broken-kettel'])).err).toContain(
      'unknown scenario "fixture-broken-kettel" (did you mean "fixture-broken-kettle"?)',
    );
  });

  it('holds the scenarios named, in the order named', () => {
    const picked = selectScenarios(library.scenarios, undefined, ['fixture-double-charge', 'fixture-broken-kettle']);
    expect(picked.map((s) => s.data.id)).toEqual(['fixture-double-charge', 'fixture-broken-kettle']);
    expect(selectScenarios(library.scenarios, undefined, [])).toHaveLength(library.scenarios.length);
  });

  it('puts the game under game/, the manifest and the schema files at the root, the metadata under metadata/', async () => {
    const course = courseOf({
      title: 'T',
      description: 'D',
      scenarios: library.scenarios.map((scenario) => ({ scenario, bestPossible: 90 })),
      mastery: 0.7,
    });
    const game = { 'index.html': new TextEncoder().encode('<!doctype html>'), 'assets/a.js': new Uint8Array([1]) };
    for (const standard of ['scorm12', 'scorm2004'] as const) {
      const files = unzipSync(zipSync(packageFiles(standard, course, game)));
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining([
          'imsmanifest.xml',
          'game/index.html',
          'game/assets/a.js',
          'metadata/course.xml',
          ...library.scenarios.map((s) => `metadata/${s.data.id}.xml`),
        ]),
      );
      expect(Object.keys(files)).toContain(standard === 'scorm12' ? 'imscp_rootv1p1p2.xsd' : 'imsss_v1p0.xsd');
      const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
      expect(await manifestProblems(standard, manifest)).toEqual([]);
      expect(manifest).toContain('<file href="game/assets/a.js"/>');
    }
    const cmi5 = unzipSync(zipSync(packageFiles('cmi5', course, game)));
    expect(Object.keys(cmi5).sort()).toEqual(['cmi5.xml', 'game/assets/a.js', 'game/index.html']);
    expect(await manifestProblems('cmi5', new TextDecoder().decode(cmi5['cmi5.xml']))).toEqual([]);
  });
});
