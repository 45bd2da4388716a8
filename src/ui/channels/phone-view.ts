/**
 * A call's words: live captions under the call screen — who is speaking, how
 * they sound in brackets, and their words as they say them, as closed captions
 * do. The trainee's reply is captioned too, as it is said.
 */
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { typewriter } from '../typewriter.ts';
import { reservedRoom } from './reserved-room.ts';
import type { ChannelView, ChannelViewDeps } from './channel-view.ts';

export class PhoneView implements ChannelView {
  readonly words: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly line: HTMLElement;
  private readonly aside: HTMLElement;

  constructor(private readonly deps: ChannelViewDeps) {
    this.speaker = h('span', { class: 'caption-speaker' }, deps.persona.name);
    this.line = h('span', { class: 'caption-words', id: 'customer-line' });
    this.aside = h('span', { class: 'caption-aside' });
    const { lines, replies, asides } = deps.wordings;
    this.words = h(
      'div',
      { class: 'captions', role: 'region', 'aria-label': M.captions },
      this.speaker,
      // How it sounds before the words, as closed captions put it: under the words' reserved room it
      // would float at the bottom, apart from a short line.
      asides.length
        ? reservedRoom(
            this.aside,
            asides.map((t) => h('span', { class: 'caption-aside' }, `[${t}]`)),
          )
        : this.aside,
      reservedRoom(
        this.line,
        [...lines, ...replies].map((t) => h('span', { class: 'caption-words' }, t)),
      ),
    );
  }

  say(line: string, aside: string | undefined, motion: boolean, done: () => void): () => void {
    this.speaker.textContent = this.deps.persona.name;
    this.aside.textContent = aside ? `[${aside}]` : '';
    return typewriter(this.line, line, motion, done);
  }

  reply(text: string): void {
    this.speaker.textContent = M.you;
    this.line.textContent = text;
    this.aside.textContent = '';
  }

  silence(followUp: string | undefined): void {
    this.reply(M.silence);
    if (followUp) {
      this.speaker.textContent = this.deps.persona.name;
      this.line.textContent = followUp;
    }
  }

  /** Nothing to bring back: the call picks up again with the customer's current line. */
  restore(): void {}

  setAnger(): void {}

  dispose(): void {}
}
