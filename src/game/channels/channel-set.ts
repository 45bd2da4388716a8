/**
 * A channel's picture around the customer — the call screen, the chat
 * console, the shop counter — drawn into a slot. The conversation and briefing
 * scenes drive it; it holds no rule, only drawing that follows anger and
 * whether the customer is speaking.
 */
import type * as Phaser from 'phaser';
import type { Channel, PersonaData } from '../../engine/index.ts';
import { ChatSet } from './chat-set.ts';
import { CounterSet } from './counter-set.ts';
import { PhoneSet } from './phone-set.ts';

export interface ChannelSet {
  /** Redraws for a slot of this size (CSS pixels); the set fills it. */
  layout(width: number, height: number): void;
  setAnger(anger: number, animate: boolean): void;
  setTalking(on: boolean): void;
  setReducedMotion(on: boolean): void;
  /** A message or line arrived (chat: the avatar's badge pops). */
  pulse(): void;
  /** A reply has just landed and moved anger by `change`: the customer reacts with their body. */
  react(change: number): void;
  /** How tall the customer is drawn, head top to where the picture cuts them off (CSS pixels). */
  figureHeight(): number;
  /** Per-frame animation (voice level, rings). */
  tick(time: number, delta: number): void;
  destroy(): void;
}

export function createChannelSet(
  scene: Phaser.Scene,
  root: Phaser.GameObjects.Container,
  channel: Channel,
  persona: PersonaData,
  anger: number,
): ChannelSet {
  if (channel === 'phone') return new PhoneSet(scene, root, persona, anger);
  if (channel === 'chat') return new ChatSet(scene, root, persona, anger);
  return new CounterSet(scene, root, persona, anger);
}
