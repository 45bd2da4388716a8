/**
 * How fast the analysis is: the whole library, states per second, and the
 * same compiled machines explored by xstate/graph for comparable answers
 * (every reachable state, and shortest paths to each). Prints figures; it
 * asserts nothing.
 */
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { readContentDir } from '../src/cli/content-files.ts';
import { availableChoices, compileScenario, isOver, loadLibrary, type ConversationEvent, type ConversationSnapshot, type Position } from '../src/engine/index.ts';
import { analyseScenario, stateKey } from '../src/engine/analysis/index.ts';
import { measure, ms } from './measure.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const scenarios = loadLibrary(readContentDir('scenarios')).scenarios;

export function analysisFigures(): { name: string; value: string; ratio?: number }[] {
  const rows: { name: string; value: string; ratio?: number }[] = [];
  let states = 0;
  const whole = measure(RUNS, () => {
    states = 0;
    for (const s of scenarios) states += analyseScenario(s).states;
  });
  rows.push({ name: `analyse whole library (${scenarios.length} scenarios, ${states} states)`, value: ms(whole) });
  rows.push({ name: 'states per second', value: `${Math.round(states / (whole.median / 1000)).toLocaleString('en')}` });

  const events = (s: (typeof scenarios)[0]) => (snap: ConversationSnapshot): ConversationEvent[] => {
    const c = snap.context;
    if (isOver(s, c)) return [];
    return [...availableChoices(s, c).map((x) => ({ type: 'CHOOSE' as const, choiceId: x.id })), { type: 'TIMEOUT' as const }];
  };
  const serializeState = ((snap: ConversationSnapshot) => stateKey(snap.context as Position)) as never;
  for (const s of scenarios) {
    const machine = compileScenario(s);
    const ours = measure(RUNS, () => analyseScenario(s));
    const adjacency = measure(Math.min(RUNS, 3), () => getAdjacencyMap(machine, { events: events(s), serializeState }));
    rows.push({ name: `${s.data.id}: xstate/graph adjacency map vs our analysis`, value: `${ms(adjacency)} vs ${ms(ours)}`, ratio: adjacency.median / ours.median });
    const shortest = measure(1, () => getShortestPaths(machine, { events: events(s), serializeState }));
    rows.push({ name: `${s.data.id}: xstate/graph shortest paths to every state`, value: ms(shortest), ratio: shortest.median / ours.median });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of analysisFigures()) console.log(`${r.name.padEnd(70)} ${r.value}${r.ratio ? `   ×${r.ratio.toFixed(1)} ours` : ''}`);
}
