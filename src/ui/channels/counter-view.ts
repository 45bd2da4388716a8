/**
 * The counter's words: what is said across the counter, in a speech bubble
 * pointing at the customer (the trainee's reply too, as it is said), and under
 * it in one line how the customer says it and what their body is doing, in
 * words for everyone (the picture shows the same posture).
 */
import { moodOf } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { NextFrame } from '../next-frame.ts';
import { typewriter } from '../typewriter.ts';
import { fitInRoom, reservedRoom } from './reserved-room.ts';
import type { ChannelView, ChannelViewDeps } from './channel-view.ts';

export class CounterView implements ChannelView {
  readonly words: HTMLElement;
  private readonly speech: HTMLElement;
  private readonly who: HTMLElement;
  private readonly line: HTMLElement;
  private readonly aside: HTMLElement;
  private readonly body: HTMLElement;
  /** The bubble's reserved room: the customer's lines hold its height. */
  private readonly room: HTMLElement;
  /** The reply's type size, chosen in the frame that first shows it. */
  private readonly fitting = new NextFrame();

  constructor(private readonly deps: ChannelViewDeps) {
    this.line = h('span', { class: 'speech-words', id: 'customer-line' });
    this.who = h('p', { class: 'speech-who' }, M.customerSays(deps.persona.name));
    // The bubble keeps the height of the customer's tallest line. The trainee's reply shows in that
    // room, in smaller type where it is longer (see reply()), and never makes it grow: reserving the
    // longest replies as well left the customer too small to read at 1280×720, and letting one grow
    // the bubble changed the picture's size, which redraws the whole counter.
    const { lines, asides } = deps.wordings;
    const copies = lines.map((t) => h('span', { class: 'speech-words' }, t));
    this.room = reservedRoom(this.line, copies);
    this.speech = h('div', { class: 'speech' }, this.who, h('p', { class: 'speech-line' }, this.room));
    this.aside = h('span', { class: 'aside' });
    this.body = h('span', {});
    const longestBody = Object.values(M.body).reduce((a, b) => (b.length > a.length ? b : a));
    this.words = h(
      'div',
      { class: 'counter-words' },
      this.speech,
      reservedRoom(
        stageDirection(this.aside, this.body),
        (asides.length ? asides : ['']).map((a) =>
          stageDirection(h('span', { class: 'aside' }, a), h('span', {}, longestBody)),
        ),
      ),
    );
  }

  say(line: string, aside: string | undefined, motion: boolean, done: () => void): () => void {
    this.speaking(M.customerSays(this.deps.persona.name), 'customer');
    this.fitting.cancel();
    fitInRoom(this.room, false);
    this.aside.textContent = aside ?? '';
    return typewriter(this.line, line, motion, done);
  }

  reply(text: string): void {
    this.speaking(M.youSay, 'you');
    this.line.textContent = text;
    this.aside.textContent = '';
    // Measured in the frame that shows the reply, when the page is laid out once for it, rather than in the
    // click (a layout of its own for every size tried); without motion the customer's next line replaces the
    // reply within the same click, and nothing is measured at all.
    this.fitting.run(() => fitInRoom(this.room, true));
  }

  silence(followUp: string | undefined): void {
    this.reply(M.silence);
    if (followUp) {
      this.speaking(M.customerSays(this.deps.persona.name), 'customer');
      this.line.textContent = followUp;
    }
  }

  /** Nothing to bring back: the customer says their current line again. */
  restore(): void {}

  setAnger(anger: number): void {
    this.body.textContent = M.body[moodOf(anger)];
  }

  dispose(): void {
    this.fitting.cancel();
  }

  private speaking(who: string, side: 'customer' | 'you'): void {
    this.who.textContent = who;
    this.speech.dataset.side = side;
  }
}

/** How the customer says it, then what their body does: one line under the speech. */
function stageDirection(aside: HTMLElement, body: HTMLElement): HTMLElement {
  return h(
    'p',
    { class: 'stage-direction' },
    aside,
    h('span', { class: 'body-language' }, h('span', { class: 'label' }, `${M.bodyLanguage}:`), ' ', body),
  );
}
