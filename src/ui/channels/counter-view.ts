/**
 * The counter's words: what the customer says, in a speech bubble; how they
 * say it; and what their body is doing, in words for everyone (the picture
 * shows the same posture).
 */
import type { Turn } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { typewriter } from '../typewriter.ts';
import type { ChannelView, ChannelViewDeps } from './channel-view.ts';

export class CounterView implements ChannelView {
  readonly overlay = null;
  readonly panel: HTMLElement;
  private readonly words: HTMLElement;
  private readonly aside: HTMLElement;
  private readonly body: HTMLElement;
  private readonly lastReply: HTMLElement;

  constructor(private readonly deps: ChannelViewDeps) {
    this.words = h('span', { class: 'speech-words', id: 'customer-line' });
    this.aside = h('p', { class: 'aside' });
    this.body = h('span', {});
    this.lastReply = h('p', { class: 'last-reply', hidden: true });
    this.panel = h(
      'div',
      { class: 'counter-panel' },
      this.lastReply,
      h(
        'div',
        { class: 'speech' },
        h('p', { class: 'speech-who' }, M.customerSays(deps.persona.name)),
        h('p', { class: 'speech-line' }, this.words),
      ),
      this.aside,
      h('p', { class: 'body-language' }, h('span', { class: 'label' }, `${M.bodyLanguage}:`), ' ', this.body),
    );
  }

  say(line: string, aside: string | undefined, motion: boolean, done: () => void): () => void {
    this.aside.textContent = aside ?? '';
    return typewriter(this.words, line, motion, done);
  }

  reply(text: string): void {
    this.lastReply.hidden = false;
    this.lastReply.replaceChildren(h('span', { class: 'who' }, `${M.you}:`), ' ', text);
  }

  silence(followUp: string | undefined): void {
    this.reply(M.silence);
    if (followUp) this.words.textContent = followUp;
  }

  restore(turns: readonly Turn[]): void {
    const last = turns.at(-1);
    if (last) this.lastReply.hidden = false;
    if (last)
      this.lastReply.replaceChildren(
        h('span', { class: 'who' }, `${M.you}:`),
        ' ',
        last.choiceId === null ? M.silence : last.reply,
      );
  }

  setAnger(anger: number): void {
    this.body.textContent = this.deps.body(anger);
  }

  dispose(): void {}
}
