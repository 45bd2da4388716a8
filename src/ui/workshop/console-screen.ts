/**
 * The facilitator's console: plans or picks up a workshop, runs each
 * decision with the room (countdown, show of hands, reveals, the room's
 * choice, rewinds) and sends the projector its picture after every change.
 * Every change is saved under the facilitator's profile, so a reload comes
 * back to the same decision. Game rules stay in the engine and the workshop
 * model (src/app/workshop/); this file only wires them to the page.
 */
import type { Scenario } from '../../engine/index.ts';
import { availableChoices, isOver } from '../../engine/index.ts';
import { saveProblemOf } from '../../app/storage-status.ts';
import { projectorView, type ProjectorView } from '../../app/workshop/projector-view.ts';
import { runResults } from '../../app/workshop/room-results.ts';
import { workshopCsv } from '../../app/workshop/workshop-csv.ts';
import {
  backToMainLine,
  consensus,
  conversationOf,
  countVotes,
  currentRun,
  fitsLibrary,
  goToScenario,
  majority,
  playForRoom,
  playingLine,
  revealLess,
  revealMore,
  reveal,
  rewind,
  setBlank,
  setCountdown,
  stepVotes,
  whatIfFrom,
  type Workshop,
} from '../../app/workshop/workshop.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import type { Screen, UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { download } from '../download.ts';
import { amendScreen } from '../state-hook.ts';
import { topBar } from '../widgets/top-bar.ts';
import { consoleAction, type ConsoleAction, type FocusKind } from './console-keys.ts';
import { lineTable } from './console-results.ts';
import { consoleSetup } from './console-setup.ts';
import { consoleTurn } from './console-turn.ts';
import { Countdown } from './countdown.ts';
import { askToPlaceWindows, ConsoleLink, placingWindowsOffered } from './projector-link.ts';
import { ProjectorDisplay } from './projector-screen.ts';
import { clockText, letter } from './workshop-format.ts';

const W = M.workshop;

function focusKind(el: Element | null): FocusKind {
  const tag = el?.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return 'field';
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' ? 'button' : 'other';
}

