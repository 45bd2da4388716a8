/**
 * The baseline the game is measured against: stock Phaser 4 (its full
 * prebuilt bundle) showing one scene, with the game's canvas settings
 * (transparent, device pixels, 30 frames a second) and Phaser's default
 * renderer (WebGL wherever the browser offers it); with `?canvas`, the 2D
 * canvas the game draws with, for comparison. `window.__baselineShown` is the
 * time of its first drawn frame; `?bench` records frame times exactly as the
 * game does.
 */
import * as Phaser from 'phaser';
import { exposeForBench } from '../../../src/game/bench-hook.ts';

class OneScene extends Phaser.Scene {
  constructor() {
    super('one');
  }
  create(): void {
    const { width, height } = this.scale;
    this.add
      .graphics()
      .fillStyle(0xf4c95d)
      .fillCircle(width / 2, height / 2, Math.min(width, height) / 6);
    this.add
      .text(width / 2, height / 2 + Math.min(width, height) / 4, 'Hello', { fontSize: '32px', color: '#ffffff' })
      .setOrigin(0.5);
    this.game.events.once(
      Phaser.Core.Events.POST_RENDER,
      () => ((window as { __baselineShown?: number }).__baselineShown = performance.now()),
    );
  }
}

const pixelRatio = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
const game = new Phaser.Game({
  type: new URLSearchParams(location.search).has('canvas') ? Phaser.CANVAS : Phaser.AUTO,
  parent: document.getElementById('stage')!,
  width: Math.round(window.innerWidth * pixelRatio),
  height: Math.round(window.innerHeight * pixelRatio),
  transparent: true,
  scale: { mode: Phaser.Scale.NONE },
  audio: { noAudio: true },
  fps: { limit: 30 },
  banner: false,
});
game.events.once(Phaser.Core.Events.READY, () => {
  exposeForBench(game);
  game.scene.add('one', OneScene, true);
});
