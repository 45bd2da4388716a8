/**
 * Content warnings: things that are legal but probably not what the author
 * meant. They never fail a check; each names the field to look at.
 */
import { findTechnique, moodOf, MOODS, type Mood } from '../catalogue/index.ts';
import { nodeById, type Scenario } from '../content/scenario.ts';
import type { MoodLinesData } from '../content/schema.ts';
import { readingSeconds, responseSeconds, wordsOnScreen } from '../model/reading-time.ts';
import type { StateGraph } from './state-graph.ts';

export interface Lint {
  path: string;
  message: string;
}

export function contentLints(s: Scenario, graph: StateGraph, dominatedBy: Map<string, string>): Lint[] {
  const moodsAt = reachedMoods(graph);
  const lints: Lint[] = [];
  if (!s.data.authority?.length)
    lints.push({
      path: 'authority',
      message: 'the briefing does not say what the trainee may do: feedback and endings cannot fairly hold them to it',
    });
  for (const [nodeId, node] of Object.entries(s.data.nodes)) {
    lints.push(...moodLineLints(`nodes.${nodeId}`, node.say, moodsAt.get(nodeId)));
    lints.push(...caringRaisesAnger(s, graph, nodeId));
    lints.push(...timerBelowReading(s, nodeId));
    lints.push(...foldsBackUnanswered(s, nodeId));
    lints.push(...dominated(nodeId, dominatedBy));
  }
  for (const [endingId, ending] of Object.entries(s.data.endings)) {
    lints.push(...moodLineLints(`endings.${endingId}`, ending.say, moodsAt.get(endingId)));
    // The schema asks for both; content built another way may still lack them.
    if (!ending.summary?.trim())
      lints.push({
        path: `endings.${endingId}.summary`,
        message: 'no debrief summary: the debrief cannot explain this ending',
      });
    if (!ending.reflection?.some((q) => q.trim()))
      lints.push({ path: `endings.${endingId}.reflection`, message: 'no reflection questions for the debrief' });
  }
  return lints;
}

/**
 * A weak reply (a pitfall, or no technique) that leads to the same node as
 * another reply here, where the customer's next line was written for that
 * other reply: unless the weak reply draws a reaction of its own, the node has
 * a line for coming in after it (sayWhen), or the author vouches that its line
 * fits every way in, the customer may answer something that was never said.
 */
function foldsBackUnanswered(s: Scenario, nodeId: string): Lint[] {
  const choices = s.data.nodes[nodeId]!.choices;
  const targets = (c: (typeof choices)[number]) => (typeof c.next === 'string' ? [c.next] : c.next.map((b) => b.to));
  const out: Lint[] = [];
  for (const c of choices) {
    if (c.reaction || (c.pitfalls.length === 0 && c.techniques.length > 0)) continue;
    for (const to of new Set(targets(c))) {
      const there = s.data.nodes[to];
      if (!there || there.fitsEveryWayIn) continue;
      if (there.sayWhen?.some((w) => w.after?.includes(c.id))) continue;
      // Name the reply the line was most likely written for: a good one, if one leads there too.
      const leadsThere = choices.filter((o) => o !== c && targets(o).includes(to));
      const sharing = leadsThere.find((o) => o.pitfalls.length === 0 && o.techniques.length > 0) ?? leadsThere[0];
      if (!sharing) continue;
      out.push({
        path: `nodes.${nodeId}.choices.${c.id}`,
        message: `folds back into "${to}" with "${sharing.id}", and nothing answers it: give it a reaction, add a sayWhen line after it at "${to}", or mark "${to}" fitsEveryWayIn`,
      });
      break;
    }
  }
  return out;
}

/** A clock the author set that runs out before the trainee can read the node at a relaxed pace and think. */
function timerBelowReading(s: Scenario, nodeId: string): Lint[] {
  const node = s.data.nodes[nodeId]!;
  if (node.timer === undefined && s.data.timer === undefined) return [];
  const given = responseSeconds(node, s.data, s.persona);
  const needed = readingSeconds(node);
  if (given === null || given >= needed) return [];
  return [
    {
      path: node.timer !== undefined ? `nodes.${nodeId}.timer` : 'timer',
      message: `${given} s to answer at ${nodeId}, but reading its ${wordsOnScreen(node)} words and thinking takes ${needed} s: a silence here measures reading speed (leave the timer out for the reading time, or shorten the words)`,
    },
  ];
}

