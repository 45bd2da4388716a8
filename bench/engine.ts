/** Engine figures: turns per second through the pure reducer and through the XState actor, and compile time. */
import { createActor } from 'xstate';
import { readContentDir } from '../src/cli/content-files.ts';
import {
  availableChoices,
  beginConversation,
  chooseStep,
  compileScenario,
  isOver,
  loadLibrary,
  type Scenario,
} from '../src/engine/index.ts';
import type { Row } from './figures.ts';
import { measure, ms } from './measure.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** A fixed pseudo-random line so every run plays the same turns. */
function lineThrough(s: Scenario, seed: number): string[] {
  let c = beginConversation(s);
  const picks: string[] = [];
  let x = seed;
  while (!isOver(s, c)) {
    const options = availableChoices(s, c);
    x = (x * 1103515245 + 12345) % 2147483648;
    const id = options[x % options.length]!.id;
    picks.push(id);
    c = { ...chooseStep(s, c, id).position, turns: [], peak: 0 };
  }
  return picks;
}

export function engineFigures(): Row[] {
  const library = loadLibrary(readContentDir('scenarios'));
  const lines = library.scenarios.flatMap((s) =>
    Array.from({ length: 50 }, (_, i) => ({ s, picks: lineThrough(s, i + 1) })),
  );
  const turns = lines.reduce((n, l) => n + l.picks.length, 0);
  const load = measure(RUNS, () => loadLibrary(readContentDir('scenarios')));
  const compile = measure(RUNS, () => library.scenarios.forEach((s) => compileScenario(s)));
  const machines = new Map(library.scenarios.map((s) => [s, compileScenario(s)]));
  const reducer = measure(RUNS, () => {
    for (const { s, picks } of lines) {
      let p = beginConversation(s) as { at: string; anger: number; flags: Record<string, boolean> };
      for (const id of picks) p = chooseStep(s, p, id).position;
    }
  });
  const actor = measure(RUNS, () => {
    for (const { s, picks } of lines) {
      const a = createActor(machines.get(s)!).start();
      for (const id of picks) a.send({ type: 'CHOOSE', choiceId: id });
      a.stop();
    }
  });
  return [
    { name: 'load and validate the library (files already read)', value: ms(load) },
    { name: `compile ${library.scenarios.length} scenarios to XState machines`, value: ms(compile) },
    { name: 'turns per second, pure reducer', value: Math.round(turns / (reducer.median / 1000)).toLocaleString('en') },
    {
      name: 'turns per second, compiled XState scenario machine',
      value: Math.round(turns / (actor.median / 1000)).toLocaleString('en'),
      ratio: actor.median / reducer.median,
      ratioOf: 'reducer time',
    },
  ];
}
