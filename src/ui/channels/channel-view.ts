/**
 * How a channel shows the words of a conversation in the page: captions on a
 * call, bubbles in a chat, speech and body language at the counter. The
 * conversation screen drives one of these; the canvas draws the picture. The
 * trainee's reply shows where the customer's words do, as it is said (a
 * caption, a bubble, the counter's speech line): no echo of it elsewhere.
 */
import type { Channel, PersonaData, Turn, Wordings } from '../../engine/index.ts';
import { ChatView } from './chat-view.ts';
import { CounterView } from './counter-view.ts';
import { PhoneView } from './phone-view.ts';

export interface ChannelView {
  /** The customer's words as the channel shows them, under the picture: captions, the chat window, speech. */
  readonly words: HTMLElement;
  /** Shows the customer's line; `done` once it is all there. Returns a function that shows it all at once. */
  say(line: string, aside: string | undefined, motion: boolean, done: () => void): () => void;
  /** The trainee's reply, as said. */
  reply(text: string): void;
  /** The trainee let the clock run out; the customer may say something into the silence. */
  silence(followUp: string | undefined, motion: boolean): void;
  /** After a reload: shows the turns already played, without sound or motion. */
  restore(turns: readonly Turn[]): void;
  /** The customer's anger now (the counter describes their body language). */
  setAnger(anger: number): void;
  dispose(): void;
}

export interface ChannelViewDeps {
  persona: PersonaData;
  /** Plays the sound for a message arriving and shows its caption. */
  cue: (name: 'ping' | 'send' | 'typing') => void;
  /** Everything this conversation may say, so the words' place can keep the height of the tallest. */
  wordings: Wordings;
}

export function createChannelView(channel: Channel, deps: ChannelViewDeps): ChannelView {
  if (channel === 'phone') return new PhoneView(deps);
  if (channel === 'chat') return new ChatView(deps);
  return new CounterView(deps);
}
