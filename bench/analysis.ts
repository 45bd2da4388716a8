/**
 * How fast the analysis is: the whole library, states per second, and (with
 * `--graph`) the same compiled machines explored by xstate/graph for comparable answers:
 * every reachable state (getAdjacencyMap, getShortestPaths) and every line
 * with its best score (getSimplePaths, stopped after a time bound). Prints
 * figures; it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { readContentDir } from '../src/cli/content-files.ts';
import { compileScenario, loadLibrary } from '../src/engine/index.ts';
import { analyseScenario } from '../src/engine/analysis/index.ts';
import type { Row } from './figures.ts';
import { measure, ms } from './measure.ts';
import { machineEvents, serializeSnapshot } from './xstate-events.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Seconds each getSimplePaths run may take before it is stopped. */
const SIMPLE_PATHS_BOUND = Number(process.env.BENCH_SIMPLE_PATHS_SECONDS ?? 10);
const scenarios = loadLibrary(readContentDir('scenarios')).scenarios;

export function analysisFigures(): Row[] {
  let states = 0;
  const whole = measure(RUNS, () => {
    states = 0;
    for (const s of scenarios) states += analyseScenario(s).states;
  });
  return [
    { name: `analyse whole library (${scenarios.length} scenarios, ${states} states)`, value: ms(whole) },
    { name: 'states per second', value: `${Math.round(states / (whole.median / 1000)).toLocaleString('en')}` },
  ];
}

/** Slow (minutes: simple paths grow exponentially), so `npm run bench -- --graph` only. */
export function graphComparisonFigures(): Row[] {
  const rows: Row[] = [];
  for (const s of scenarios) {
    const machine = compileScenario(s);
    const options = { events: machineEvents(s), serializeState: serializeSnapshot };
    const analysis = analyseScenario(s);
    const ours = measure(RUNS, () => analyseScenario(s));
    let reached = 0;
    const adjacency = measure(Math.min(RUNS, 3), () => {
      reached = Object.keys(getAdjacencyMap(machine, options)).length;
    });
    rows.push({
      name: `${s.data.id}: xstate/graph adjacency map (${reached} states; ours ${analysis.states}) vs our whole analysis`,
      value: `${ms(adjacency)} vs ${ms(ours)}`,
      ratio: adjacency.median / ours.median,
      ratioOf: 'ours',
    });
    const shortest = measure(1, () => getShortestPaths(machine, options));
    rows.push({
      name: `${s.data.id}: xstate/graph shortest paths to every state`,
      value: ms(shortest),
      ratio: shortest.median / ours.median,
      ratioOf: 'ours',
    });
    rows.push(simplePaths(s.data.id, analysis.best?.score, ours.median));
  }
  return rows;
}

function simplePaths(id: string, ourBest: number | undefined, oursMs: number): Row {
  const name = `${id}: xstate/graph simple paths (every line) and their best score`;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./simple-paths.ts', import.meta.url)), id],
    { encoding: 'utf8', timeout: SIMPLE_PATHS_BOUND * 1000, maxBuffer: 1 << 20 },
  );
  if (child.error || child.status !== 0) {
    const why =
      child.signal === 'SIGTERM'
        ? `did not finish within ${SIMPLE_PATHS_BOUND} s`
        : `failed: ${(child.stderr || String(child.error)).trim().split('\n')[0]}`;
    return { name, value: why };
  }
  const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { ms: number; paths: number; best: number };
  return {
    name,
    value: `${r.ms.toFixed(0)} ms, ${r.paths.toLocaleString('en')} paths, best ${r.best} (ours ${ourBest})`,
    ratio: r.ms / oursMs,
    ratioOf: 'ours',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of [...analysisFigures(), ...graphComparisonFigures()])
    console.log(`${r.name.padEnd(90)} ${r.value}${r.ratio ? `   ×${r.ratio.toFixed(1)} ours` : ''}`);
}
