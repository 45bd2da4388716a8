/**
 * Before a workshop: plan one (the scenarios for this session, the refresher
 * track by default) or pick up a past one, to go on with it or to show its
 * results again.
 */
import type { Scenario } from '../../engine/index.ts';
import { currentRun, type Workshop } from '../../app/workshop/workshop.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { h } from '../dom.ts';

const W = M.workshop;

export interface SetupActions {
  start(plan: string[]): void;
  open(w: Workshop): void;
  remove(w: Workshop): void;
}

const decisionsPlayed = (w: Workshop) =>
  w.runs.reduce((n, r) => n + r.main.decisions.length + r.whatIfs.reduce((m, l) => m + l.decisions.length, 0), 0);

export function consoleSetup(
  scenarios: readonly Scenario[],
  past: readonly Workshop[],
  act: SetupActions,
): HTMLElement {
  const refresher = scenarios.filter((s) => s.data.tracks?.refresher).map((s) => s.data.id);
  const boxes = scenarios.map((s) =>
    h('input', { type: 'checkbox', value: s.data.id, id: `plan-${s.data.id}`, checked: refresher.includes(s.data.id) }),
  );
  const problem = h('p', { class: 'form-problem', role: 'alert' });
  const choose = (ids: string[]) => boxes.forEach((b) => (b.checked = ids.includes(b.value)));
  const form = h(
    'form',
    {
      class: 'ws-plan',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const plan = boxes.filter((b) => b.checked).map((b) => b.value);
        if (plan.length === 0) {
          problem.textContent = W.planEmpty;
          boxes[0]?.focus();
          return;
        }
        act.start(plan);
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, W.planLegend),
      h(
        'ul',
        { class: 'ws-plan-list' },
        ...scenarios.map((s, i) =>
          h(
            'li',
            {},
            boxes[i]!,
            h(
              'label',
              { for: `plan-${s.data.id}` },
              h('span', { class: 'ws-plan-title' }, s.data.title),
              h(
                'span',
                { class: 'muted' },
                ` · ${M.channel[s.data.channel]} · ${M.difficultyShort(s.data.difficulty)}`,
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'ws-plan-actions' },
      h('button', { type: 'button', onclick: () => choose(refresher) }, W.refresherTrack),
      h('button', { type: 'button', onclick: () => choose([]) }, W.clearPlan),
      h('button', { type: 'submit', class: 'primary' }, W.startWorkshop),
    ),
    problem,
  );
  const titleOf = (id: string) => scenarios.find((s) => s.data.id === id)?.data.title ?? W.scenarioGone;
  const item = (w: Workshop) => {
    let confirming = false;
    const removeButton = h('button', { type: 'button', class: 'ws-small' }, W.deleteWorkshop);
    removeButton.addEventListener('click', () => {
      if (confirming) return act.remove(w);
      confirming = true;
      removeButton.textContent = W.deleteForGood;
    });
    return h(
      'li',
      { class: 'ws-past-item' },
      h(
        'p',
        {},
        h('strong', {}, W.workshopOf(new Date(w.createdAt))),
        ` · ${W.planSummary(w.plan.map(titleOf))} · ${W.decisionsPlayed(decisionsPlayed(w))}`,
      ),
      h('p', { class: 'muted' }, W.scenarioOf(w.at + 1, w.plan.length, titleOf(currentRun(w).scenarioId))),
      h(
        'div',
        { class: 'ws-past-actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => act.open(w) }, W.continueWorkshop),
        removeButton,
      ),
    );
  };
  return h(
    'div',
    { class: 'ws-setup' },
    h('h2', {}, W.newWorkshop),
    h('p', { class: 'muted' }, W.newWorkshopIntro),
    form,
    h('h2', {}, W.pastWorkshops),
    past.length ? h('ul', { class: 'ws-past' }, ...past.map(item)) : h('p', { class: 'muted' }, W.noPastWorkshops),
  );
}
