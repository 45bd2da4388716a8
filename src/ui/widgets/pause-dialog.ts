/**
 * The pause menu (Esc): resume, restart, quit. Modal: the rest of the screen is
 * made inert while it is open, so Tab stays inside it; Esc closes it again.
 */
import { h } from '../dom.ts';
import { icon } from '../icons.ts';
import { MESSAGES as M } from '../../messages/index.ts';

export class PauseDialog {
  readonly element: HTMLElement;
  private readonly resumeButton: HTMLButtonElement;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly behind: HTMLElement,
    actions: { onResume: () => void; onRestart: () => void; onQuit: () => void },
  ) {
    this.resumeButton = h(
      'button',
      { type: 'button', class: 'primary big', onclick: actions.onResume },
      icon('play'),
      h('span', {}, M.resume),
    );
    this.element = h(
      'div',
      { class: 'dialog-backdrop', hidden: true },
      h(
        'div',
        {
          role: 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': 'pause-title',
          'aria-describedby': 'pause-note',
          class: 'dialog',
        },
        h('h2', { id: 'pause-title' }, icon('pause', 22), M.paused),
        h('p', { id: 'pause-note', class: 'muted' }, M.pausedNote),
        this.resumeButton,
        h('button', { type: 'button', onclick: actions.onRestart }, icon('restart'), h('span', {}, M.restart)),
        h('button', { type: 'button', onclick: actions.onQuit }, icon('library'), h('span', {}, M.quit)),
      ),
    );
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  open(): void {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.element.hidden = false;
    this.behind.inert = true;
    this.resumeButton.focus();
  }

  close(): void {
    this.element.hidden = true;
    this.behind.inert = false;
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }
}
