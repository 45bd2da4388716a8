/**
 * The replies on offer as real buttons, numbered for the keys 1–4; while the
 * customer speaks, a line saying so in their place.
 */
import type { ChoiceData } from '../../engine/index.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { h } from '../dom.ts';

export class ReplyList {
  readonly element: HTMLElement;

  constructor(private readonly onPick: (choiceId: string) => void) {
    this.element = h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'reply-title' });
  }

  offer(choices: readonly ChoiceData[]): void {
    this.element.replaceChildren(
      ...choices.map((choice, i) =>
        h(
          'button',
          { type: 'button', class: 'choice', 'data-key': i + 1, onclick: () => this.onPick(choice.id) },
          h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
          h('span', { class: 'choice-text' }, choice.text),
        ),
      ),
    );
    this.focusFirst();
  }

  /** The customer is speaking: no replies yet. */
  listening(name: string): void {
    this.element.replaceChildren(
      h('p', { class: 'listening' }, M.listening(name), ' ', h('span', { class: 'muted' }, M.skipHint)),
    );
  }

  clear(): void {
    this.element.replaceChildren();
  }

  /** Picks the reply with this number key, if there is one; true when it did. */
  pickByKey(key: string): boolean {
    const button = this.element.querySelector<HTMLButtonElement>(`button[data-key="${key}"]`);
    button?.click();
    return !!button;
  }

  /** Puts focus on the first reply unless it is already on one. */
  focusFirst(): void {
    if (!this.element.contains(document.activeElement))
      this.element.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }
}
