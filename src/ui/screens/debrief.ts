/**
 * The debrief: outcome and the customer's last words; the score with each part
 * beside the best this scenario allows; the anger curve over the mood bands
 * (drawn on the canvas, listed in text for screen readers); the turn that cost
 * most with a better reply; the transcript with techniques, pitfalls, anger
 * change and feedback; the de-escalation arc; questions to reflect on; a
 * breather after a hard call; and the way on: replay, next scenario, library.
 */
import { bestBreakdown } from '../../app/best-line.ts';
import { nextScenario } from '../../app/scenario-facts.ts';
import { partlyRight, type Scenario, type ScoreBreakdown } from '../../engine/index.ts';
import type { Attempt } from '../../app/progress-service.ts';
import type { Screen, UiContext } from '../context.ts';
import { download } from '../download.ts';
import { h } from '../dom.ts';
import { icon } from '../icons.ts';
import type { AttemptNotKept } from '../../app/attempt-not-kept.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { publishScreen } from '../state-hook.ts';
import { topBar } from '../widgets/top-bar.ts';

type Part = 'outcome' | 'calmed' | 'techniques' | 'pitfalls' | 'timeliness';
const PARTS: readonly Part[] = ['outcome', 'calmed', 'techniques', 'pitfalls', 'timeliness'];

function scoreCard(
  d: Attempt['debrief'],
  bestTotal: number | undefined,
  best: ScoreBreakdown | undefined,
): HTMLElement {
  const scale = Math.max(
    45,
    ...PARTS.map((p) => Math.abs(d.score[p])),
    ...(best ? PARTS.map((p) => Math.abs(best[p])) : []),
  );
  const bar = (value: number, cls: string) =>
    h('span', {
      class: `part-bar ${cls}${value < 0 ? ' negative' : value === 0 ? ' zero' : ''}`,
      // Through the CSSOM: a style attribute is dropped under the page's policy (docs/deployment.md).
      style: { width: `${(Math.abs(value) / scale) * 100}%` },
    });
  return h(
    'section',
    { class: 'score-card', 'aria-labelledby': 'score-title' },
    h('h2', { id: 'score-title', class: 'visually-hidden' }, M.score),
    h(
      'div',
      { class: 'score-head' },
      h(
        'p',
        { class: 'score-total' },
        h('span', { class: 'score-number' }, String(d.score.total)),
        h('span', { class: 'score-of' }, '/ 100'),
        h('span', { class: 'visually-hidden' }, ` ${M.scoreLine(d.score.total, bestTotal)}`),
      ),
      h(
        'div',
        { class: 'score-side' },
        h('p', { class: `rating rating-${d.score.rating}` }, M.rating[d.score.rating]),
        h('p', { class: 'muted' }, bestTotal !== undefined ? M.bestPossible(bestTotal) : M.bestUnknown),
      ),
    ),
    bestTotal !== undefined
      ? h(
          'div',
          { class: 'score-track', 'aria-hidden': 'true' },
          h('span', { class: 'score-fill', style: { width: `${d.score.total}%` } }),
          h('span', { class: 'score-best', style: { left: `${bestTotal}%` } }),
        )
      : null,
    h('h3', {}, M.breakdown),
    h(
      'table',
      { class: 'breakdown' },
      h('caption', { class: 'visually-hidden' }, M.breakdown),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, M.part),
          h('th', { scope: 'col' }, M.you),
          best ? h('th', { scope: 'col' }, M.bestShort) : null,
        ),
      ),
      h(
        'tbody',
        {},
        ...PARTS.map((p) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              M.parts[p]!,
              h(
                'span',
                { class: 'bars', 'aria-hidden': 'true' },
                bar(d.score[p], 'you'),
                best ? bar(best[p], 'best') : null,
              ),
            ),
            h('td', {}, M.points(d.score[p])),
            best ? h('td', {}, M.points(best[p])) : null,
          ),
        ),
      ),
    ),
  );
}

