/**
 * The anger meter: the number and the mood in words (never colour alone), a
 * bar over the five mood bands that eases to each new value, and the last
 * change as a signed figure. Exposed as an ARIA meter.
 */
import { MOODS, moodOf } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';

export class AngerMeter {
  readonly element: HTMLElement;
  private readonly number: HTMLElement;
  private readonly mood: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly change: HTMLElement;
  private shown: number;
  private frame = 0;

  constructor(
    anger: number,
    private readonly reducedMotion: () => boolean,
  ) {
    this.number = h('span', { class: 'meter-number' });
    this.mood = h('span', { class: 'meter-mood' });
    // The chip's entrance plays while it has `fresh`; dropping the class when it ends lets the next change play it again.
    this.change = h('span', {
      class: 'meter-change',
      'aria-hidden': 'true',
      onanimationend: () => this.change.classList.remove('fresh'),
    });
    this.fill = h('span', { class: 'meter-fill' });
    const bands = h(
      'span',
      { class: 'meter-bands', 'aria-hidden': 'true' },
      ...MOODS.map((m) => h('span', { class: `band band-${m}` }, h('span', { class: 'band-label' }, M.mood[m]))),
    );
    this.element = h(
      'div',
      { class: 'anger-meter', role: 'meter', 'aria-label': M.anger, 'aria-valuemin': 0, 'aria-valuemax': 100 },
      h(
        'span',
        { class: 'meter-head', 'aria-hidden': 'true' },
        h('span', { class: 'meter-label' }, M.anger),
        this.number,
        this.mood,
        this.change,
      ),
      h('span', { class: 'meter-track', 'aria-hidden': 'true' }, this.fill),
      bands,
    );
    this.shown = anger;
    this.set(anger, 0);
  }

  /** Shows a new anger, `delta` being the change that led to it (0 for none). */
  set(anger: number, delta: number): void {
    this.element.setAttribute('aria-valuenow', String(anger));
    this.element.setAttribute('aria-valuetext', M.angerValue(anger, M.mood[moodOf(anger)]));
    this.element.dataset.mood = moodOf(anger);
    // A transform, not a width: the easing runs without laying the page out each frame.
    this.fill.style.transform = `translateX(${anger - 100}%)`;
    this.change.textContent = delta ? M.points(delta) : '';
    this.change.dataset.sign = delta > 0 ? 'up' : delta < 0 ? 'down' : '';
    // Play the chip's entrance for each change, without forcing the page to lay itself out: a change that
    // comes while the last one is still playing restarts it (removing and re-adding the class would need a layout).
    if (!delta) this.change.classList.remove('fresh');
    else if (!this.change.classList.contains('fresh')) this.change.classList.add('fresh');
    else
      for (const a of this.change.getAnimations?.() ?? []) {
        a.cancel();
        a.play();
      }
    cancelAnimationFrame(this.frame);
    if (this.reducedMotion() || this.shown === anger) return this.paint(anger);
    const from = this.shown;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / 700);
      const eased = 1 - (1 - t) ** 3;
      this.paint(Math.round(from + (anger - from) * eased));
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private paint(value: number): void {
    this.shown = value;
    this.number.textContent = String(value);
    this.mood.textContent = M.mood[moodOf(value)];
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
  }
}
