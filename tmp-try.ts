import { readContentDir } from './src/cli/content-files.ts';
import { loadLibrary, formatProblem, beginConversation, availableChoices, choose, scoreConversation, isOver, chooseStep, stayQuiet, silenceStep, TECHNIQUES, PITFALLS, type Position, type Conversation } from './src/engine/index.ts';
const lib = loadLibrary(readContentDir('scenarios'));
for (const p of lib.problems) console.log('PROBLEM', formatProblem(p));
for (const s of lib.scenarios) {
  console.log('\n=== ', s.data.id);
  const key = (p: Position) => `${p.at}|${p.anger}|${JSON.stringify(Object.entries(p.flags).sort())}`;
  const reached = new Set<string>(); let dead = 0, cycles = 0, states = 0, losing = false;
  const onStack = new Set<string>(), done = new Set<string>();
  const dfs = (p: Position) => {
    const k = key(p);
    if (isOver(s, p)) { reached.add(p.at); if (s.data.endings[p.at].kind === 'lost') losing = true; return; }
    if (onStack.has(k)) { cycles++; return; } if (done.has(k)) return;
    onStack.add(k); states++;
    const ch = availableChoices(s, p); if (!ch.length) { dead++; console.log('DEAD END', k); }
    for (const c of ch) dfs(chooseStep(s, p, c.id).position);
    if (s.data.nodes[p.at].timeout || s.data.channel !== 'chat') dfs(silenceStep(s, p).position);
    onStack.delete(k); done.add(k);
  };
  dfs(beginConversation(s));
  console.log(`states=${states} deadEnds=${dead} cycles=${cycles} losing=${losing} reached=${[...reached].sort()} all=${Object.keys(s.data.endings).sort()}`);
  const all: { total: number; c: Conversation }[] = [];
  const walk = (c: Conversation) => {
    if (isOver(s, c)) { all.push({ total: scoreConversation(s, c.turns, c.at, c.anger).total, c }); return; }
    for (const ch of availableChoices(s, c)) walk(choose(s, c, ch.id));
  };
  walk(beginConversation(s));
  all.sort((a, b) => a.total - b.total);
  const byEnd: Record<string, number> = {}; for (const r of all) byEnd[r.c.at] = (byEnd[r.c.at] ?? 0) + 1;
  console.log('paths', all.length, JSON.stringify(byEnd));
  for (const [name, r] of [['BEST', all.at(-1)!], ['WORST', all[0]], ['MID', all[Math.floor(all.length / 2)]]] as const) {
    console.log(`${name}: total ${r.total} ending ${r.c.at} (${s.data.endings[r.c.at].kind})`);
    console.log('   ' + [beginConversation(s).anger, ...r.c.turns.map(t => `${t.nodeId}>${t.choiceId}=${t.angerAfter}`)].join(' '));
  }
}
const usedT = new Set<string>(), usedP = new Set<string>();
for (const s of lib.scenarios) for (const n of Object.values(s.data.nodes)) for (const c of n.choices) { c.techniques.forEach(t => usedT.add(t)); c.pitfalls.forEach(p => usedP.add(p)); }
console.log('unused', TECHNIQUES.map(t => t.id).filter(t => !usedT.has(t)), PITFALLS.map(t => t.id).filter(t => !usedP.has(t)));
