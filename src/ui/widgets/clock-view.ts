/** The visible response clock: seconds left in words and a bar that runs down; amber near the end. */
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';

/** Seconds left at which the clock turns to a warning. */
const WARN_AT_S = 5;

export class ClockView {
  readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private readonly bar: HTMLElement;

  constructor() {
    this.text = h('span', { class: 'clock-text' });
    this.bar = h('span', { class: 'clock-bar' });
    // role=timer is not announced as it changes: the live region carries what matters.
    this.element = h(
      'div',
      { class: 'clock', role: 'timer', 'aria-label': M.timerLabel },
      this.text,
      h('span', { class: 'clock-track', 'aria-hidden': 'true' }, this.bar),
    );
  }

  /** `left` and `total` in ms; null for no timer. Returns true when the clock is in its warning range. */
  update(left: number | null, total: number | null): boolean {
    if (left === null || total === null) {
      this.text.textContent = M.noTimer;
      this.element.dataset.state = 'off';
      this.bar.style.transform = 'translateX(-100%)';
      return false;
    }
    const s = Math.ceil(left / 1000);
    // Text only when it changes, and the bar by transform: neither makes the page lay out again each frame.
    const text = M.timeLeft(s);
    if (this.text.textContent !== text) this.text.textContent = text;
    this.bar.style.transform = `translateX(${Math.max(0, Math.min(100, (left / total) * 100)) - 100}%)`;
    const warn = s <= WARN_AT_S;
    this.element.dataset.state = warn ? 'warn' : 'running';
    return warn;
  }
}
