/**
 * What the DOM layer asks of the canvas, as an interface the game implements
 * (src/game/stage.ts), so screens depend on a description of the picture and
 * not on Phaser. Each view names the slots — transparent elements of the
 * screen — that the game draws into.
 */
import type { Channel, CurvePoint, EndingKind, PersonaData, Scenario } from '../engine/index.ts';
import type { ConversationFeed } from '../app/flow/conversation-flow.ts';
import type { SoundCue } from '../app/sound-cue.ts';

export interface PortraitSlot {
  slot: HTMLElement;
  persona: PersonaData;
  channel: Channel;
  anger: number;
}

export type StageView =
  | { scene: 'plain' }
  | { scene: 'home'; hero: HTMLElement; faces: { persona: PersonaData; channel: Channel }[] }
  | { scene: 'library'; cards: PortraitSlot[] }
  | { scene: 'briefing'; slot: HTMLElement; scenario: Scenario; anger: number }
  | { scene: 'conversation'; slot: HTMLElement; scenario: Scenario; feed: ConversationFeed }
  | {
      scene: 'debrief';
      chart: HTMLElement;
      portrait: HTMLElement;
      /** Absent for an attempt of a scenario this version does not have: no portrait. */
      persona?: PersonaData;
      curve: CurvePoint[];
      outcome: EndingKind;
      costliestTurn?: number;
    };

export interface StagePort {
  show(view: StageView): void;
  /** The customer is speaking: mouth moves, the phone's voice level rises. */
  setTalking(on: boolean): void;
  /** A library card has the pointer or focus: its customer cools down a little. */
  highlight(slot: HTMLElement | null): void;
  setReducedMotion(on: boolean): void;
  /** Stops animation while the game is paused. */
  setPaused(on: boolean): void;
}

/** The subset of the audio director the screens use; audio that fails does nothing. */
export interface SoundPort {
  play(cue: SoundCue): void;
  startTension(): void;
  setTension(anger: number): void;
  stopTension(): void;
  setVolumes(v: { master: number; effects: number; ambience: number }): void;
  setMuted(muted: boolean): void;
  readonly available: boolean;
}

export type { SoundCue };
