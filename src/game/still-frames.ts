/**
 * Frames that would draw the picture already on the canvas are not drawn.
 *
 * Every frame the canvas draws makes the browser composite the whole window
 * again. With a GPU that is nothing; in software (a virtual desktop, or an old
 * office laptop's fallback) one composite of a 1280×720 window took 25–75 ms,
 * so a canvas redrawn thirty times a second kept the compositor busy all the
 * time, and the page's next frame after a reply waited on it. Most frames of a
 * conversation (always, with reduced motion) show the same picture. Phaser has
 * no notion of an unchanged frame, so each frame, after the scenes' updates,
 * what decides the picture is read into a list (the scenes, their cameras,
 * every shown object's place, scale, alpha, tint and texture frame, a
 * Graphics' commands) and the frame is drawn only when the list differs from
 * the last drawn one. Textures change only when a StillGraphics paints, which
 * it does on its scene's next render: a scene with such a listener is always
 * drawn.
 */
import * as Phaser from 'phaser';

type Obj = Phaser.GameObjects.GameObject & Record<string, unknown>;

class PictureWatch {
  /** Empty until the first frame is drawn, so that frame always differs. */
  private drawn: unknown[] = [];
  private now: unknown[] = [];
  /** A drawing was waiting to be painted in this frame's render, which changes what the list reads. */
  private painting = false;

  constructor(private readonly game: Phaser.Game) {}

  /** Whether this frame's picture differs from the last one drawn. */
  changed(): boolean {
    const list = this.read();
    if (this.painting) return true;
    const before = this.drawn;
    if (list.length !== before.length) return true;
    for (let i = 0; i < list.length; i++) if (list[i] !== before[i]) return true;
    return false;
  }

  /** The frame was drawn: its picture is the one on the canvas now. */
  wasDrawn(): void {
    // A StillGraphics painted in the render is shown from then on: read again what was drawn.
    const list = this.painting ? this.read() : this.now;
    this.now = this.drawn;
    this.drawn = list;
  }

  private read(): unknown[] {
    const list = this.now;
    list.length = 0;
    this.painting = false;
    const { renderer, scene } = this.game;
    list.push(renderer.width, renderer.height);
    for (const s of scene.scenes) {
      const sys = s.sys;
      const status = sys.settings.status;
      if (!sys.settings.visible || status < Phaser.Scenes.LOADING || status >= Phaser.Scenes.SLEEPING) continue;
      // A drawing waiting for this scene's next render (StillGraphics) changes the picture when it is drawn.
      if (sys.events.listenerCount(Phaser.Scenes.Events.PRE_RENDER) > 0) this.painting = true;
      list.push(s);
      // Named reads, not a loop over names: this runs every frame, and keyed reads of Phaser's getters are slow.
      for (const c of sys.cameras.cameras)
        list.push(c, c.visible, c.x, c.y, c.width, c.height, c.scrollX, c.scrollY, c.zoom, c.alpha);
      this.readObjects(sys.displayList.list as Obj[], list);
    }
    return list;
  }

  private readObjects(objects: readonly Obj[], list: unknown[]): void {
    list.push(objects.length);
    for (const o of objects) {
      list.push(o, o.visible);
      if (!o.visible) continue;
      list.push(o.x, o.y, o.scaleX, o.scaleY, o.rotation, o.alpha, o.depth, o.frame, o.originX, o.originY);
      list.push(o.flipX, o.flipY, o.tintTopLeft, o.tintMode, o.blendMode, o.width, o.height);
      if (o instanceof Phaser.GameObjects.Container) this.readObjects(o.list as Obj[], list);
      // Particles move every frame while any are alive.
      else if (o instanceof Phaser.GameObjects.Particles.ParticleEmitter && o.getAliveParticleCount() > 0)
        list.push(NaN);
      else if (o instanceof Phaser.GameObjects.Graphics) list.push(...commandsOf(o));
    }
  }
}

/** A Graphics' commands, as their count and a checksum: drawn again when either changes. */
function commandsOf(g: Phaser.GameObjects.Graphics): [number, number] {
  const commands = g.commandBuffer as unknown[];
  let sum = 0;
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i];
    if (typeof c === 'number') sum = (sum * 31 + c) % 1e15;
  }
  return [commands.length, sum];
}

/**
 * Phaser's own game step (Game.step: update, then render), except that a frame
 * whose picture is unchanged is not rendered.
 */
export function drawOnlyChangedFrames(game: Phaser.Game): void {
  const watch = new PictureWatch(game);
  const g = game as Phaser.Game & { pendingDestroy: boolean; runDestroy(): void };
  game.step = (time: number, delta: number) => {
    if (g.pendingDestroy) return g.runDestroy();
    if (game.isPaused) return;
    const events = game.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    game.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    if (!watch.changed()) {
      // Set by the update and cleared by the render: left set, the scene manager would hold back every start.
      (game.scene as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    const renderer = game.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    game.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
    watch.wasDrawn();
  };
}
