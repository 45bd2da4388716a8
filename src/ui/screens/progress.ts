import { h } from '../dom.ts';
import { download } from '../download.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import type { ImportProgress } from '../../app/backup-service.ts';
import { saveProblemOf } from '../../app/storage-status.ts';
import { practiseNext } from '../../app/standing.ts';
import type { Screen, UiContext } from '../context.ts';
import { dataTable } from '../widgets/data-table.ts';
import { topBar } from '../widgets/top-bar.ts';

const percent = (x: number | null) => (x === null ? M.notMet : `${Math.round(x * 100)}%`);

/** Best scores, technique mastery with its trend, pitfalls, what to practise next, past debriefs, and backups. */
export async function progressScreen(ctx: UiContext): Promise<Screen> {
  const progress = await ctx.progress.progress(ctx.profileId);
  const history = await ctx.progress.history(ctx.profileId);
  const standing = await ctx.progress.standing(ctx.profileId);
  const byId = new Map(ctx.library.scenarios.map((s) => [s.data.id, s]));
  // In library order, so a trainee finds each scenario where they expect it.
  const rows = progress.scenarios;
  const heading = h('h1', { tabindex: -1 }, M.progress);
  const status = h('p', { role: 'status', class: 'import-status' });
  // The same rule as home's "Next up" (src/app/standing.ts), so the two never disagree.
  const rec = practiseNext(standing, progress.recommendation, ctx.library.scenarios);
  const recScenario = rec?.scenario;

  const fileInput = h('input', { type: 'file', id: 'import-file', accept: 'application/json,.json' });
  // How far an import is, profile by profile: a labelled progress bar (its label counts the profiles); the
  // status line says once that it started and then what it did, so a screen reader is not told every profile.
  const importBar = h('progress', { id: 'import-progress' });
  const importLabel = h('label', { for: 'import-progress' });
  const importProgress = h('p', { class: 'import-progress', hidden: true }, importLabel, ' ', importBar);
  const showProgress = (p: ImportProgress) => {
    importBar.max = Math.max(1, p.total);
    importBar.value = p.done;
    importLabel.textContent = M.importing(p.phase, p.done, p.total);
  };
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    fileInput.disabled = true;
    importBar.removeAttribute('value');
    importLabel.textContent = M.importReading;
    importProgress.hidden = false;
    status.textContent = M.importReading;
    try {
      const outcome = await ctx.backups.importText(await file.text(), showProgress);
      status.textContent = outcome.ok
        ? M.imported(
            outcome.result.profilesAdded,
            outcome.result.attemptsAdded,
            outcome.result.attemptsAlreadyThere,
            outcome.result.profilesFromNewerVersion,
          )
        : M.backupProblem(outcome.problem);
    } catch (e) {
      status.textContent = M.saveFailed(saveProblemOf(e));
    }
    importProgress.hidden = true;
    fileInput.disabled = false;
    // What happened is said where the trainee is looking, not below the fold.
    status.scrollIntoView({ block: 'nearest' });
    // Let the same file be chosen again (a change event needs a new value).
    fileInput.value = '';
  });
  const exportButton = h(
    'button',
    {
      type: 'button',
      onclick: async () => download(await ctx.backups.exportAll(M.unnamedProfile)),
    },
    M.exportAll,
  );

  return {
    focus: heading,
    element: h(
      'section',
      { class: 'screen progress' },
      topBar({ back: { label: M.home, onClick: () => ctx.show('home') } }),
      h(
        'div',
        { class: 'screen-body', 'data-scroll': true },
        h(
          'div',
          { class: 'panel' },
          heading,
          h('p', {}, M.onboardingTrack(progress.onboarding.done, progress.onboarding.total)),
          rec
            ? h(
                'div',
                { class: 'recommend' },
                h('h2', {}, M.recommend),
                h('p', {}, rec.why === 'technique' ? rec.reason : M.practiseUnresolved),
                recScenario
                  ? h(
                      'button',
                      { type: 'button', class: 'primary', onclick: () => ctx.show('briefing', recScenario) },
                      M.tryScenario(recScenario.data.title),
                    )
                  : null,
              )
            : null,
          h('h2', {}, M.scenarioTable),
          dataTable(
            [M.scenarioTable, M.attempts, M.bestScore],
            rows.map((p) => [
              byId.get(p.scenarioId)?.data.title ?? p.scenarioId,
              String(p.attempts),
              p.attempts ? String(p.best) : '–',
            ]),
          ),
          h('h2', {}, M.techniques),
          dataTable(
            [M.techniques, M.usedWell, M.missed, M.trend],
            progress.techniques
              .filter((t) => t.usedWell + t.missed > 0)
              .map((t) => [
                t.name,
                `${t.usedWell} (${percent(t.rate)})`,
                String(t.missed),
                t.trend.map((x) => percent(x)).join(' → '),
              ]),
          ),
          h('h2', {}, M.pitfallsCommitted),
          progress.pitfalls.length
            ? h('ul', {}, ...progress.pitfalls.map((p) => h('li', {}, `${p.name}: ${p.committed}`)))
            : h('p', {}, M.none),
          h('h2', {}, M.history),
          history.length
            ? h(
                'ul',
                {},
                ...history.map((a) => {
                  const s = byId.get(a.scenarioId);
                  const when = new Date(a.endedAt).toLocaleString();
                  return h(
                    'li',
                    {},
                    `${a.scenarioTitle} · ${M.outcomeTitle(a.debrief.outcome)} · ${a.debrief.score.total} `,
                    // Its scenario is gone from this version (an imported or older attempt): said, and the saved debrief still opens.
                    s ? null : h('span', { class: 'muted not-here' }, `(${M.scenarioNotHere}) `),
                    h(
                      'button',
                      { type: 'button', class: 'link', onclick: () => ctx.show('debrief', s, { attemptId: a.id }) },
                      M.openDebrief(a.scenarioTitle, when),
                    ),
                  );
                }),
              )
            : h('p', {}, M.none),
          h('h2', {}, M.backup),
          h('p', {}, exportButton),
          // The file input is hidden behind its label, styled as a button; the status stays right beside it.
          h(
            'p',
            { class: 'file-button' },
            fileInput,
            h('label', { for: 'import-file', class: 'button' }, M.importFile),
          ),
          importProgress,
          status,
        ),
      ),
    ),
  };
}
