/**
 * The replies on offer as real buttons, numbered for the keys 1–4; while the
 * customer speaks, a line saying so in their place. Choosing is always
 * deliberate: when replies appear, focus goes to their group, not to the
 * first reply, so a Space or Enter meant for the line (or held from before)
 * picks nothing; a number key, a click, or Enter on a reply the trainee moved
 * to does. A held key's repeats pick nothing either.
 */
import type { ChoiceData } from '../../engine/index.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { h } from '../dom.ts';
import { NextFrame } from '../next-frame.ts';

export class ReplyList {
  readonly element: HTMLElement;
  private readonly focusing = new NextFrame();

  constructor(private readonly onPick: (choiceId: string) => void) {
    this.element = h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'reply-title', tabindex: -1 });
    this.element.addEventListener('keydown', (e) => {
      if (e.repeat && (e.key === 'Enter' || e.key === ' ')) e.preventDefault();
    });
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
    // Focus moves in the frame that shows the replies: moving it now would lay out the whole page inside the
    // click that chose the last reply, before the frame lays it out again. Number keys work at once.
    this.focusing.run(() => {
      if (this.element.isConnected && this.element.querySelector('button')) this.focusGroup();
    });
  }

  /** The customer is speaking: no replies yet. */
  listening(name: string): void {
    this.focusing.cancel();
    this.element.replaceChildren(
      h('p', { class: 'listening' }, M.listening(name), ' ', h('span', { class: 'muted' }, M.skipHint)),
    );
  }

  clear(): void {
    this.focusing.cancel();
    this.element.replaceChildren();
  }

  /** Picks the reply with this number key, if there is one; true when it did. A held key picks nothing. */
  pickByKey(e: KeyboardEvent): boolean {
    const button = this.element.querySelector<HTMLButtonElement>(`button[data-key="${e.key}"]`);
    if (button && !e.repeat) button.click();
    return !!button;
  }

  /** Puts focus on the replies' group unless it is already on a reply: Tab or the number keys go on from there. */
  focusGroup(): void {
    if (!this.element.contains(document.activeElement)) this.element.focus({ preventScroll: true });
  }
}
