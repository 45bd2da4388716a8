/** Settings every scene reads: kept in the game's registry so scenes need no reference to the stage. */
import type * as Phaser from 'phaser';

export interface StageFlags {
  reducedMotion: boolean;
  talking: boolean;
  /** Device pixels per CSS pixel the canvas renders at. */
  pixelRatio: number;
  /** The slot element whose card has the pointer or focus, if any. */
  highlighted: HTMLElement | null;
}

export function stageFlags(game: Phaser.Game): StageFlags {
  return game.registry.get('flags') as StageFlags;
}
