import type { Scenario } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { publishScreen } from '../state-hook.ts';
import { MESSAGES as M } from '../messages.ts';
import type { Screen, UiContext } from '../context.ts';

export async function debriefScreen(ctx: UiContext, s: Scenario, attemptId: string): Promise<Screen> {
  const attempt = (await ctx.repo.attempts(ctx.profileId)).find((a) => a.id === attemptId);
  if (!attempt) throw new Error(`No saved attempt ${attemptId}`);
  const d = attempt.debrief;
  ctx.stage.showCurve(d.curve);
  publishScreen({ screen: 'debrief', scenarioId: s.data.id, outcome: d.outcome.kind, score: d.score.total, curve: d.curve.length, turns: d.transcript.length });
  const heading = h('h1', { tabindex: -1 }, `${M.debrief}: ${d.outcome.title}`);
  const part = (key: keyof typeof M.parts) => h('li', {}, `${M.parts[key]}: ${d.score[key as 'outcome']}`);
  return {
    focus: heading,
    element: h('section', { class: 'screen debrief' },
      heading,
      h('blockquote', {}, `“${d.outcome.lastWords}”`),
      h('p', {}, d.outcome.summary),
      h('p', { class: 'score' }, `${M.score(d.score.total, attempt.bestPossible)} — ${d.score.rating}`),
      h('h2', {}, M.breakdown),
      h('ul', { class: 'breakdown' }, part('outcome'), part('calmed'), part('techniques'), part('pitfalls'), part('timeliness')),
      h('h2', {}, M.curve),
      h('ul', { class: 'curve-points' }, ...d.curve.map((p) => h('li', {}, M.curvePoint(p.turn, p.anger, p.mood)))),
      h('h2', {}, M.transcript),
      h('ol', { class: 'transcript' },
        ...d.transcript.map((t) =>
          h('li', {},
            h('p', {}, `${s.persona.name}: ${t.customer}`),
            h('p', { class: 'reply' }, `${M.you}: ${t.reply}`),
            h('p', { class: 'meta' }, [...t.techniques.map((x) => `✓ ${x.name}`), ...t.pitfalls.map((x) => `✗ ${x.name}`), `anger ${t.change > 0 ? '+' : ''}${t.change} → ${t.angerAfter}`].join(' · ')),
            h('p', {}, t.feedback),
          ),
        ),
      ),
      d.costliest ? h('div', { class: 'costliest' }, h('h2', {}, M.costliest), h('p', {}, `${d.costliest.index}. “${d.costliest.reply}”`), h('p', {}, M.betterWas), h('p', { class: 'reply' }, `“${d.costliest.alternative.text}”`), h('p', {}, d.costliest.alternative.feedback)) : null,
      h('h2', {}, M.arc),
      h('ul', { class: 'arc' }, ...d.arc.map((a) => h('li', { class: a.done ? 'done' : 'missed' }, `${a.done ? '✓' : '○'} ${a.label}${a.turn ? ` (turn ${a.turn})` : ''}`))),
      h('h2', {}, M.reflection),
      h('ul', {}, ...d.reflection.map((q) => h('li', {}, q))),
      d.breather ? h('div', { class: 'breather' }, h('h2', {}, M.breather), h('p', {}, d.breather)) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => ctx.show('conversation', s) }, M.replay),
        h('button', { type: 'button', onclick: () => ctx.show('library') }, M.back),
      ),
    ),
  };
}
