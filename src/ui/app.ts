/** Switches between screens, sets the picture behind each, moves focus to it, and owns the live region. */
import type { Scenario } from '../engine/index.ts';
import type { Settings } from '../app/settings.ts';
import { saveProblemOf } from '../app/storage-status.ts';
import { applySettings } from './apply-settings.ts';
import type { NoticeAction, Screen, ScreenName, ShowOptions, UiContext } from './context.ts';
import { h } from './dom.ts';
import { isChunkLoadError, moduleEntry, rememberScreen, withChunkRetries } from './screen-loading.ts';
import { homeScreen } from './screens/home.ts';
import { MESSAGES as M } from '../messages/index.ts';
import { entryOf, ScreenHistory } from './screen-history.ts';
import { publishScreen } from './state-hook.ts';

/** How long a task queued for the next screen may hold it back. */
const TASK_WAIT_MS = 10_000;

type Base = Omit<
  UiContext,
  'announce' | 'notify' | 'withdraw' | 'beforeNextScreen' | 'show' | 'switchProfile' | 'updateSettings'
>;

/**
 * Mounts the screens. `firstShown` runs once, when the first screen is on the page (what it does not need can
 * start then).
 */
export function mountApp(
  root: HTMLElement,
  live: HTMLElement,
  notice: HTMLElement,
  base: Base,
  firstShown?: () => void,
): UiContext {
  let current: Screen | undefined;
  let generation = 0;
  /** Each notice shown, by its text: one of each, and each can be taken back. */
  const notices = new Map<string, HTMLElement>();
  const addNotice = (text: string, action?: NoticeAction): HTMLElement | undefined => {
    if (notices.has(text)) return undefined;
    const item = h('span', { class: 'notice-item' }, text);
    const button =
      action && h('button', { type: 'button', class: 'notice-action', onclick: () => action.run() }, action.label);
    if (button) item.append(' ', button);
    notice.append(item);
    notices.set(text, item);
    return button;
  };
  /** Work queued for the next screen change, and the chain it runs on (so two quick changes both wait for it). */
  const queued: (() => Promise<void>)[] = [];
  let settled: Promise<void> = Promise.resolve();
  /** A screen whose code could not be fetched: a notice whose Reload button comes back to it. */
  const offerReload = (name: ScreenName, scenario: Scenario | undefined, options: ShowOptions) => {
    ctx.withdraw(M.screenLoadFailed);
    const button = addNotice(M.screenLoadFailed, {
      label: M.reload,
      run: () => {
        rememberScreen(name, ctx.profileId, scenario?.data.id, options);
        location.reload();
      },
    });
    button?.focus();
  };
  const ctx: UiContext = {
    ...base,
    async switchProfile(id) {
      ctx.profileId = id;
      await ctx.profiles.remember(id);
      ctx.settings = await ctx.settingsService.load(id);
      applySettings(ctx.settings, ctx.stage, ctx.sound);
    },
    async updateSettings(change: Partial<Settings>) {
      ctx.settings = { ...ctx.settings, ...change };
      applySettings(ctx.settings, ctx.stage, ctx.sound);
      await ctx.settingsService
        .save(ctx.profileId, ctx.settings)
        .catch((e: unknown) => ctx.notify(M.saveFailed(saveProblemOf(e))));
    },
    notify(text, action) {
      addNotice(text, action);
    },
    withdraw(text) {
      notices.get(text)?.remove();
      notices.delete(text);
    },
    beforeNextScreen(task) {
      queued.push(task);
    },
    announce(text) {
      // Re-setting the text is what makes screen readers speak it again.
      live.textContent = '';
      requestAnimationFrame(() => (live.textContent = text));
    },
    show(name: ScreenName, scenario?: Scenario, options: ShowOptions = {}) {
      history.record(entryOf(name, scenario?.data.id, options));
      open(name, scenario, options);
    },
  };
  /** Shows a screen without recording it in the browser's history (show() records, Back does not). */
  const open = (name: ScreenName, scenario: Scenario | undefined, options: ShowOptions) => {
    const mine = ++generation;
    current?.dispose?.();
    current = undefined;
    if (queued.length) {
      const tasks = queued.splice(0);
      settled = settled.then(async () => {
        // A task that hangs (storage stuck again) holds the screen back no longer than this.
        for (const task of tasks)
          await Promise.race([task().catch(() => undefined), new Promise((r) => setTimeout(r, TASK_WAIT_MS))]);
      });
    }
    // A screen's code that cannot be fetched is tried again, then offered with a reload.
    void settled
      .then(() => withChunkRetries(() => build(name, scenario, options)))
      .then((screen) => {
        if (mine !== generation) return screen.dispose?.();
        current = screen;
        ctx.withdraw(M.screenLoadFailed);
        root.replaceChildren(screen.element);
        root.dataset.screen = name;
        // Reading records may have set damaged ones aside: say so once, in plain words.
        for (const n of ctx.notices.take()) ctx.notify(M.storageNotice(n));
        for (const n of ctx.conversations.takeNotices()) ctx.notify(M.conversationNotice(n));
        if (name !== 'conversation' && name !== 'debrief') publishScreen({ screen: name });
        ctx.stage.show(screen.stage?.() ?? { scene: 'plain' });
        // Each screen opens at its top, whatever element takes focus.
        (screen.focus ?? screen.element.querySelector<HTMLElement>('h1'))?.focus({ preventScroll: true });
        screen.shown?.();
        firstShown?.();
        firstShown = undefined;
      })
      .catch((e: unknown) => {
        if (isChunkLoadError(e)) {
          if (mine === generation) offerReload(name, scenario, options);
          return;
        }
        // In words from the catalogue: an error's own message may name records.
        const problem = saveProblemOf(e);
        ctx.notify(problem.kind === 'failed' ? M.screenFailed(problem.error) : M.saveFailed(problem));
      });
  };
  const history = new ScreenHistory({
    takesBack: () => current?.back?.() ?? false,
    open: (entry) => {
      const scenario = ctx.library.scenarios.find((s) => s.data.id === entry.scenarioId);
      // A conversation is never started again from history: its briefing is where it began.
      if (entry.screen === 'conversation') return open(scenario ? 'briefing' : 'library', scenario, {});
      open(entry.screen, scenario, entry.attemptId ? { attemptId: entry.attemptId } : {});
    },
  });
  const build = async (name: ScreenName, scenario: Scenario | undefined, options: ShowOptions): Promise<Screen> => {
    // Only home is in the first download; every other screen loads on its first visit.
    const m = moduleEntry;
    if (name === 'briefing' && scenario)
      return (await m(() => import('./screens/briefing.ts'), 'briefingScreen'))(ctx, scenario);
    if (name === 'conversation' && scenario)
      return (await m(() => import('./screens/conversation.ts'), 'conversationScreen'))(ctx, scenario, options.resume);
    // Without a scenario: an attempt of one this version does not have, shown from its saved debrief.
    if (name === 'debrief' && (options.attemptId || options.notKept))
      return (await m(() => import('./screens/debrief.ts'), 'debriefScreen'))(
        ctx,
        scenario,
        options.notKept ?? options.attemptId!,
      );
    if (name === 'settings')
      return (await m(() => import('./screens/settings.ts'), 'settingsScreen'))(ctx, options.from);
    if (name === 'progress') return (await m(() => import('./screens/progress.ts'), 'progressScreen'))(ctx);
    if (name === 'profiles') return (await m(() => import('./screens/profiles.ts'), 'profilesScreen'))(ctx);
    if (name === 'library') return (await m(() => import('./screens/library.ts'), 'libraryScreen'))(ctx);
    if (name === 'workshop') return (await m(() => import('./workshop/console-screen.ts'), 'workshopScreen'))(ctx);
    return homeScreen(ctx);
  };
  return ctx;
}

/**
 * Fetches the screens a trainee opens next (library, briefing, conversation),
 * so the first clicks do not wait for the network. Called once home is up:
 * home itself never waits for them.
 */
export function prefetchScreens(): void {
  void Promise.all([
    import('./screens/library.ts'),
    import('./screens/briefing.ts'),
    import('./screens/conversation.ts'),
  ]).catch(() => undefined);
}

/** Runs `work` when the page has nothing else to do (soon, where the browser cannot tell). */
export function whenIdle(work: () => void): void {
  (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(() => work());
}
