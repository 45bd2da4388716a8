/**
 * The projector window: nothing but the picture the console sends, drawn
 * full size, with a full-screen button (and F) for the projector's screen.
 * It keeps no data of its own: closed and opened again, it asks the console
 * for the picture.
 */
import type { Scenario } from '../../engine/index.ts';
import type { ProjectorView } from '../../app/workshop/projector-view.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { h } from '../dom.ts';
import type { StagePort } from '../stage-port.ts';
import { publishScreen } from '../state-hook.ts';
import { listenAsProjector } from './projector-link.ts';
import { ProjectorDisplay } from './projector-screen.ts';

export function mountProjector(root: HTMLElement, stage: StagePort, scenarios: readonly Scenario[]): void {
  document.title = M.workshop.projectorTitle;
  const fullScreen = () =>
    document.fullscreenElement
      ? void document.exitFullscreen().catch(() => undefined)
      : void document.documentElement.requestFullscreen().catch(() => undefined);
  const toggle = h('button', { type: 'button', class: 'pj-fullscreen', onclick: fullScreen }, M.workshop.fullScreen);
  const display = new ProjectorDisplay(root, stage, scenarios, [toggle]);
  root.dataset.screen = 'projector';
  const show = (view: ProjectorView) => {
    display.show(view);
    publishScreen({
      screen: 'projector',
      view: view.kind,
      ...(view.kind === 'turn' ? { decision: view.decision } : {}),
    });
  };
  show({ kind: 'waiting' });
  // The button fades once the pointer has been still for a while: nothing in the room's picture.
  let still: ReturnType<typeof setTimeout> | undefined;
  const moved = () => {
    document.body.classList.remove('pointer-still');
    clearTimeout(still);
    still = setTimeout(() => document.body.classList.add('pointer-still'), 2500);
  };
  document.addEventListener('pointermove', moved);
  moved();
  document.addEventListener('keydown', (e) => {
    if (e.key === 'f' || e.key === 'F') fullScreen();
  });
  listenAsProjector(show);
}
