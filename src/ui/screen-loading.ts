/**
 * Screens other than home load on first use. When a screen's code cannot be
 * fetched — a new version was deployed and the old files are gone, or the
 * network dropped — loading is tried again a couple of times; then the page
 * offers a reload, and remembers which screen was on its way (in
 * sessionStorage, for this tab only) so start-up opens that screen again.
 */
import type { Scenario } from '../engine/index.ts';
import type { ScreenName, ShowOptions } from './context.ts';

/** Tries after the first, and the wait before each. */
export const CHUNK_RETRY_DELAYS_MS = [250, 1000];

/** Whether `e` says a module could not be fetched (as each browser and Vite's preloading word it). */
export function isChunkLoadError(e: unknown): boolean {
  const message = String((e as Error | null)?.message ?? e);
  return /dynamically imported module|importing a module script failed|error loading dynamically imported|unable to preload css/i.test(
    message,
  );
}

/** The address of the module a failed dynamic import names (Chromium and Firefox put it in the message). */
export function failedModuleUrl(e: unknown): string | undefined {
  return /((?:https?|file):\/\/[^\s'"]+?\.[cm]?[jt]s)(?=[\s'"]|$)/.exec(String((e as Error | null)?.message ?? e))?.[1];
}

/**
 * The function `entry` of a module, through `load` (its dynamic import); when the module failed to arrive, it is
 * asked for once more under another address: a browser remembers a module that failed to arrive and fails every
 * later import of its address at once, without asking the server again, so a retry (withChunkRetries) would
 * never reach the server. Only when the module that failed is this one (it has `entry`); one of its own imports
 * failing stays a failure, and the page offers a reload.
 */
export async function moduleEntry<M, K extends keyof M>(load: () => Promise<M>, entry: K): Promise<M[K]> {
  try {
    return (await load())[entry];
  } catch (e) {
    const url = failedModuleUrl(e);
    if (!url || !isChunkLoadError(e)) throw e;
    const again = (await import(/* @vite-ignore */ `${url}?again=${Date.now()}`)) as M;
    if (typeof again[entry] !== 'function') throw e;
    return again[entry];
  }
}

/** Runs `load`, and again after each delay while it fails for want of a module; any other failure is passed on at once. */
export async function withChunkRetries<T>(
  load: () => Promise<T>,
  delays: readonly number[] = CHUNK_RETRY_DELAYS_MS,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await load();
    } catch (e) {
      if (!isChunkLoadError(e) || i >= delays.length) throw e;
      await wait(delays[i]!);
    }
  }
}

/** A screen to open again after a reload: which, for whom, and its scenario and options (only what survives a reload). */
export interface RememberedScreen {
  name: ScreenName;
  profileId: string;
  scenarioId?: string;
  resume?: string;
  attemptId?: string;
}

const KEY = 'cooldown/screen-after-reload';

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const session = (): SessionStore | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
};

export function rememberScreen(
  name: ScreenName,
  profileId: string,
  scenarioId: string | undefined,
  options: ShowOptions,
  store: SessionStore | undefined = session(),
): void {
  const remembered: RememberedScreen = {
    name,
    profileId,
    ...(scenarioId ? { scenarioId } : {}),
    ...(typeof options.resume === 'string' ? { resume: options.resume } : {}),
    ...(options.attemptId ? { attemptId: options.attemptId } : {}),
  };
  try {
    store?.setItem(KEY, JSON.stringify(remembered));
  } catch {
    // No session storage: the reload opens home.
  }
}

/** The screen remembered before a reload, given out once. */
export function takeRememberedScreen(store: SessionStore | undefined = session()): RememberedScreen | undefined {
  try {
    const text = store?.getItem(KEY);
    store?.removeItem(KEY);
    const value = text ? (JSON.parse(text) as Partial<RememberedScreen>) : undefined;
    return value && typeof value.name === 'string' && typeof value.profileId === 'string'
      ? (value as RememberedScreen)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What start-up opens for a remembered screen: that screen, when it was this
 * profile's and its scenario (and, for a debrief, its attempt) is still known;
 * otherwise nothing, and home opens.
 */
export function screenToReopen(
  back: RememberedScreen | undefined,
  profileId: string,
  scenarios: readonly Scenario[],
): { name: ScreenName; scenario?: Scenario; options: ShowOptions } | undefined {
  if (!back || back.profileId !== profileId) return undefined;
  const scenario = back.scenarioId ? scenarios.find((s) => s.data.id === back.scenarioId) : undefined;
  const needsScenario = back.name === 'briefing' || back.name === 'conversation' || back.name === 'debrief';
  if ((needsScenario && !scenario) || (back.name === 'debrief' && !back.attemptId)) return undefined;
  return {
    name: back.name,
    ...(scenario ? { scenario } : {}),
    options: {
      ...(back.resume ? { resume: back.resume } : {}),
      ...(back.attemptId ? { attemptId: back.attemptId } : {}),
    },
  };
}
