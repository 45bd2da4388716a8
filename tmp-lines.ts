import { readContentDir } from './src/cli/content-files.ts';
import { loadLibrary, beginConversation, choose, isOver, scoreConversation } from './src/engine/index.ts';
import { LINES } from './e2e/lines.ts';
const lib = loadLibrary(readContentDir('scenarios'));
for (const [id, l] of Object.entries(LINES)) { const s = lib.scenarios.find(x => x.data.id === id)!;
  for (const [k, line] of Object.entries(l)) { let c = beginConversation(s); for (const ch of line) { if (isOver(s, c)) break; c = choose(s, c, ch); }
    console.log(id, k, c.at, c.anger, isOver(s,c) ? scoreConversation(s, c.turns, c.at, c.anger).total : 'NOT OVER'); } }
