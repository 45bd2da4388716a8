import { findTechnique, type Scenario } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../messages.ts';
import type { Screen, UiContext } from '../context.ts';

/** The techniques a scenario practises: those its replies without pitfalls use, most used first. */
function practised(s: Scenario): string[] {
  const count = new Map<string, number>();
  for (const node of Object.values(s.data.nodes)) for (const c of node.choices) if (c.pitfalls.length === 0) for (const t of c.techniques) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

export async function libraryScreen(ctx: UiContext): Promise<Screen> {
  const attempts = await ctx.repo.attempts(ctx.profileId);
  const best = (id: string) => {
    const mine = attempts.filter((a) => a.scenarioId === id);
    return mine.length ? Math.max(...mine.map((a) => a.debrief.score.total)) : undefined;
  };
  const resumable = await ctx.progress.resumable(ctx.profileId);
  const profile = await ctx.repo.profile(ctx.profileId);
  const ordered = [...ctx.library.scenarios].sort((a, b) => (a.data.tracks?.onboarding ?? 99) - (b.data.tracks?.onboarding ?? 99) || a.data.difficulty - b.data.difficulty);
  const list = h('ul', { class: 'cards' });
  const filter = h('select', { id: 'channel-filter' }, h('option', { value: '' }, M.allChannels), ...['phone', 'chat', 'in-person'].map((c) => h('option', { value: c }, M.channel[c]!)));
  const difficulty = h('select', { id: 'difficulty-filter' }, h('option', { value: '' }, M.anyDifficulty), ...[1, 2, 3, 4, 5].map((d) => h('option', { value: d }, M.difficulty(d))));
  const fill = () => {
    list.replaceChildren(
      ...ordered
        .filter((s) => (!filter.value || s.data.channel === filter.value) && (!difficulty.value || s.data.difficulty === Number(difficulty.value)))
        .map((s) =>
          h('li', { class: 'card' },
            h('h3', {}, s.data.title),
            h('p', { class: 'meta' }, `${M.channel[s.data.channel]} · ${s.persona.name}, ${s.persona.role} · ${M.difficulty(s.data.difficulty)}`),
            s.data.tracks?.onboarding !== undefined ? h('p', { class: 'tag' }, M.onboardingStep(s.data.tracks.onboarding)) : null,
            h('p', {}, s.data.summary),
            h('p', { class: 'meta' }, `${M.practises} ${practised(s).slice(0, 4).map((id) => findTechnique(id)?.name ?? id).join(', ')}`),
            h('p', { class: 'meta' }, M.best(best(s.data.id))),
            h('button', { type: 'button', 'aria-label': M.open(s.data.title), onclick: () => ctx.show('briefing', s) }, M.briefing),
          ),
        ),
    );
  };
  filter.addEventListener('change', fill);
  difficulty.addEventListener('change', fill);
  fill();
  const problems = ctx.library.problems.filter((p) => p.severity === 'error');
  ctx.stage.showIdle();
  const heading = h('h2', { tabindex: -1 }, M.library);
  return {
    focus: heading,
    element: h('section', { class: 'screen library' },
      h('h1', {}, M.appName),
      h('p', { class: 'tagline' }, M.tagline),
      h('p', {}, M.playingAs(profile?.name ?? ''), ' · ',
        h('button', { type: 'button', class: 'link', onclick: () => ctx.show('profiles') }, M.changeProfile), ' · ',
        h('button', { type: 'button', class: 'link', onclick: () => ctx.show('progress') }, M.progress)),
      resumable ? h('button', { type: 'button', class: 'primary', onclick: () => ctx.show('conversation', resumable.scenario, { resume: true }) }, M.continue(resumable.scenario.data.title)) : null,
      problems.length ? h('div', { role: 'alert', class: 'problems' }, h('p', {}, M.contentProblems), h('ul', {}, ...problems.map((p) => h('li', {}, `${p.file}:${p.line}:${p.col} ${p.path} ${p.message}`)))) : null,
      heading,
      h('label', { for: 'channel-filter' }, M.filterChannel, ' '), filter, ' ',
      h('label', { for: 'difficulty-filter' }, M.filterDifficulty, ' '), difficulty,
      h('button', { type: 'button', class: 'link', onclick: () => ctx.show('settings') }, M.settings),
      list,
    ),
  };
}
