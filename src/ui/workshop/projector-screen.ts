/**
 * The projector's picture of a workshop, drawn from the view the console
 * sends (src/app/workshop/projector-view.ts): the customer large with the
 * anger meter, their words, the replies lettered A–D; the room's vote and
 * what every reply would do once the facilitator reveals them; the group
 * results at an ending. Big type and high contrast for the back of a room,
 * nothing in the corners a projector crops. Used by the projector window and
 * by the console's own full-screen view.
 */
import type { Scenario } from '../../engine/index.ts';
import { findPitfall, findTechnique, moodOf } from '../../engine/index.ts';
import type { ProjectorView, ResultsView, TurnView } from '../../app/workshop/projector-view.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { h } from '../dom.ts';
import type { StagePort, StageView } from '../stage-port.ts';
import { AngerMeter } from '../widgets/anger-meter.ts';
import { clockText, letter } from './workshop-format.ts';
import './workshop.css';

const W = M.workshop;

export interface ProjectorPicture {
  element: HTMLElement;
  /** What the canvas draws behind it: the customer, or the anger curve at the results. */
  stage: StageView;
}

const names = (ids: readonly string[], find: (id: string) => { name: string } | undefined) =>
  ids.map((id) => find(id)?.name ?? id).join(', ');

function turnPicture(v: TurnView, s: Scenario): ProjectorPicture {
  const portrait = h('div', { class: 'pj-portrait slot' });
  const meter = new AngerMeter(v.anger, () => true);
  meter.set(v.anger, 0);
  const total = v.votes?.reduce((a, b) => a + b, 0) ?? 0;
  const card = (text: string, i: number) => {
    const outlook = v.outlooks?.[i];
    const count = v.votes?.[i];
    return h(
      'li',
      { class: `pj-reply${outlook?.best ? ' is-best' : ''}` },
      h('span', { class: 'pj-letter', 'aria-hidden': 'true' }, letter(i)),
      h(
        'div',
        { class: 'pj-reply-body' },
        h('span', { class: 'visually-hidden' }, `${W.replyLetter(letter(i))}: `),
        outlook
          ? h(
              'div',
              { class: 'pj-outlook' },
              h(
                'p',
                { class: 'pj-change' },
                M.angerChange(outlook.change, outlook.angerAfter, M.mood[moodOf(outlook.angerAfter)]),
                outlook.best ? h('strong', { class: 'pj-best' }, ` · ${W.bestHere}`) : null,
              ),
              outlook.techniques.length
                ? h('p', { class: 'pj-tags good' }, `${W.techniques}: ${names(outlook.techniques, findTechnique)}`)
                : null,
              outlook.pitfalls.length
                ? h('p', { class: 'pj-tags weak' }, `${W.pitfalls}: ${names(outlook.pitfalls, findPitfall)}`)
                : null,
              h(
                'p',
                { class: 'pj-then' },
                outlook.then.kind === 'ending'
                  ? `${M.outcomeKind[outlook.then.ending]}: “${outlook.then.lastWords}”`
                  : `“${outlook.reaction ? `${outlook.reaction} ` : ''}${outlook.then.line}”`,
              ),
            )
          : h('p', { class: 'pj-reply-text' }, text),
        count !== undefined
          ? h(
              'p',
              { class: 'pj-votes' },
              h('span', { class: 'pj-vote-bar', style: { width: `${total ? (count / total) * 100 : 0}%` } }),
              h('span', { class: 'pj-vote-count' }, W.votesFor(count, total)),
            )
          : null,
      ),
    );
  };
  const element = h(
    'div',
    { class: `projector pj-turn${v.outlooks ? ' pj-what-if' : ''}` },
    h(
      'header',
      { class: 'pj-head' },
      h('h1', { class: 'pj-title' }, s.data.title),
      h(
        'p',
        { class: 'pj-decision' },
        v.whatIfFrom ? W.whatIfDecision(v.decision, v.whatIfFrom) : W.decision(v.decision),
      ),
      v.countdown
        ? h(
            'p',
            {
              class: `pj-countdown${v.countdown.left <= 10 ? ' ending' : ''}`,
              role: 'timer',
              'aria-label': W.countdown,
            },
            clockText(v.countdown.left),
          )
        : null,
    ),
    h(
      'div',
      { class: 'pj-main' },
      portrait,
      h(
        'div',
        { class: 'pj-speech' },
        h('div', { class: 'pj-who' }, h('p', { class: 'pj-name' }, s.persona.name), meter.element),
        h(
          'blockquote',
          { class: 'pj-line' },
          v.reaction ? h('p', { class: 'pj-reaction' }, v.reaction) : null,
          h('p', {}, v.line),
        ),
      ),
    ),
    h('ol', { class: 'pj-replies', 'aria-label': W.replies }, ...v.replies.map(card)),
  );
  return { element, stage: { scene: 'briefing', slot: portrait, scenario: s, anger: v.anger } };
}

