/**
 * Child process for bench/analysis.ts: every simple path of one scenario's
 * machine through xstate/graph's getSimplePaths, and the best score among the
 * finished lines (to compare with the analysis). Run in its own process so the
 * bench can stop it after a time bound: path counts grow exponentially.
 */
import { getSimplePaths } from 'xstate/graph';
import { readContentDir } from '../src/cli/content-files.ts';
import {
  compileScenario,
  isOver,
  loadLibrary,
  scoreConversation,
  type ConversationSnapshot,
} from '../src/engine/index.ts';
import { machineEvents, serializeSnapshot } from './xstate-events.ts';

const s = loadLibrary(readContentDir('scenarios')).scenarios.find((x) => x.data.id === process.argv[2]);
if (!s) throw new Error(`unknown scenario ${process.argv[2]}`);
const t = performance.now();
const paths = getSimplePaths(compileScenario(s), { events: machineEvents(s), serializeState: serializeSnapshot });
const ms = performance.now() - t;
let best = -Infinity;
for (const p of paths) {
  const c = (p.state as ConversationSnapshot).context;
  if (isOver(s, c)) best = Math.max(best, scoreConversation(s, c.turns, c.at, c.anger).total);
}
console.log(JSON.stringify({ ms, paths: paths.length, best }));
