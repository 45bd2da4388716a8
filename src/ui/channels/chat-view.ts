/**
 * A chat's words: the conversation so far as message bubbles, a "… is typing"
 * moment before each message (none without motion), a ping as it arrives, and
 * the customer's follow-up when a reply is too slow.
 */
import type { Turn } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import type { ChannelView, ChannelViewDeps } from './channel-view.ts';

/** How long the customer seems to type a message of this length. */
const typingMs = (text: string) => Math.min(1800, 500 + text.length * 6);

export class ChatView implements ChannelView {
  readonly words: HTMLElement;
  private readonly log: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly scroller: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the log shows its newest message: then it stays there when the window or the replies change size. */
  private pinned = true;
  private readonly resized = new ResizeObserver(() => {
    if (this.pinned) this.toNewest();
  });

  constructor(private readonly deps: ChannelViewDeps) {
    this.log = h('ol', { class: 'chat-log' });
    this.typing = h(
      'p',
      { class: 'typing-indicator', hidden: true },
      h('span', { class: 'typing-dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
      M.typing(deps.persona.name),
    );
    this.words = h(
      'div',
      { class: 'chat-window' },
      h(
        'p',
        { class: 'chat-header' },
        h('span', { class: 'online', 'aria-hidden': 'true' }),
        M.chatTitle(deps.persona.name),
      ),
      // Focusable so a keyboard user can scroll back through the history (WCAG 2.1.1).
      (this.scroller = h(
        'div',
        { class: 'chat-scroll', tabindex: '0', role: 'region', 'aria-label': M.chatSoFar },
        this.log,
        this.typing,
      )),
    );
    // Only the trainee unpins the log (scrolling back to read); the page's own layout changes never do.
    const unpin = () => (this.pinned = false);
    for (const type of ['wheel', 'touchmove', 'keydown'] as const)
      this.scroller.addEventListener(type, unpin, { passive: true });
    this.scroller.addEventListener('scroll', () => {
      const s = this.scroller;
      if (s.scrollTop + s.clientHeight >= s.scrollHeight - 24) this.pinned = true;
    });
    this.resized.observe(this.scroller);
    this.resized.observe(this.log);
  }

  /** A new message, or one the trainee must answer, is always in view: the log scrolls to its end. */
  private toNewest(): void {
    this.scroller.scrollTop = this.scroller.scrollHeight;
    this.pinned = true;
  }

  private add(el: HTMLElement): void {
    this.log.append(el);
    this.toNewest();
  }

  private bubble(who: 'customer' | 'you', text: string): HTMLElement {
    return h(
      'li',
      { class: `bubble ${who}` },
      h('span', { class: 'visually-hidden' }, `${who === 'you' ? M.you : this.deps.persona.name}: `),
      text,
    );
  }

  say(line: string, aside: string | undefined, motion: boolean, done: () => void): () => void {
    let shown = false;
    const show = () => {
      if (shown) return;
      shown = true;
      clearTimeout(this.timer);
      this.typing.hidden = true;
      if (aside) this.add(h('li', { class: 'chat-note' }, aside));
      const b = this.bubble('customer', line);
      b.id = 'customer-line';
      this.log.querySelector('#customer-line')?.removeAttribute('id');
      this.add(b);
      this.deps.cue('ping');
      done();
    };
    if (!motion) {
      show();
      return () => {};
    }
    this.typing.hidden = false;
    this.toNewest();
    this.deps.cue('typing');
    this.timer = setTimeout(show, typingMs(line));
    return show;
  }

  restore(turns: readonly Turn[]): void {
    for (const t of turns) {
      this.add(this.bubble('customer', t.customer));
      if (t.choiceId === null) this.add(h('li', { class: 'chat-note' }, M.silence));
      else {
        this.add(this.bubble('you', t.reply));
        if (t.reactionLine) this.add(this.bubble('customer', t.reactionLine));
      }
      if (t.followUp) this.add(this.bubble('customer', t.followUp));
    }
  }

  reply(text: string): void {
    this.add(this.bubble('you', text));
    this.deps.cue('send');
  }

  silence(followUp: string | undefined): void {
    this.add(h('li', { class: 'chat-note' }, M.silence));
    if (followUp) {
      this.add(this.bubble('customer', followUp));
      this.deps.cue('ping');
    }
  }

  setAnger(): void {}

  dispose(): void {
    clearTimeout(this.timer);
    this.resized.disconnect();
  }
}
