/**
 * The console and the projector window talking. The console opens the
 * projector with window.open; both then speak over a BroadcastChannel (the
 * same postMessage, without holding the other window): either side can be
 * closed or reloaded and finds the other again, and the projector asks for
 * the picture as soon as it opens.
 */
import type { ProjectorView } from '../../app/workshop/projector-view.ts';

const CHANNEL = 'cooldown-workshop';
const WINDOW_NAME = 'cooldown-projector';

type Message =
  | { type: 'projector-here' }
  | { type: 'projector-gone' }
  | { type: 'console-here' }
  | { type: 'view'; view: ProjectorView };

/** The console's end: sends every new picture, and knows whether a projector is listening. */
export class ConsoleLink {
  private readonly channel = new BroadcastChannel(CHANNEL);
  private view: ProjectorView = { kind: 'waiting' };
  connected = false;

  constructor(private readonly onStatus: (connected: boolean) => void) {
    this.channel.onmessage = (e: MessageEvent<Message>) => {
      if (e.data?.type === 'projector-here') {
        this.status(true);
        this.post({ type: 'view', view: this.view });
      } else if (e.data?.type === 'projector-gone') this.status(false);
    };
    // A projector left open from before a reload answers this.
    this.post({ type: 'console-here' });
  }

  show(view: ProjectorView): void {
    this.view = view;
    this.post({ type: 'view', view });
  }

  /**
   * Opens the projector window (or brings back the one already open), on
   * another screen where the browser has been allowed to place windows.
   * False when the browser blocked the window.
   */
  async open(): Promise<boolean> {
    const url = new URL(location.href);
    url.search = '?view=projector';
    url.hash = '';
    const place = await otherScreen();
    const features = place
      ? `popup,left=${place.left},top=${place.top},width=${place.width},height=${place.height}`
      : 'popup,width=1280,height=720';
    const opened = window.open(url.toString(), WINDOW_NAME, features);
    opened?.focus();
    return opened !== null;
  }

  close(): void {
    this.channel.close();
  }

  private status(connected: boolean): void {
    this.connected = connected;
    this.onStatus(connected);
  }

  private post(m: Message): void {
    this.channel.postMessage(m);
  }
}

/** The projector's end: says it is here, shows each picture it is sent, says when it goes. */
export function listenAsProjector(show: (view: ProjectorView) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data?.type === 'view') show(e.data.view);
    else if (e.data?.type === 'console-here') channel.postMessage({ type: 'projector-here' } satisfies Message);
  };
  channel.postMessage({ type: 'projector-here' } satisfies Message);
  const gone = () => channel.postMessage({ type: 'projector-gone' } satisfies Message);
  window.addEventListener('pagehide', gone);
  return () => {
    window.removeEventListener('pagehide', gone);
    gone();
    channel.close();
  };
}

interface ScreenPlace {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface ScreenDetails {
  screens: (ScreenPlace & { availLeft: number; availTop: number; availWidth: number; availHeight: number })[];
  currentScreen: unknown;
}

/**
 * Where a second screen is, when the browser offers window placement and the
 * facilitator has already allowed it (asking here would hold up the window).
 */
async function otherScreen(): Promise<ScreenPlace | undefined> {
  const w = window as Window & { getScreenDetails?: () => Promise<ScreenDetails> };
  if (!w.getScreenDetails) return undefined;
  try {
    const state = await navigator.permissions.query({ name: 'window-management' as PermissionName });
    if (state.state !== 'granted') return undefined;
    const details = await w.getScreenDetails();
    const other = details.screens.find((s) => s !== details.currentScreen);
    return other && { left: other.availLeft, top: other.availTop, width: other.availWidth, height: other.availHeight };
  } catch {
    return undefined;
  }
}

/** Asks the browser, once, for leave to place the projector on another screen (a click's worth of consent). */
export async function askToPlaceWindows(): Promise<boolean> {
  const w = window as Window & { getScreenDetails?: () => Promise<ScreenDetails> };
  if (!w.getScreenDetails) return false;
  try {
    return (await w.getScreenDetails()).screens.length > 1;
  } catch {
    return false;
  }
}

export const placingWindowsOffered = () => 'getScreenDetails' in window;
