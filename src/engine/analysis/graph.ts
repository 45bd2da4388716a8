/**
 * The scenario graph as Mermaid or Graphviz DOT: nodes coloured by stage,
 * endings by kind (shape and colour), edges labelled with the reply id and its anger change at
 * that node (the persona model's figure), the best line drawn bold.
 */
import type { Stage } from '../catalogue/stage.ts';
import type { Scenario } from '../content/scenario.ts';
import type { EndingKind } from '../content/schema.ts';
import { react } from '../model/reaction.ts';
import type { Analysis } from './analyse.ts';

const STAGE_COLOURS: Record<Stage, string> = {
  venting: '#f4c7c3',
  disarming: '#fce8b2',
  solving: '#b7e1cd',
  closing: '#c9daf8',
};
const ENDING_COLOURS: Record<EndingKind, string> = {
  resolved: '#57bb8a',
  escalated: '#f6b26b',
  boundary: '#9fc5e8',
  lost: '#e06666',
};

interface Edge {
  from: string;
  to: string;
  label: string;
  best: boolean;
}

function edges(s: Scenario, a: Analysis): Edge[] {
  // The best line's steps (node, reply, where it led), found by replaying it: a reply with branches is bold only on the branch taken.
  const bestSteps = new Set<string>();
  if (a.best) {
    let i = a.graph.start;
    for (const id of a.best.choices) {
      const m = a.graph.moves[i]!.find((x) => x.choiceId === id)!;
      bestSteps.add(`${a.graph.positions[i]!.at}/${id ?? ''}/${a.graph.positions[m.to]!.at}`);
      i = m.to;
    }
  }
  const out: Edge[] = [];
  for (const [nodeId, node] of Object.entries(s.data.nodes)) {
    for (const c of node.choices) {
      const change = react(c, node.stage, s.persona).delta;
      const targets = typeof c.next === 'string' ? [c.next] : c.next.map((b) => b.to);
      for (const to of new Set(targets))
        out.push({
          from: nodeId,
          to,
          label: `${c.id} ${change > 0 ? '+' : ''}${change}`,
          best: bestSteps.has(`${nodeId}/${c.id}/${to}`),
        });
    }
    if (node.timeout?.next)
      out.push({
        from: nodeId,
        to: node.timeout.next,
        label: 'silence',
        best: bestSteps.has(`${nodeId}//${node.timeout.next}`),
      });
  }
  return out;
}

/** Endings are told apart by shape as well as colour, for readers who do not see the colours. */
const MERMAID_SHAPES: Record<EndingKind, [string, string]> = {
  resolved: ['([', '])'],
  escalated: ['{{', '}}'],
  boundary: ['[/', '\\]'],
  lost: ['(((', ')))'],
};
const DOT_SHAPES: Record<EndingKind, string> = {
  resolved: 'ellipse',
  escalated: 'hexagon',
  boundary: 'trapezium',
  lost: 'doubleoctagon',
};

// Prefixed, so an id such as "end" (a Mermaid keyword) cannot break the chart.
const mermaidId = (id: string) => `n_${id.replace(/-/g, '_')}`;

export function toMermaid(s: Scenario, a: Analysis): string {
  const lines = ['flowchart TD'];
  for (const [id, node] of Object.entries(s.data.nodes))
    lines.push(
      `  ${mermaidId(id)}["${id}<br/>${node.stage}"]`,
      `  style ${mermaidId(id)} fill:${STAGE_COLOURS[node.stage]}`,
    );
  for (const [id, e] of Object.entries(s.data.endings))
    lines.push(
      `  ${mermaidId(id)}${MERMAID_SHAPES[e.kind][0]}"${id}<br/>${e.kind}${id === s.data.onMaxAnger ? ' (anger 100, any node)' : ''}"${MERMAID_SHAPES[e.kind][1]}`,
      `  style ${mermaidId(id)} fill:${ENDING_COLOURS[e.kind]}`,
    );
  const all = edges(s, a);
  all.forEach((e) => lines.push(`  ${mermaidId(e.from)} ${e.best ? '==>' : '-->'}|"${e.label}"| ${mermaidId(e.to)}`));
  return lines.join('\n') + '\n';
}

export function toDot(s: Scenario, a: Analysis): string {
  const q = (t: string) => `"${t.replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  const lines = [
    `digraph ${q(s.data.id)} {`,
    '  rankdir=TB; nodesep=1.2; ranksep=1.1;',
    '  node [fontname="Helvetica", style=filled];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const [id, node] of Object.entries(s.data.nodes))
    lines.push(
      `  ${q(id)} [shape=box, label=${q(`${id}\n${node.stage}`)}, fillcolor=${q(STAGE_COLOURS[node.stage])}];`,
    );
  for (const [id, e] of Object.entries(s.data.endings))
    lines.push(
      `  ${q(id)} [shape=${DOT_SHAPES[e.kind]}, label=${q(`${id}\n${e.kind}${id === s.data.onMaxAnger ? ' (anger 100, any node)' : ''}`)}, fillcolor=${q(ENDING_COLOURS[e.kind])}];`,
    );
  for (const e of edges(s, a))
    lines.push(`  ${q(e.from)} -> ${q(e.to)} [label=${q(e.label)}${e.best ? ', penwidth=3, color="#1a7f5a"' : ''}];`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