function resultsPicture(v: ResultsView, s: Scenario): ProjectorPicture {
  const [line] = v.lines;
  const d = line!.debrief!;
  const chart = h('div', {
    class: 'pj-chart slot',
    role: 'img',
    'aria-label': W.curveLabel(d.curve.map((p) => p.anger)),
  });
  const portrait = h('div', { class: 'pj-result-portrait slot' });
  const rows = line!.decisions.map((x) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, String(x.number)),
      h('td', {}, x.votes.map((vote) => `${letter(vote.letter)} ${vote.count}`).join(' · ')),
      h('td', {}, letter(x.played.letter)),
      h('td', {}, x.best ? letter(x.best.letter) : '–'),
      h('td', {}, x.agreement === undefined ? '–' : `${Math.round(x.agreement * 100)}%`),
      h('td', {}, names(x.leanedTo, findPitfall) || '–'),
    ),
  );
  const costly = d.costliest;
  const element = h(
    'div',
    { class: 'projector pj-results' },
    h(
      'header',
      { class: 'pj-head' },
      h('h1', { class: 'pj-title' }, s.data.title),
      h('p', { class: 'pj-decision' }, line!.whatIfFrom ? W.whatIfLine(line!.whatIfFrom) : W.mainLine),
    ),
    h(
      'div',
      { class: 'pj-result-top' },
      h('div', { class: 'pj-result-pictures' }, portrait, chart),
      h(
        'div',
        { class: 'pj-result-facts' },
        h('p', { class: 'pj-outcome' }, d.outcome.title ?? M.outcomeKind[d.outcome.kind]),
        h('p', { class: 'pj-score' }, W.roomScore(d.score.total, v.bestPossible)),
        costly ? h('p', { class: 'pj-costly' }, W.costliest(costly.index, costly.cost)) : null,
      ),
    ),
    h(
      'table',
      { class: 'pj-table' },
      h('caption', { class: 'visually-hidden' }, W.resultsTable),
      h('thead', {}, h('tr', {}, ...W.resultsHeadings.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows),
    ),
  );
  return {
    element,
    stage: {
      scene: 'debrief',
      chart,
      portrait,
      persona: s.persona,
      curve: d.curve,
      outcome: d.outcome.kind,
      ...(costly ? { costliestTurn: costly.index } : {}),
    },
  };
}

/** The picture for a view; undefined scenario (not in this version's library) shows the waiting screen. */
export function projectorPicture(v: ProjectorView, scenarios: readonly Scenario[]): ProjectorPicture {
  const s = 'scenarioId' in v ? scenarios.find((x) => x.data.id === v.scenarioId) : undefined;
  if (v.kind === 'turn' && s) return turnPicture(v, s);
  if (v.kind === 'results' && s && v.lines[0]?.debrief) return resultsPicture(v, s);
  const blank = v.kind === 'blank';
  return {
    element: h(
      'div',
      { class: `projector pj-${blank ? 'blank' : 'waiting'}` },
      h('h1', { class: blank ? 'visually-hidden' : 'pj-waiting' }, blank ? W.blanked : W.waiting),
    ),
    stage: { scene: 'plain' },
  };
}

/** The view with its countdown left out: two views alike but for it show the same picture. */
const withoutClock = (v: ProjectorView) => JSON.stringify({ ...v, countdown: undefined });

/**
 * Shows each view the console sends in `host`, with the canvas behind it. A
 * countdown's tick changes only the clock's text: the picture (and the scene
 * drawing the customer) is built again only when something else changed.
 */
export class ProjectorDisplay {
  private shown: ProjectorView | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly stage: StagePort,
    private readonly scenarios: readonly Scenario[],
    /** Controls kept beside the picture (full screen, back to the console). */
    private readonly beside: readonly HTMLElement[] = [],
  ) {}

  show(view: ProjectorView): void {
    const clock = this.host.querySelector<HTMLElement>('.pj-countdown');
    if (
      this.shown &&
      clock &&
      view.kind === 'turn' &&
      view.countdown &&
      withoutClock(view) === withoutClock(this.shown)
    ) {
      clock.textContent = clockText(view.countdown.left);
      clock.classList.toggle('ending', view.countdown.left <= 10);
    } else {
      const picture = projectorPicture(view, this.scenarios);
      this.host.replaceChildren(picture.element, ...this.beside);
      this.stage.show(picture.stage);
    }
    this.shown = view;
  }
}
