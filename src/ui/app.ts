/** Switches between screens, moves focus to each new one, and owns the live region. */
import type { Scenario } from '../engine/index.ts';
import { DEFAULT_SETTINGS, type Screen, type ScreenName, type ShowOptions, type UiContext } from './context.ts';
import { publishScreen } from './state-hook.ts';
import { applySettings } from './apply-settings.ts';
import { profilesScreen } from './screens/profiles.ts';
import { progressScreen } from './screens/progress.ts';
import { briefingScreen } from './screens/briefing.ts';
import { conversationScreen } from './screens/conversation.ts';
import { debriefScreen } from './screens/debrief.ts';
import { libraryScreen } from './screens/library.ts';
import { settingsScreen } from './screens/settings.ts';

export function mountApp(root: HTMLElement, live: HTMLElement, notice: HTMLElement, base: Omit<UiContext, 'announce' | 'notify' | 'show' | 'switchProfile'>, osReducedMotion: boolean): UiContext {
  let current: Screen | undefined;
  let generation = 0;
  const ctx: UiContext = {
    ...base,
    async switchProfile(id) {
      ctx.profileId = id;
      await ctx.repo.rememberProfile(id);
      ctx.settings = (await ctx.repo.settings(id)) ?? DEFAULT_SETTINGS(osReducedMotion);
      ctx.stage.setReducedMotion(ctx.settings.reducedMotion);
      applySettings(ctx.settings, ctx);
    },
    notify(text) {
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
      void build(name, scenario, options).then((screen) => {
        if (mine !== generation) return screen.dispose?.();
        current = screen;
        root.replaceChildren(screen.element);
        // Reading records may have set damaged ones aside: say so once, in plain words.
        for (const n of ctx.repo.takeNotices()) ctx.notify(n.message);
        if (name !== 'conversation' && name !== 'debrief') publishScreen({ screen: name });
        (screen.focus ?? screen.element.querySelector<HTMLElement>('h1, h2, button'))?.focus();
      });
    },
  };
  const build = async (name: ScreenName, scenario: Scenario | undefined, options: ShowOptions): Promise<Screen> => {
    if (name === 'briefing' && scenario) return briefingScreen(ctx, scenario);
    if (name === 'conversation' && scenario) return conversationScreen(ctx, scenario, options.resume ?? false);
    if (name === 'debrief' && scenario && options.attemptId) return debriefScreen(ctx, scenario, options.attemptId);
    if (name === 'settings') return settingsScreen(ctx);
    if (name === 'progress') return progressScreen(ctx);
    if (name === 'profiles') return profilesScreen(ctx);
    return libraryScreen(ctx);
  };
  return ctx;
}
