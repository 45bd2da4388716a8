/** What a sound says, in words, for a few seconds: nothing in the game relies on hearing. */
import { h } from '../dom.ts';

/** How long a caption stays up. */
const CAPTION_MS = 4000;

export class SoundCaption {
  readonly element = h('p', { class: 'sound-caption' });
  private timer: ReturnType<typeof setTimeout> | undefined;

  show(text: string): void {
    this.element.textContent = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.clear(), CAPTION_MS);
  }

  /** Takes `text` down if it is still the caption shown (a later sound's caption stays). */
  withdraw(text: string): void {
    if (this.element.textContent === text) this.clear();
  }

  clear(): void {
    clearTimeout(this.timer);
    this.element.textContent = '';
  }
}
