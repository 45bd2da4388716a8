/** The visible response clock: seconds left in words and a bar that runs down; amber near the end. */
import { h } from '../dom.ts';
import { CLOCK_WARNING_MS } from '../../app/flow/flow-machine.ts';
import { MESSAGES as M } from '../../messages/index.ts';

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

  /** `left` and `total` in ms; null for no timer. Amber from the time the flow warns. */
  update(left: number | null, total: number | null): void {
    if (left === null || total === null) {
      this.text.textContent = M.noTimer;
      this.element.dataset.state = 'off';
      this.bar.style.transform = 'translateX(-100%)';
      return;
    }
    const s = Math.ceil(left / 1000);
    // Text only when it changes, and the bar by transform: neither makes the page lay out again each frame.
    const text = M.timeLeft(s);
    if (this.text.textContent !== text) this.text.textContent = text;
    this.bar.style.transform = `translateX(${Math.max(0, Math.min(100, (left / total) * 100)) - 100}%)`;
    this.element.dataset.state = left <= CLOCK_WARNING_MS ? 'warn' : 'running';
  }
}