function reachedMoods(g: StateGraph): Map<string, Set<Mood>> {
  const moodsAt = new Map<string, Set<Mood>>();
  for (const p of g.positions) {
    const set = moodsAt.get(p.at) ?? new Set<Mood>();
    set.add(moodOf(p.anger));
    moodsAt.set(p.at, set);
  }
  return moodsAt;
}

function moodLineLints(path: string, say: MoodLinesData, reached: Set<Mood> | undefined): Lint[] {
  if (typeof say === 'string' || !reached) return [];
  const out: Lint[] = [];
  for (const mood of MOODS) {
    if (say[mood] && !reached.has(mood))
      out.push({
        path: `${path}.say.${mood}`,
        message: `the ${mood} line can never be shown: the customer never arrives here ${mood}`,
      });
    if (!say[mood] && !say.default && reached.has(mood))
      out.push({
        path: `${path}.say`,
        message: `no line for ${mood} and no default, though the customer can arrive ${mood} (the nearest mood's line is used)`,
      });
  }
  return out;
}

/** An empathy or apology reply (without pitfalls) that raises anger somewhere usually means its effect needs a look. */
function caringRaisesAnger(s: Scenario, g: StateGraph, nodeId: string): Lint[] {
  const out: Lint[] = [];
  const caring = nodeById(s, nodeId)!.choices.filter(
    (c) =>
      c.pitfalls.length === 0 &&
      c.techniques.some((t) => {
        const arc = findTechnique(t)?.arc;
        return arc === 'empathise' || arc === 'apologise';
      }),
  );
  for (const c of caring) {
    const worst = g.positions.reduce<{ change: number; anger: number } | undefined>((found, p, i) => {
      if (p.at !== nodeId) return found;
      const m = g.moves[i]!.find((x) => x.choiceId === c.id);
      return m && m.change > 0 && (!found || m.change > found.change) ? { change: m.change, anger: p.anger } : found;
    }, undefined);
    if (worst)
      out.push({
        path: `nodes.${nodeId}.choices.${c.id}`,
        message: `an empathy or apology reply raises anger (+${worst.change} at anger ${worst.anger})`,
      });
  }
  return out;
}

/**
 * A reply without pitfalls that is never better than another such reply at the
 * same node, by best reachable score, in any state where both are offered (and
 * worse in at least one). Pitfall replies are meant to be worse, so they are
 * left out.
 */
/**
 * The replies without pitfalls that another such reply at the same node beats
 * or equals in every state where both are offered (by the best final score
 * still reachable after each), and beats in at least one: `node/choice` → the
 * better reply's id.
 */
export function dominatedChoices(s: Scenario, g: StateGraph, bestFrom: Float64Array): Map<string, string> {
  const found = new Map<string, string>();
  for (const nodeId of Object.keys(s.data.nodes)) {
    const clean = nodeById(s, nodeId)!.choices.filter((c) => c.pitfalls.length === 0);
    const states = g.positions.flatMap((p, i) => (p.at === nodeId ? [i] : []));
    const value = (i: number, id: string) => {
      const m = g.moves[i]!.find((x) => x.choiceId === id);
      return m ? m.points + bestFrom[m.to]! : undefined;
    };
    for (const c of clean) {
      const by = clean.find((o) => {
        if (o === c) return false;
        let both = false;
        let worse = false;
        for (const i of states) {
          const vc = value(i, c.id);
          const vo = value(i, o.id);
          if (vc === undefined || vo === undefined) continue;
          both = true;
          if (vc > vo) return false;
          if (vc < vo) worse = true;
        }
        return both && worse;
      });
      if (by) found.set(`${nodeId}/${c.id}`, by.id);
    }
  }
  return found;
}

function dominated(nodeId: string, dominatedBy: Map<string, string>): Lint[] {
  return [...dominatedBy]
    .filter(([key]) => key.startsWith(`${nodeId}/`))
    .map(([key, by]) => ({
      path: `nodes.${nodeId}.choices.${key.slice(nodeId.length + 1)}`,
      message: `dominated: "${by}" is at least as good wherever both are offered, and better somewhere`,
    }));
}
