import { readContentDir } from './src/cli/content-files.ts';
import { loadLibrary, react } from './src/engine/index.ts';
const lib = loadLibrary(readContentDir('scenarios'));
for (const s of lib.scenarios) { let longestBest = 0, n = 0;
  for (const [id, node] of Object.entries(s.data.nodes)) { n++;
    const scored = node.choices.map(c => ({ id: c.id, len: c.text.length, d: react(c, node.stage, s.persona).delta }));
    const best = scored.reduce((a, b) => a.d <= b.d ? a : b); const longest = scored.reduce((a, b) => a.len >= b.len ? a : b);
    if (best.id === longest.id) longestBest++;
    console.log(s.data.id, id, scored.map(x => `${x.id}:${x.len}:${x.d}`).join(' ')); }
  console.log(s.data.id, 'best is longest at', longestBest, 'of', n); }
