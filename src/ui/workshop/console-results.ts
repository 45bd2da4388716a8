/**
 * What the room did, as the console and the printed summary show it: per
 * line played (the main line, then each what-if), a table of decisions (the
 * vote, the reply played, the best reply, agreement, the pitfalls leaned to)
 * and, once the line ended, its outcome, score and costliest turn.
 */
import type { Scenario } from '../../engine/index.ts';
import { findPitfall } from '../../engine/index.ts';
import type { LineResult } from '../../app/workshop/room-results.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { h } from '../dom.ts';
import { letter } from './workshop-format.ts';

const W = M.workshop;

export function lineTable(s: Scenario, line: LineResult, bestPossible: number): HTMLElement {
  const d = line.debrief;
  const name = line.whatIfFrom ? W.whatIfLine(line.whatIfFrom) : W.mainLine;
  return h(
    'section',
    { class: 'ws-line-result' },
    h('h3', {}, `${s.data.title}: ${name}`),
    d
      ? h(
          'p',
          { class: 'ws-line-outcome' },
          `${d.outcome.title ?? M.outcomeKind[d.outcome.kind]} · ${W.roomScore(d.score.total, bestPossible)}`,
          d.costliest ? ` · ${W.costliest(d.costliest.index, d.costliest.cost)}` : '',
        )
      : h('p', { class: 'muted' }, W.lineNotOver),
    line.decisions.length
      ? h(
          'table',
          { class: 'ws-table' },
          h('caption', { class: 'visually-hidden' }, `${W.resultsTable}: ${name}`),
          h('thead', {}, h('tr', {}, ...W.resultsHeadings.map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            ...line.decisions.map((x) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, String(x.number)),
                h('td', {}, x.votes.map((v) => `${letter(v.letter)} ${v.count}`).join(' · ')),
                h('td', {}, `${letter(x.played.letter)}: ${x.played.text}`),
                h('td', {}, x.best ? `${letter(x.best.letter)}: ${x.best.text}` : '–'),
                h('td', {}, x.agreement === undefined ? '–' : `${Math.round(x.agreement * 100)}%`),
                h('td', {}, x.leanedTo.map((p) => findPitfall(p)?.name ?? p).join(', ') || '–'),
              ),
            ),
          ),
        )
      : null,
  );
}