export async function workshopScreen(ctx: UiContext): Promise<Screen> {
  const heading = h('h1', { tabindex: -1 }, W.title);
  const body = h('div', { class: 'ws-content' });
  const linkStatus = h('p', { class: 'ws-link-status', role: 'status' }, W.projectorNotOpen);
  const clock = h('span', { class: 'ws-clock', role: 'timer', 'aria-label': W.countdown });
  const clockButton = h('button', { type: 'button', 'data-key': 'clock' });
  let w: Workshop | undefined;
  let past = await ctx.workshops.list(ctx.profileId);
  let decisionKey = '';
  /** The projector's picture shown over the console, when it is. */
  let here: ProjectorDisplay | undefined;

  const scenarioOf = (x: Workshop): Scenario | undefined =>
    ctx.library.scenarios.find((s) => s.data.id === currentRun(x).scenarioId);

  const link = new ConsoleLink((connected) => {
    linkStatus.textContent = connected ? W.projectorConnected : W.projectorNotOpen;
  });
  const countdown = new Countdown(
    0,
    () => {
      showClock();
      project();
    },
    () => ctx.announce(W.timeUp),
  );
  const showClock = () => {
    clock.textContent = countdown.off ? W.countdownOff : clockText(countdown.left);
    clockButton.textContent = countdown.running ? W.pauseCountdown : W.startCountdown;
    clockButton.disabled = countdown.off;
  };

  const viewNow = (): ProjectorView => {
    const s = w && scenarioOf(w);
    if (!w || !s) return { kind: 'waiting' };
    return projectorView(w, {
      scenario: s,
      judge: ctx.analyses.judgeFor(s),
      bestPossible: ctx.analyses.bestPossibleFor(s),
      ...(countdown.off ? {} : { countdown: { left: countdown.left, running: countdown.running } }),
    });
  };
  const project = () => {
    const view = viewNow();
    link.show(view);
    here?.show(view);
  };

  /**
   * Saves the workshop after every change. Changes come faster than a busy
   * disk writes, so only the latest waits its turn (nothing in between is
   * worth a write); a failed save is said, and the workshop goes on.
   */
  let unsaved: Workshop | undefined;
  let writing = false;
  const persist = async () => {
    if (writing) return;
    writing = true;
    while (unsaved) {
      const kept = unsaved;
      unsaved = undefined;
      await ctx.workshops.save(ctx.profileId, kept).catch((e: unknown) => ctx.notify(M.saveFailed(saveProblemOf(e))));
    }
    writing = false;
    amendScreen({ unsaved: false });
  };
  const change = (next: Workshop, said?: string) => {
    w = next;
    render();
    project();
    if (said) ctx.announce(said);
    unsaved = next;
    amendScreen({ unsaved: true });
    void persist();
  };
  /** A rule of the model refused (a reply no longer on offer, say): said, nothing changes. */
  const attempt = (make: () => Workshop, said?: string) => {
    try {
      change(make(), said);
    } catch {
      ctx.announce(W.cannotPlay);
    }
  };

  const play = (x: Workshop, s: Scenario, choiceId?: string) => {
    const id = choiceId ?? majority(x.votes);
    if (!id) return ctx.announce(W.noMajority);
    const at = availableChoices(s, conversationOf(s, currentRun(x))).findIndex((c) => c.id === id);
    attempt(() => playForRoom(x, s, ctx.analyses.judgeFor(s), id), W.played(letter(at)));
  };

  /** Whether this decision's countdown has been started (the first "forward" starts it). */
  let countdownStarted = false;
  const act = (a: ConsoleAction) => {
    if (!w) return;
    const s = scenarioOf(w);
    if (!s) return;
    const c = conversationOf(s, currentRun(w));
    if (a.kind === 'blank') return change(setBlank(w, !w.blank), w.blank ? W.unblanked : W.blanked);
    if (a.kind === 'countdown') return countdown.toggle();
    if (isOver(s, c)) {
      if (a.kind === 'forward' && w.at + 1 < w.plan.length) change(goToScenario(w, w.at + 1));
      return;
    }
    if (a.kind === 'hand') {
      const reply = availableChoices(s, c)[a.reply];
      if (reply)
        change(stepVotes(w, reply.id, a.by), W.handsNow(letter(a.reply), Math.max(0, (w.votes[reply.id] ?? 0) + a.by)));
      return;
    }
    if (a.kind === 'back') return w.phase === 'discuss' ? undefined : change(revealLess(w), W.takenBack);
    // Forward: start the room's time, then the vote, then what every reply does, then play the room's choice.
    if (w.phase === 'discuss' && !countdown.off && !countdownStarted) {
      countdownStarted = true;
      return countdown.start();
    }
    if (w.phase === 'what-if') return play(w, s);
    countdown.pause();
    change(revealMore(w), w.phase === 'discuss' ? W.voteShown : W.whatIfShown);
  };

  const onKey = (e: KeyboardEvent) => {
    if (here && e.key === 'Escape') return closeHere();
    const a = consoleAction(e, focusKind(document.activeElement));
    if (!a || !w) return;
    e.preventDefault();
    act(a);
  };
  document.addEventListener('keydown', onKey);

  const closeButton = h(
    'button',
    { type: 'button', class: 'ws-close-here', onclick: () => closeHere() },
    W.backToConsole,
  );
  const openHere = () => {
    const overlay = h('div', { class: 'ws-here', role: 'dialog', 'aria-modal': 'true', 'aria-label': W.projectorHere });
    here = new ProjectorDisplay(overlay, ctx.stage, ctx.library.scenarios, [closeButton]);
    element.append(overlay);
    here.show(viewNow());
    closeButton.focus();
  };
  const closeHere = () => {
    closeButton.parentElement?.remove();
    here = undefined;
    ctx.stage.show({ scene: 'plain' });
    body.querySelector<HTMLElement>('[data-key="show-here"]')?.focus();
  };

  const openProjector = async () => {
    if (!(await link.open())) ctx.notify(W.popupBlocked);
  };
  /** Asks once for leave to place windows, then opens the projector on the other screen. */
  const openOnOtherScreen = async () => {
    if (!(await askToPlaceWindows())) return ctx.notify(W.noOtherScreen);
    await openProjector();
  };

  const exportCsv = () => {
    if (!w) return;
    const text = workshopCsv(w, ctx.library.scenarios, ctx.analyses.judgeFor, W.csv);
    download({ fileName: W.csvFileName(new Date(w.createdAt)), text, type: 'text/csv' });
  };

  const running = (x: Workshop, s: Scenario): HTMLElement => {
    const run = currentRun(x);
    const c = conversationOf(s, run);
    const over = isOver(s, c);
    const judge = ctx.analyses.judgeFor(s);
    const room = majority(x.votes);
    const roomAt = availableChoices(s, c).findIndex((r) => r.id === room);
    const key = `${x.at}/${run.playing}/${c.turns.length}`;
    if (key !== decisionKey) {
      decisionKey = key;
      countdownStarted = false;
      countdown.reset(x.countdown);
    }
    const seconds = h('input', {
      id: 'ws-seconds',
      type: 'number',
      min: 0,
      max: 3600,
      step: 5,
      value: x.countdown,
      'data-key': 'seconds',
      onchange: (e: Event) => {
        const next = setCountdown(x, Number((e.target as HTMLInputElement).value));
        countdown.reset(next.countdown);
        change(next);
      },
    });
    clockButton.onclick = () => {
      countdownStarted = true;
      countdown.toggle();
    };
    showClock();
    const button = (label: string, onClick: () => void, extra: Record<string, string | boolean> = {}) =>
      h('button', { type: 'button', onclick: onClick, ...extra }, label);
    const mainLine = run.main.decisions;
    return h(
      'div',
      { class: 'ws-running' },
      h(
        'div',
        { class: 'ws-bar' },
        h('p', { class: 'ws-plan-at' }, W.scenarioOf(x.at + 1, x.plan.length, s.data.title)),
        button(W.previousScenario, () => change(goToScenario(x, x.at - 1)), {
          disabled: x.at === 0,
          'data-key': 'prev',
        }),
        button(W.nextScenario, () => change(goToScenario(x, x.at + 1)), {
          disabled: x.at + 1 >= x.plan.length,
          'data-key': 'next',
        }),
      ),
      h(
        'div',
        { class: 'ws-bar' },
        linkStatus,
        button(W.openProjector, () => void openProjector(), { 'data-key': 'open-projector' }),
        placingWindowsOffered()
          ? button(W.openOnOtherScreen, () => void openOnOtherScreen(), { 'data-key': 'other-screen' })
          : null,
        button(W.showHere, openHere, { 'data-key': 'show-here' }),
        button(x.blank ? W.unblank : W.blank, () => act({ kind: 'blank' }), {
          'aria-pressed': x.blank ? 'true' : 'false',
          'data-key': 'blank',
        }),
      ),
      over
        ? h(
            'section',
            { class: 'ws-results', 'aria-labelledby': 'ws-results-title' },
            h('h2', { id: 'ws-results-title' }, W.groupResults),
            ...runResults(s, run, judge).map((l) => lineTable(s, l, ctx.analyses.bestPossibleFor(s))),
            x.at + 1 < x.plan.length
              ? button(W.nextScenario, () => change(goToScenario(x, x.at + 1)), {
                  class: 'primary',
                  'data-key': 'next-after',
                })
              : null,
          )
        : h(
            'div',
            { class: 'ws-decision' },
            h(
              'div',
              { class: 'ws-bar ws-countdown' },
              h('label', { for: 'ws-seconds' }, W.secondsLabel),
              seconds,
              clock,
              clockButton,
              button(
                W.resetCountdown,
                () => {
                  countdownStarted = false;
                  countdown.reset(x.countdown);
                },
                { 'data-key': 'reset-clock' },
              ),
            ),
            consoleTurn(s, c, x.votes, judge, {
              setVotes: (id, n) => change(countVotes(x, id, n)),
              consensus: (id) => change(consensus(x, id)),
              play: (id) => play(x, s, id),
            }),
            h(
              'div',
              { class: 'ws-bar ws-reveal' },
              button(W.showVote, () => change(reveal(x, 'votes'), W.voteShown), {
                'aria-pressed': x.phase !== 'discuss' ? 'true' : 'false',
                'data-key': 'show-vote',
              }),
              button(W.showWhatIf, () => change(reveal(x, 'what-if'), W.whatIfShown), {
                'aria-pressed': x.phase === 'what-if' ? 'true' : 'false',
                'data-key': 'show-what-if',
              }),
              button(W.hideReveal, () => change(reveal(x, 'discuss'), W.takenBack), {
                disabled: x.phase === 'discuss',
                'data-key': 'hide',
              }),
              button(room ? W.playRoomChoice(letter(roomAt)) : W.noRoomChoice, () => play(x, s), {
                class: 'primary',
                disabled: !room,
                'data-key': 'play-room',
              }),
            ),
          ),
      h(
        'section',
        { class: 'ws-lines', 'aria-labelledby': 'ws-lines-title' },
        h('h2', { id: 'ws-lines-title' }, W.linesPlayed),
        run.playing >= 0
          ? h(
              'p',
              {},
              W.onWhatIf(whatIfFrom(run, playingLine(run))!),
              ' ',
              button(W.backToMainLine, () => change(backToMainLine(x)), { 'data-key': 'main-line' }),
            )
          : null,
        mainLine.length
          ? h(
              'ol',
              { class: 'ws-main-line' },
              ...mainLine.map((d, i) =>
                h(
                  'li',
                  {},
                  W.decisionPlayed(i + 1, s.data.nodes[d.nodeId]?.choices.find((r) => r.id === d.played)?.text ?? ''),
                  ' ',
                  button(W.tryAnother(i + 1), () => change(rewind(x, i + 1), W.rewound(i + 1)), {
                    class: 'ws-small',
                    'data-key': `rewind-${i + 1}`,
                  }),
                ),
              ),
            )
          : h('p', { class: 'muted' }, W.noDecisionsYet),
      ),
      h(
        'div',
        { class: 'ws-bar' },
        button(W.exportCsv, exportCsv, { 'data-key': 'csv' }),
        button(
          W.printSummary,
          () => {
            fillPrinted();
            window.print();
          },
          { 'data-key': 'print' },
        ),
        button(
          W.otherWorkshops,
          () => {
            w = undefined;
            void refreshPast();
          },
          { 'data-key': 'leave' },
        ),
      ),
      h(
        'details',
        { class: 'ws-keys' },
        h('summary', {}, W.keysTitle),
        h('dl', {}, ...W.keys.flatMap(([k, what]) => [h('dt', {}, h('kbd', {}, k)), h('dd', {}, what)])),
      ),
    );
  };

  /**
   * The printed page: every scenario played so far. Built when the browser is about to print (the
   * button, or its own print command), not at every change of the console.
   */
  const printed = h('section', { class: 'ws-print' });
  const fillPrinted = () => {
    if (!w) return printed.replaceChildren();
    printed.replaceChildren(
      h('h2', {}, W.workshopOf(new Date(w.createdAt))),
      ...w.runs.flatMap((r) => {
        const s = ctx.library.scenarios.find((y) => y.data.id === r.scenarioId);
        return s
          ? runResults(s, r, ctx.analyses.judgeFor(s)).map((l) => lineTable(s, l, ctx.analyses.bestPossibleFor(s)))
          : [];
      }),
    );
  };
  addEventListener('beforeprint', fillPrinted);

  const refreshPast = async () => {
    past = await ctx.workshops.list(ctx.profileId);
    render();
    project();
    heading.focus();
  };

  const render = () => {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const s = w && scenarioOf(w);
    heading.textContent = w && s ? W.runningTitle(s.data.title) : W.title;
    body.replaceChildren(
      w && s
        ? running(w, s)
        : consoleSetup(ctx.library.scenarios, past, {
            start: (plan) =>
              void ctx.workshops.start(ctx.profileId, plan).then(
                (x) => {
                  w = x;
                  render();
                  project();
                  heading.focus();
                },
                (e: unknown) => ctx.notify(M.saveFailed(saveProblemOf(e))),
              ),
            open: (x) => {
              if (!fitsLibrary(x, ctx.library.scenarios)) return ctx.notify(W.noLongerFits);
              w = x;
              render();
              project();
              heading.focus();
            },
            remove: (x) =>
              void ctx.workshops
                .remove(ctx.profileId, x.id)
                .then(refreshPast, (e: unknown) => ctx.notify(M.saveFailed(saveProblemOf(e)))),
          }),
    );
    if (focused) body.querySelector<HTMLElement>(`[data-key="${focused}"]`)?.focus();
  };

  const element = h(
    'section',
    { class: 'screen workshop' },
    topBar({ back: { label: M.home, onClick: () => ctx.show('home') }, context: W.facilitator }),
    h('div', { class: 'screen-body', 'data-scroll': true }, heading, body, printed),
  );
  render();
  return {
    element,
    focus: heading,
    shown: project,
    dispose: () => {
      document.removeEventListener('keydown', onKey);
      removeEventListener('beforeprint', fillPrinted);
      countdown.dispose();
      link.close();
    },
  };
}
