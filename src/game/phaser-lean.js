/**
 * The parts of Phaser the game uses, built from Phaser's own sources: its core
 * (game, scenes, cameras, graphics, text, tweens, timers, the Canvas renderer) plus
 * containers and particles. The full build also ships physics engines,
 * tilemaps, video, spine and more that the game never draws; leaving them out
 * keeps them out of the first download. The dev server and the production
 * build both resolve `phaser` to this module (src/cli/vite-phaser-plugin.ts),
 * so what is missing here fails in dev too; types still come from Phaser's
 * own declarations.
 */
import core from 'phaser-src/phaser-core.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/container/ContainerCreator.js';
import Particles from 'phaser-src/gameobjects/particles/index.js';
import 'phaser-src/gameobjects/particles/ParticleEmitterFactory.js';
import 'phaser-src/gameobjects/particles/ParticleEmitterCreator.js';

export const GameObjects = { ...core.GameObjects, Container, Particles };
export const {
  AUTO,
  CANVAS,
  WEBGL,
  HEADLESS,
  VERSION,
  Game,
  Scene,
  Scenes,
  Scale,
  Core,
  Cameras,
  Time,
  Tweens,
  Display,
  Events,
  Textures,
  Renderer,
  Input,
} = core;
// `Math` by name would shadow the global inside this module, so it is exported under its name only.
const PhaserMath = core.Math;
export { PhaserMath as Math };
export default { ...core, GameObjects };
