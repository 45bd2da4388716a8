/** Plain-text renderings of a conversation and its debrief for the terminal. */
import { moodOf, partlyRight, type Debrief } from '../engine/index.ts';
import { MESSAGES as M } from '../messages/index.ts';

export function angerBar(anger: number, width = 10): string {
  const filled = Math.round((anger / 100) * width);
  return `Anger ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${anger} ${moodOf(anger)}`;
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** A small chart: one column per point, five rows for the mood bands. */
export function curveChart(points: readonly { anger: number }[]): string[] {
  const rows = ['furious', 'angry', 'frustrated', 'annoyed', 'calm'];
  return rows
    .map((label, r) => {
      const floor = (4 - r) * 20;
      const cells = points.map((p) =>
        (p.anger >= floor && p.anger < floor + 20) || (r === 0 && p.anger === 100) ? '●' : p.anger >= floor ? '│' : ' ',
      );
      return `  ${label.padStart(10)} ┤${cells.join(' ')}`;
    })
    .concat(`  ${''.padStart(10)} └${points.map((_, i) => String(i % 10)).join(' ')}  (turn)`);
}

export function debriefText(d: Debrief, bestPossible?: number): string[] {
  const s = d.score;
  const lines = [
    '',
    `══ Debrief: ${M.outcomeTitle(d.outcome)} ══`,
    `"${d.outcome.lastWords}"`,
    d.outcome.summary,
    '',
    `Score ${s.total}/100${bestPossible !== undefined ? ` (best possible here: ${bestPossible})` : ''} — ${M.rating[s.rating]}`,
    `  outcome ${s.outcome} · anger brought down ${s.calmed} · techniques ${s.techniques} · pitfalls ${s.pitfalls} · timeliness ${s.timeliness}`,
    '',
    'Anger curve:',
    ...curveChart(d.curve),
    '',
    'Transcript:',
  ];
  for (const t of d.transcript) {
    lines.push(`  ${t.index}. Customer: ${t.customer}`);
    lines.push(
      `     You: ${t.choiceId === null ? M.noAnswer : t.reply}   [anger ${signed(t.change)} → ${t.angerAfter}]`,
    );
    if (t.choiceId !== null && t.reaction) lines.push(`     Customer: ${t.reaction}`);
    const tags = [...t.techniques.map((x) => `✓ ${x.name}`), ...t.pitfalls.map((x) => `✗ ${x.name}`)];
    if (tags.length) lines.push(`     ${tags.join(' · ')}`);
    if (partlyRight(t))
      lines.push(
        `     ${M.partlyRight(
          t.techniques.map((x) => x.name),
          t.pitfalls.map((x) => x.name),
        )}`,
      );
    lines.push(`     ${t.choiceId === null ? M.silenceFeedback : t.feedback}`);
  }
  if (d.costliest) {
    const c = d.costliest;
    lines.push(
      '',
      `Costliest turn: ${c.index} (${c.choiceId === null ? M.noAnswer : `"${c.reply}"`}, ${c.cost} points, anger ${signed(c.change)})`,
      `  Better: "${c.alternative.text}" (anger ${signed(c.alternative.change)})`,
      `  ${c.alternative.feedback}`,
    );
  }
  lines.push(
    '',
    'De-escalation arc:',
    ...d.arc.map((a) => `  [${a.done ? 'x' : ' '}] ${M.arcStep[a.step]}${a.turn ? ` (turn ${a.turn})` : ''}`),
  );
  lines.push('', 'To think about:', ...d.reflection.map((q) => `  • ${M.reflectionPrompt(q)}`));
  if (d.breather) lines.push('', M.breatherAdvice[d.breather]);
  return lines;
}
