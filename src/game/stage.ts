/** Creates the Phaser game that hosts the stage scene, inside the given element. */
import * as Phaser from 'phaser';
import { STAGE_HEIGHT, STAGE_WIDTH, StageScene } from './stage-scene.ts';
import { THEME } from './theme.ts';

export function createStage(parent: HTMLElement): Promise<StageScene> {
  return new Promise((resolve) => {
    const scene = new StageScene();
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      width: STAGE_WIDTH,
      height: STAGE_HEIGHT,
      backgroundColor: THEME.background,
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
      scene,
      audio: { noAudio: true },
      banner: false,
    });
    game.events.once(Phaser.Core.Events.READY, () => resolve(scene));
  });
}