function transcript(customer: string, d: Attempt['debrief']): HTMLElement {
  return h(
    'ol',
    { class: 'transcript' },
    ...d.transcript.map((t) =>
      h(
        'li',
        { class: 'turn' },
        h(
          'p',
          { class: 'turn-head' },
          h('span', { class: 'turn-number' }, M.turn(t.index)),
          h('span', { class: `change ${t.change > 0 ? 'up' : t.change < 0 ? 'down' : 'flat'}` }, M.change(t.change)),
          ` → ${t.angerAfter}`,
        ),
        h('p', { class: 'turn-customer' }, h('span', { class: 'who' }, `${customer}:`), ' ', t.customer),
        h(
          'p',
          { class: 'turn-reply' },
          h('span', { class: 'who' }, `${M.you}:`),
          ' ',
          t.choiceId === null ? M.noAnswer : t.reply,
        ),
        // The customer's answer to that reply, when it drew one of its own.
        t.choiceId !== null && t.reaction
          ? h(
              'p',
              { class: 'turn-customer turn-reaction' },
              h('span', { class: 'who' }, `${customer}:`),
              ' ',
              t.reaction,
            )
          : null,
        t.techniques.length || t.pitfalls.length
          ? h(
              'ul',
              { class: 'tags' },
              ...t.techniques.map((x) =>
                h(
                  'li',
                  { class: 'tag good' },
                  icon('check', 16),
                  h('span', { class: 'visually-hidden' }, `${M.usedTechnique}: `),
                  x.name,
                ),
              ),
              ...t.pitfalls.map((x) =>
                h(
                  'li',
                  { class: 'tag bad' },
                  icon('cross', 16),
                  h('span', { class: 'visually-hidden' }, `${M.committedPitfall}: `),
                  x.name,
                ),
              ),
            )
          : null,
        partlyRight(t)
          ? h(
              'p',
              { class: 'verdict partly-right' },
              M.partlyRight(
                t.techniques.map((x) => x.name),
                t.pitfalls.map((x) => x.name),
              ),
            )
          : null,
        h('p', { class: 'feedback' }, t.choiceId === null ? M.silenceFeedback : t.feedback),
      ),
    ),
  );
}

