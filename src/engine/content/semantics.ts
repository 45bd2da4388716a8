/**
 * Checks that need more than the schema: references between parts of a file,
 * ids from the catalogue, and flags that are read but never written.
 */
import { findPitfall, findTechnique, PITFALLS, TECHNIQUES } from '../catalogue/index.ts';
import type { ContentProblem, PathSegment } from './problem.ts';
import type { ConditionData, PersonaData, ScenarioData } from './schema.ts';
import { didYouMean } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

const techniqueIds = TECHNIQUES.map((t) => t.id);
const pitfallIds = PITFALLS.map((p) => p.id);

export function checkPersona(source: YamlSource, persona: PersonaData): ContentProblem[] {
  const problems: ContentProblem[] = [];
  persona.hotButtons.forEach((id, i) => {
    if (!findPitfall(id)) problems.push(source.problem(['hotButtons', i], `unknown pitfall "${id}"${didYouMean(id, pitfallIds)}`));
  });
  persona.soothedBy.forEach((id, i) => {
    if (!findTechnique(id)) problems.push(source.problem(['soothedBy', i], `unknown technique "${id}"${didYouMean(id, techniqueIds)}`));
  });
  return problems;
}

export function checkScenario(source: YamlSource, s: ScenarioData, personaIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: PathSegment[], message: string, key = false) => problems.push(source.problem(path, message, { key }));
  const nodeIds = Object.keys(s.nodes);
  const endingIds = Object.keys(s.endings);
  const allIds = new Set([...nodeIds, ...endingIds]);
  const targets = [...allIds];

  if (!personaIds.has(s.persona)) at(['persona'], `unknown persona "${s.persona}"${didYouMean(s.persona, personaIds)}; add scenarios/personas/${s.persona}.yaml`);
  if (!Object.hasOwn(s.nodes, s.start)) {
    at(['start'], Object.hasOwn(s.endings, s.start) ? `start must be a node, but "${s.start}" is an ending` : `unknown node "${s.start}"${didYouMean(s.start, nodeIds)}`);
  }
  const maxEnding = s.endings[s.onMaxAnger];
  if (!maxEnding) at(['onMaxAnger'], `unknown ending "${s.onMaxAnger}"${didYouMean(s.onMaxAnger, endingIds)}`);
  else if (maxEnding.kind !== 'lost') at(['onMaxAnger'], `expected an ending of kind lost, found "${s.onMaxAnger}" of kind ${maxEnding.kind}`);
  for (const id of endingIds) if (Object.hasOwn(s.nodes, id)) at(['endings', id], `duplicate id "${id}": a node already has it`, true);

  const flagsSet = new Set<string>();
  for (const node of Object.values(s.nodes)) for (const c of node.choices) for (const [flag, v] of Object.entries(c.sets ?? {})) if (v) flagsSet.add(flag);

  const checkCondition = (cond: ConditionData | undefined, path: PathSegment[]) => {
    if (!cond) return;
    for (const [flag, want] of Object.entries(cond.flags ?? {})) {
      if (want && !flagsSet.has(flag)) at([...path, 'flags', flag], `flag "${flag}" is never set by any choice${didYouMean(flag, flagsSet)}`, true);
    }
    const { min, max } = cond.anger ?? {};
    if (min !== undefined && max !== undefined && min > max) at([...path, 'anger'], `anger range is empty: min ${min} is above max ${max}`);
  };
  const checkTarget = (id: string, path: PathSegment[]) => {
    if (!allIds.has(id)) at(path, `unknown node or ending "${id}"${didYouMean(id, targets)}`);
  };

  const reached = new Set<string>([s.start, s.onMaxAnger]);
  for (const [nodeId, node] of Object.entries(s.nodes)) {
    const base: PathSegment[] = ['nodes', nodeId];
    const seen = new Set<string>();
    if (node.timeout?.next) {
      checkTarget(node.timeout.next, [...base, 'timeout', 'next']);
      reached.add(node.timeout.next);
    }
    node.choices.forEach((c, i) => {
      const cp: PathSegment[] = [...base, 'choices', i];
      if (seen.has(c.id)) at([...cp, 'id'], `duplicate choice id "${c.id}" in node "${nodeId}"`);
      seen.add(c.id);
      c.techniques.forEach((t, j) => {
        if (!findTechnique(t)) at([...cp, 'techniques', j], `unknown technique "${t}"${didYouMean(t, techniqueIds)}`);
      });
      c.pitfalls.forEach((p, j) => {
        if (!findPitfall(p)) at([...cp, 'pitfalls', j], `unknown pitfall "${p}"${didYouMean(p, pitfallIds)}`);
      });
      checkCondition(c.when, [...cp, 'when']);
      if (typeof c.next === 'string') {
        checkTarget(c.next, [...cp, 'next']);
        reached.add(c.next);
      } else {
        c.next.forEach((b, j) => {
          checkTarget(b.to, [...cp, 'next', j, 'to']);
          checkCondition(b.when, [...cp, 'next', j, 'when']);
          reached.add(b.to);
        });
        if (c.next.at(-1)?.when) at([...cp, 'next', c.next.length - 1], 'the last branch must have no "when", so that the choice always leads somewhere');
      }
    });
  }
  for (const id of nodeIds) if (!reached.has(id)) at(['nodes', id], `node "${id}" is unreachable: no choice or timeout leads to it`, true);
  for (const id of endingIds) if (!reached.has(id)) at(['endings', id], `ending "${id}" is unreachable: no choice or timeout leads to it`, true);
  return problems;
}
