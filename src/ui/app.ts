/** Switches between screens, sets the picture behind each, moves focus to it, and owns the live region. */
import type { Scenario } from '../engine/index.ts';
import type { Settings } from '../app/settings.ts';
import { applySettings } from './apply-settings.ts';
import type { Screen, ScreenName, ShowOptions, UiContext } from './context.ts';
import { homeScreen } from './screens/home.ts';
import { MESSAGES as M } from '../messages/index.ts';
import { publishScreen } from './state-hook.ts';

type Base = Omit<UiContext, 'announce' | 'notify' | 'show' | 'switchProfile' | 'updateSettings'>;

export function mountApp(root: HTMLElement, live: HTMLElement, notice: HTMLElement, base: Base): UiContext {
  let current: Screen | undefined;
  let generation = 0;
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
        .catch((e: Error) => ctx.notify(M.saveFailed(e.message)));
    },
    notify(text) {
      if (!notice.textContent?.includes(text))
        notice.textContent = notice.textContent ? `${notice.textContent} ${text}` : text;
    },
    announce(text) {
      // Re-setting the text is what makes screen readers speak it again.
      live.textContent = '';
      requestAnimationFrame(() => (live.textContent = text));
    },
    show(name: ScreenName, scenario?: Scenario, options: ShowOptions = {}) {
      const mine = ++generation;
      current?.dispose?.();
      current = undefined;
      void build(name, scenario, options)
        .then((screen) => {
          if (mine !== generation) return screen.dispose?.();
          current = screen;
          root.replaceChildren(screen.element);
          root.dataset.screen = name;
          // Reading records may have set damaged ones aside: say so once, in plain words.
          for (const n of ctx.notices.take()) ctx.notify(M.storageNotice(n));
          if (name !== 'conversation' && name !== 'debrief') publishScreen({ screen: name });
          ctx.stage.show(screen.stage?.() ?? { scene: 'plain' });
          // Each screen opens at its top, whatever element takes focus.
          (screen.focus ?? screen.element.querySelector<HTMLElement>('h1'))?.focus({ preventScroll: true });
          screen.shown?.();
        })
        .catch((e: Error) => ctx.notify(e.message));
    },
  };
  const build = async (name: ScreenName, scenario: Scenario | undefined, options: ShowOptions): Promise<Screen> => {
    // Only home is in the first download; every other screen loads on its first visit.
    if (name === 'briefing' && scenario) return (await import('./screens/briefing.ts')).briefingScreen(ctx, scenario);
    if (name === 'conversation' && scenario)
      return (await import('./screens/conversation.ts')).conversationScreen(ctx, scenario, options.resume ?? false);
    if (name === 'debrief' && scenario && options.attemptId)
      return (await import('./screens/debrief.ts')).debriefScreen(ctx, scenario, options.attemptId);
    if (name === 'settings') return (await import('./screens/settings.ts')).settingsScreen(ctx);
    if (name === 'progress') return (await import('./screens/progress.ts')).progressScreen(ctx);
    if (name === 'profiles') return (await import('./screens/profiles.ts')).profilesScreen(ctx);
    if (name === 'library') return (await import('./screens/library.ts')).libraryScreen(ctx);
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