/** `s` is the scenario played, or undefined when this version does not have it: the saved debrief shows all the same. */
export async function debriefScreen(
  ctx: UiContext,
  s: Scenario | undefined,
  which: string | AttemptNotKept,
): Promise<Screen> {
  const notKept = typeof which === 'string' ? undefined : which;
  const attempt = notKept ? notKept.attempt : await ctx.progress.attempt(ctx.profileId, which as string);
  if (!attempt) throw new Error(M.noSuchAttempt);
  const d = attempt.debrief;
  // The best line's breakdown only fits the scenario version that was played.
  const best = s && attempt.scenarioHash === s.hash ? bestBreakdown(s, ctx.analyses.of(s)) : undefined;
  const next = s ? nextScenario(ctx.library.scenarios, s) : undefined;
  const customer = s?.persona.name ?? M.customer;
  publishScreen({
    screen: 'debrief',
    scenarioId: attempt.scenarioId,
    outcome: d.outcome.kind,
    score: d.score.total,
    curve: d.curve.length,
    turns: d.transcript.length,
    ...(attempt.bestPossible !== undefined ? { best: attempt.bestPossible } : {}),
  });

  const portrait = h('div', { class: 'outcome-portrait slot' });
  const chart = h('div', { class: 'chart-slot slot' });
  const heading = h(
    'h1',
    { tabindex: -1 },
    h('span', { class: 'visually-hidden' }, `${M.debrief}: `),
    M.outcomeTitle(d.outcome),
  );
  const replay = () => s && ctx.show('conversation', s);
  const actions = () =>
    h(
      'div',
      { class: 'actions' },
      s
        ? h('button', { type: 'button', class: 'primary', onclick: replay }, icon('restart'), h('span', {}, M.replay))
        : null,
      next
        ? h(
            'button',
            { type: 'button', onclick: () => ctx.show('briefing', next) },
            h('span', {}, M.next(next.data.title)),
            icon('next'),
          )
        : null,
      h(
        'button',
        { type: 'button', onclick: () => ctx.show('library') },
        icon('library'),
        h('span', {}, M.backToLibrary),
      ),
    );

  const element = h(
    'section',
    { class: `screen debrief outcome-${d.outcome.kind}` },
    topBar({
      back: { label: M.backToLibrary, onClick: () => ctx.show('library') },
      context: `${M.debrief} · ${s?.data.title ?? attempt.scenarioTitle}`,
    }),
    h(
      'div',
      { class: 'screen-body split debrief-body', 'data-scroll': true },
      h(
        'div',
        { class: 'debrief-main' },
        notKept ? notKeptWarning(ctx, notKept) : null,
        s ? null : h('p', { class: 'muted not-here' }, M.scenarioNotHereDebrief(attempt.scenarioTitle)),
        h(
          'section',
          { class: 'outcome-card' },
          portrait,
          h(
            'div',
            { class: 'outcome-text' },
            h(
              'p',
              { class: `outcome-badge ${d.outcome.kind}` },
              icon(d.outcome.kind === 'lost' ? 'cross' : 'check', 18),
              M.outcomeKind[d.outcome.kind],
            ),
            heading,
            h(
              'blockquote',
              { class: 'last-words' },
              h('span', { class: 'visually-hidden' }, `${M.lastWords}: `),
              `“${d.outcome.lastWords}”`,
              h('footer', {}, `— ${customer}`),
            ),
          ),
        ),
        h('p', { class: 'summary' }, d.outcome.summary),
        scoreCard(d, attempt.bestPossible, best),
        h(
          'section',
          { class: 'curve-card', 'aria-labelledby': 'curve-title' },
          h('h2', { id: 'curve-title' }, M.curve),
          chart,
          h(
            'ol',
            { class: 'curve-points visually-hidden' },
            // The ringed point on the chart, said in words: the costliest turn, by points.
            ...d.curve.map((p) =>
              h(
                'li',
                {},
                M.curvePoint(p.turn, p.anger, M.mood[p.mood]) +
                  (p.turn === d.costliest?.index ? ` (${M.costliestMark})` : ''),
              ),
            ),
          ),
        ),
        d.breather
          ? h(
              'section',
              { class: 'breather' },
              h('h2', {}, icon('leaf', 22), M.breather),
              h('p', {}, M.breatherAdvice[d.breather]),
            )
          : null,
        actions(),
      ),
      h(
        'div',
        { class: 'panel debrief-panel' },
        d.costliest
          ? h(
              'section',
              { class: 'costliest' },
              h('h2', {}, M.costliest),
              h('p', {}, M.costliestIntro(d.costliest)),
              h(
                'p',
                { class: 'quote bad' },
                h('span', { class: 'label' }, M.yourWords),
                d.costliest.choiceId === null ? M.noAnswer : `“${d.costliest.reply}”`,
              ),
              h(
                'p',
                { class: 'quote good' },
                h('span', { class: 'label' }, M.betterWas),
                `“${d.costliest.alternative.text}”`,
              ),
              h('p', { class: 'feedback' }, d.costliest.alternative.feedback),
            )
          : null,
        h(
          'section',
          { 'aria-labelledby': 'arc-title' },
          h('h2', { id: 'arc-title' }, M.arc),
          h(
            'ol',
            { class: 'arc' },
            ...d.arc.map((a) =>
              h(
                'li',
                { class: a.done ? 'done' : 'missed' },
                icon(a.done ? 'check' : 'cross', 18),
                h('span', { class: 'arc-label' }, M.arcStep[a.step]),
                h('span', { class: 'arc-state' }, a.done ? M.arcDone(a.turn) : M.arcMissed),
              ),
            ),
          ),
        ),
        h(
          'section',
          { 'aria-labelledby': 'transcript-title' },
          h('h2', { id: 'transcript-title' }, M.transcript),
          transcript(customer, d),
        ),
        h(
          'section',
          { 'aria-labelledby': 'reflection-title' },
          h('h2', { id: 'reflection-title' }, M.reflection),
          h('ul', { class: 'reflection' }, ...d.reflection.map((q) => h('li', {}, M.reflectionPrompt(q)))),
        ),
        actions(),
      ),
    ),
  );

  return {
    element,
    focus: heading,
    stage: () => ({
      scene: 'debrief',
      chart,
      portrait,
      ...(s ? { persona: s.persona } : {}),
      curve: d.curve,
      outcome: d.outcome.kind,
      ...(d.costliest ? { costliestTurn: d.costliest.index } : {}),
    }),
  };
}

/** The attempt could not be kept: say why and what to do, and offer it as a file to import later. */
function notKeptWarning(ctx: UiContext, notKept: AttemptNotKept): HTMLElement {
  const save = async () => {
    const { attempt } = notKept;
    const profile = (await ctx.profiles.get(attempt.profileId)) ?? {
      id: attempt.profileId,
      name: M.freshProfileName,
      createdAt: attempt.startedAt,
    };
    download(await ctx.backups.exportAttempt(attempt, profile));
  };
  return h(
    'section',
    { class: 'not-kept', role: 'alert' },
    h('h2', {}, M.notKeptTitle),
    h('p', {}, M.notKept[notKept.reason]),
    h('button', { type: 'button', onclick: () => void save() }, icon('download'), h('span', {}, M.saveAttemptFile)),
  );
}
