/**
 * `npm run package -- --standard scorm12|scorm2004 …`: the production build of
 * the game, without its service worker, zipped with the manifest an LMS reads.
 * One launchable unit per scenario, so the LMS shows each one's status and score.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { loadLibrary, type Scenario } from '../../engine/index.ts';
import { analyseScenario } from '../../engine/analysis/index.ts';
import { didYouMean } from '../../engine/content/suggest.ts';
import { courseOf, DEFAULT_MASTERY, type Course } from '../../lms/package/course.ts';
import { scorm12Manifest, SCORM12_SCHEMAS } from '../../lms/package/scorm12-manifest.ts';
import { scorm2004Manifest, SCORM2004_SCHEMAS } from '../../lms/package/scorm2004-manifest.ts';
import { cmi5Course } from '../../lms/package/cmi5-course.ts';
import { metadataFiles } from '../../lms/package/lom.ts';
import { SUSPEND_DATA_LIMIT } from '../../lms/scorm/scorm12.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { readContentDir } from '../content-files.ts';
import { parseArgs, UsageError, type CliIO, type Command } from '../io.ts';

/** Each standard's manifest file, how it is written, and the schema files it must carry. */
const STANDARDS = {
  scorm12: { file: 'imsmanifest.xml', manifest: scorm12Manifest, schemas: SCORM12_SCHEMAS },
  scorm2004: { file: 'imsmanifest.xml', manifest: scorm2004Manifest, schemas: SCORM2004_SCHEMAS },
  cmi5: { file: 'cmi5.xml', manifest: cmi5Course, schemas: [] as string[] },
} as const;
type Standard = keyof typeof STANDARDS;
const TRACKS = ['onboarding', 'refresher'] as const;
type Track = (typeof TRACKS)[number];

const SCHEMA_DIR = new URL('../../lms/package/schemas/', import.meta.url);

/** The scenarios a package holds: a track in its order, the ones named, or the whole library. */
export function selectScenarios(
  all: readonly Scenario[],
  track: Track | undefined,
  ids: readonly string[],
): Scenario[] {
  if (ids.length > 0) {
    const known = all.map((s) => s.data.id);
    return ids.map((id) => {
      const found = all.find((s) => s.data.id === id);
      if (!found) throw new UsageError(`unknown scenario "${id}"${didYouMean(id, known)}`);
      return found;
    });
  }
  if (track === 'onboarding')
    return all
      .filter((s) => s.data.tracks?.onboarding !== undefined)
      .sort((a, b) => a.data.tracks!.onboarding! - b.data.tracks!.onboarding!);
  if (track === 'refresher') return all.filter((s) => s.data.tracks?.refresher);
  return [...all];
}

function courseTitle(track: Track | undefined, scenarios: readonly Scenario[]): { title: string; description: string } {
  if (track) return M.lmsCourse[track];
  if (scenarios.length === 1) return { title: scenarios[0]!.data.title, description: scenarios[0]!.data.summary };
  return M.lmsCourse.selection(scenarios.length);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The same production build as the web app, with relative paths and no service worker (an LMS frame cannot host one). */
async function buildGame(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ mode: 'lms', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export function packageFiles(
  standard: Standard,
  course: Course,
  game: Record<string, Uint8Array>,
): Record<string, Uint8Array> {
  const { file, manifest, schemas } = STANDARDS[standard];
  const files: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(game)) files[`game/${path}`] = bytes;
  files[file] = new TextEncoder().encode(manifest(course, Object.keys(files).sort()));
  if (standard !== 'cmi5')
    for (const [path, xml] of Object.entries(metadataFiles(standard, course)))
      files[path] = new TextEncoder().encode(xml);
  for (const name of schemas) files[name] = readFileSync(new URL(`${standard}/${name}`, SCHEMA_DIR));
  return files;
}

export const packageCommand: Command = {
  name: 'package',
  summary: 'build a zip an LMS imports: SCORM 1.2, SCORM 2004 or cmi5, one unit per scenario',
  usage:
    'package --standard scorm12|scorm2004|cmi5 [--track onboarding|refresher] [--scenario id[,id…]] [--mastery 70] [--out file.zip]',
  async run(args, io: CliIO) {
    const { positional, options } = parseArgs(args, ['standard', 'track', 'scenario', 'mastery', 'out'], []);
    if (positional.length) throw new UsageError(`unexpected "${positional[0]}"; name scenarios with --scenario a,b`);
    const standard = options.standard;
    if (typeof standard !== 'string' || !Object.hasOwn(STANDARDS, standard))
      throw new UsageError(`--standard must be one of ${Object.keys(STANDARDS).join(', ')}`);
    const track = options.track;
    if (track !== undefined && !TRACKS.includes(track as Track))
      throw new UsageError(`--track must be one of ${TRACKS.join(', ')}`);
    const mastery = options.mastery === undefined ? DEFAULT_MASTERY * 100 : Number(options.mastery);
    if (!Number.isFinite(mastery) || mastery <= 0 || mastery > 100)
      throw new UsageError(`--mastery must be a percentage of the best possible score, above 0 and at most 100`);
    const ids = typeof options.scenario === 'string' ? options.scenario.split(',').map((x) => x.trim()) : [];
    const out = resolve(io.cwd ?? '.', typeof options.out === 'string' ? options.out : `cooldown-${standard}.zip`);

    const library = loadLibrary(readContentDir(io.dir));
    const errors = library.problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      io.err(
        `${errors.length} content error${errors.length === 1 ? '' : 's'}; run \`npm run scenarios -- check\` first`,
      );
      return 1;
    }
    const scenarios = selectScenarios(library.scenarios, track as Track | undefined, ids);
    if (scenarios.length === 0) {
      io.err(`no scenario is in the ${track} track`);
      return 1;
    }
    const analysed = scenarios.map((scenario) => ({ scenario, analysis: analyseScenario(scenario) }));
    if (standard === 'scorm12') {
      // Without a bound (a conversation that can loop) it cannot be shown to fit.
      const tooBig = analysed.filter((x) => (x.analysis.resumePointChars ?? Infinity) > SUSPEND_DATA_LIMIT);
      for (const { scenario, analysis } of tooBig)
        io.err(
          `${scenario.file}: ${analysis.resumePointChars === undefined ? 'its resume point has no upper bound (the conversation can loop)' : `its largest resume point is ${analysis.resumePointChars} characters`}, over SCORM 1.2's ${SUSPEND_DATA_LIMIT}; it cannot be packaged for SCORM 1.2`,
        );
      if (tooBig.length) return 1;
    }
    const course = courseOf({
      ...courseTitle(track as Track | undefined, scenarios),
      scenarios: analysed.map(({ scenario, analysis }) => ({ scenario, bestPossible: analysis.best?.score ?? 0 })),
      mastery: mastery / 100,
    });

    const buildDir = mkdtempSync(join(tmpdir(), 'cooldown-package-'));
    try {
      io.out(`Building the game…`);
      await buildGame(buildDir);
      const game = Object.fromEntries(
        filesUnder(buildDir).map((path) => [relative(buildDir, path).split('\\').join('/'), readFileSync(path)]),
      );
      writeFileSync(out, zipSync(packageFiles(standard as Standard, course, game), { level: 9 }));
    } finally {
      rmSync(buildDir, { recursive: true, force: true });
    }
    io.out(`${out}: ${standard}, ${course.units.length} scenario${course.units.length === 1 ? '' : 's'}`);
    for (const u of course.units) io.out(`  ${u.id}: passes at ${u.masteryScore} of a best possible ${u.bestPossible}`);
    return 0;
  },
};
