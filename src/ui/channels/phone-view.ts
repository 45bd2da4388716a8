/**
 * A call's words: live captions under the call screen — who is
 * speaking, their words as they say them, and how they sound in brackets, as
 * closed captions do — and the trainee's last reply above the choices.
 */
import type { Turn } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { typewriter } from '../typewriter.ts';
import type { ChannelView, ChannelViewDeps } from './channel-view.ts';

export class PhoneView implements ChannelView {
  readonly overlay: HTMLElement;
  readonly panel: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly words: HTMLElement;
  private readonly aside: HTMLElement;
  private readonly lastReply: HTMLElement;

  constructor(private readonly deps: ChannelViewDeps) {
    this.speaker = h('span', { class: 'caption-speaker' }, deps.persona.name);
    this.words = h('span', { class: 'caption-words', id: 'customer-line' });
    this.aside = h('span', { class: 'caption-aside' });
    this.overlay = h(
      'div',
      { class: 'captions', role: 'region', 'aria-label': M.captions },
      this.speaker,
      this.words,
      this.aside,
    );
    this.lastReply = h('p', { class: 'last-reply', hidden: true });
    this.panel = h('div', { class: 'phone-panel' }, this.lastReply);
  }

  say(line: string, aside: string | undefined, motion: boolean, done: () => void): () => void {
    this.speaker.textContent = this.deps.persona.name;
    this.aside.textContent = aside ? `[${aside}]` : '';
    return typewriter(this.words, line, motion, done);
  }

  reply(text: string): void {
    this.lastReply.hidden = false;
    this.lastReply.replaceChildren(h('span', { class: 'who' }, `${M.you}:`), ' ', text);
    this.speaker.textContent = M.you;
    this.words.textContent = text;
    this.aside.textContent = '';
  }

  silence(followUp: string | undefined): void {
    this.reply(M.silence);
    if (followUp) {
      this.speaker.textContent = this.deps.persona.name;
      this.words.textContent = followUp;
    }
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

  setAnger(): void {}

  dispose(): void {}
}
