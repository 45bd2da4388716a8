/**
 * Checks that need more than the schema: references between parts of a file,
 * ids from the catalogue, and flags that are read but never written.
 */
import { findPitfall, findTechnique, PITFALLS, TECHNIQUES } from '../catalogue/index.ts';
import type { ContentProblem, PathSegment } from './problem.ts';
import type { ConditionData, PersonaData, ScenarioData } from './schema.ts';
import { closest, didYouMean, didYouMeanOrList } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

const techniqueIds = TECHNIQUES.map((t) => t.id);
const pitfallIds = PITFALLS.map((p) => p.id);

export function checkPersona(source: YamlSource, persona: PersonaData): ContentProblem[] {
  const problems: ContentProblem[] = [];
  persona.hotButtons.forEach((id, i) => {
    if (!findPitfall(id))
      problems.push(source.problem(['hotButtons', i], `unknown pitfall "${id}"${didYouMeanOrList(id, pitfallIds)}`));
  });
  persona.soothedBy.forEach((id, i) => {
    if (!findTechnique(id))
      problems.push(source.problem(['soothedBy', i], `unknown technique "${id}"${didYouMeanOrList(id, techniqueIds)}`));
  });
  return problems;
}

export function checkScenario(source: YamlSource, s: ScenarioData, personaIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: PathSegment[], message: string, key = false) =>
    problems.push(source.problem(path, message, { key }));
  const nodeIds = Object.keys(s.nodes);
  const endingIds = Object.keys(s.endings);
  const allIds = new Set([...nodeIds, ...endingIds]);
  const targets = [...allIds];

  if (!personaIds.has(s.persona))
    at(
      ['persona'],
      `unknown persona "${s.persona}"${didYouMean(s.persona, personaIds)}; add scenarios/personas/${s.persona}.yaml`,
    );
  if (s.direction !== undefined && s.channel !== 'phone')
    at(['direction'], `only phone calls have a direction (incoming or outgoing); this scenario is ${s.channel}`, true);
  const startsAtNode = Object.hasOwn(s.nodes, s.start);
  if (!startsAtNode) {
    at(
      ['start'],
      Object.hasOwn(s.endings, s.start)
        ? `expected a node to start at, found the ending "${s.start}"`
        : `unknown node "${s.start}"${didYouMean(s.start, nodeIds)}`,
    );
  }
  const maxEnding = Object.hasOwn(s.endings, s.onMaxAnger) ? s.endings[s.onMaxAnger] : undefined;
  if (!maxEnding) at(['onMaxAnger'], `unknown ending "${s.onMaxAnger}"${didYouMean(s.onMaxAnger, endingIds)}`);
  else if (maxEnding.kind !== 'lost')
    at(
      ['onMaxAnger'],
      `expected an ending of kind lost (the customer gives up at anger 100), found "${s.onMaxAnger}" of kind ${maxEnding.kind}`,
    );
  for (const id of endingIds)
    if (Object.hasOwn(s.nodes, id))
      at(['endings', id], `duplicate id "${id}": a node has it too; nodes and endings need different ids`, true);

  const flagsSet = new Set<string>();
  for (const node of Object.values(s.nodes))
    for (const c of node.choices) for (const [flag, v] of Object.entries(c.sets ?? {})) if (v) flagsSet.add(flag);

  const checkCondition = (cond: ConditionData | undefined, path: PathSegment[]) => {
    if (!cond) return;
    for (const [flag, want] of Object.entries(cond.flags ?? {})) {
      if (want && !flagsSet.has(flag))
        at([...path, 'flags', flag], `flag "${flag}" is never set by any choice${didYouMean(flag, flagsSet)}`, true);
    }
    const { min, max } = cond.anger ?? {};
    if (min !== undefined && max !== undefined && min > max)
      at([...path, 'anger'], `anger range is empty: min ${min} is above max ${max}`);
  };
  /** The id a reference leads to; a likely typo counts as its correction, so the typo is the only problem reported. */
  const checkTarget = (id: string, path: PathSegment[]): string | undefined => {
    if (allIds.has(id)) return id;
    const guess = closest(id, targets);
    at(path, `unknown node or ending "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
    return guess;
  };

  /** Where each node leads, for the reachability check below. */
  const leadsTo = new Map<string, Set<string>>();
  for (const [nodeId, node] of Object.entries(s.nodes)) {
    const base: PathSegment[] = ['nodes', nodeId];
    const out = new Set<string>();
    const follow = (id: string | undefined) => id !== undefined && out.add(id);
    leadsTo.set(nodeId, out);
    const seen = new Set<string>();
    if (node.timeout?.next) follow(checkTarget(node.timeout.next, [...base, 'timeout', 'next']));
    node.choices.forEach((c, i) => {
      const cp: PathSegment[] = [...base, 'choices', i];
      if (seen.has(c.id))
        at([...cp, 'id'], `duplicate choice id "${c.id}" in node "${nodeId}"; each choice in a node needs its own id`);
      seen.add(c.id);
      c.techniques.forEach((t, j) => {
        if (!findTechnique(t))
          at([...cp, 'techniques', j], `unknown technique "${t}"${didYouMeanOrList(t, techniqueIds)}`);
        else if (c.techniques.indexOf(t) !== j)
          at([...cp, 'techniques', j], `technique "${t}" is listed twice; it would count twice`);
      });
      c.pitfalls.forEach((p, j) => {
        if (!findPitfall(p)) at([...cp, 'pitfalls', j], `unknown pitfall "${p}"${didYouMeanOrList(p, pitfallIds)}`);
        else if (c.pitfalls.indexOf(p) !== j)
          at([...cp, 'pitfalls', j], `pitfall "${p}" is listed twice; it would count twice`);
      });
      checkCondition(c.when, [...cp, 'when']);
      if (typeof c.next === 'string') follow(checkTarget(c.next, [...cp, 'next']));
      else {
        c.next.forEach((b, j) => {
          follow(checkTarget(b.to, [...cp, 'next', j, 'to']));
          checkCondition(b.when, [...cp, 'next', j, 'when']);
        });
        if (c.next.at(-1)?.when)
          at(
            [...cp, 'next', c.next.length - 1],
            'the last branch must have no "when", so that the choice always leads somewhere',
          );
      }
    });
  }
  checkWaysIn(s, at, checkCondition);
  // With no valid start every node would look unreachable: the start problem says enough.
  if (startsAtNode) reportUnreachable(s, leadsTo, at);
  return problems;
}

/** Nodes and endings that no path from the start reaches (the ending for anger 100 is reached from anywhere). */
function reportUnreachable(
  s: ScenarioData,
  leadsTo: ReadonlyMap<string, ReadonlySet<string>>,
  at: (path: PathSegment[], message: string, key?: boolean) => void,
) {
  const reached = new Set<string>([s.start, s.onMaxAnger]);
  const queue = [s.start];
  while (queue.length > 0) {
    for (const next of leadsTo.get(queue.pop()!) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  const why = (id: string) => {
    const from = [...leadsTo].filter(([n, out]) => n !== id && out.has(id)).map(([n]) => `"${n}"`);
    return from.length === 0
      ? 'no choice or timeout leads to it'
      : `only ${from.join(', ')} ${from.length === 1 ? 'leads' : 'lead'} to it, and ${from.length === 1 ? 'that is' : 'those are'} unreachable too`;
  };
  for (const id of Object.keys(s.nodes))
    if (!reached.has(id))
      at(['nodes', id], `node "${id}" is unreachable from the start "${s.start}": ${why(id)}`, true);
  for (const id of Object.keys(s.endings))
    if (!reached.has(id))
      at(['endings', id], `ending "${id}" is unreachable from the start "${s.start}": ${why(id)}`, true);
}

/** A way-in line names replies that can lead to its node, and flags some reply sets. */
function checkWaysIn(
  s: ScenarioData,
  at: (path: PathSegment[], message: string) => void,
  checkCondition: (cond: ConditionData | undefined, path: PathSegment[]) => void,
): void {
  const arriving = new Map<string, Set<string>>();
  for (const node of Object.values(s.nodes))
    for (const c of node.choices) {
      const targets = typeof c.next === 'string' ? [c.next] : c.next.map((b) => b.to);
      for (const t of targets) arriving.set(t, (arriving.get(t) ?? new Set()).add(c.id));
    }
  for (const [nodeId, node] of Object.entries(s.nodes))
    node.sayWhen?.forEach((w, i) => {
      const path: PathSegment[] = ['nodes', nodeId, 'sayWhen', i];
      const ways = arriving.get(nodeId) ?? new Set<string>();
      w.after?.forEach((id, j) => {
        if (!ways.has(id))
          at(
            [...path, 'after', j],
            `no reply "${id}" leads to node "${nodeId}"${ways.size ? didYouMeanOrList(id, [...ways]) : '; no reply leads there'}`,
          );
      });
      checkCondition(w.flags ? { flags: w.flags } : undefined, path);
    });
}
