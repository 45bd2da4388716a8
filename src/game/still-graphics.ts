/**
 * A drawing that is painted once and then shown as an image. Phaser draws
 * every shape of a Graphics object again on every frame it draws (each path,
 * arc and fill), which for faces, bodies and the shop costs more than
 * everything else in a frame; most frames show the same picture. Draw into
 * `pen` as into any Graphics (it is never shown itself), then `bake()`: the
 * shapes are painted once into a canvas texture at device pixels, and each
 * frame only draws that texture until the next bake.
 *
 * The painting is what a bake costs, so a scene paints at most one repainted
 * drawing per frame: the others keep showing their last picture for a frame
 * or two, in the order they were baked. A first painting (a scene being
 * built) is done at once.
 */
import * as Phaser from 'phaser';
import { guardDrawing } from './draw-guard.ts';
import { stageFlags } from './stage-flags.ts';

/** The region of the pen's own coordinates that is kept; drawing outside it is cut off. */
export interface StillBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

type CanvasPaint = {
  renderCanvas(
    renderer: unknown,
    src: unknown,
    camera: unknown,
    parent: null,
    ctx: CanvasRenderingContext2D,
    clip: boolean,
  ): void;
};

let count = 0;

/** Per scene, the repainted drawings waiting for their frame, oldest first. */
const waiting = new WeakMap<Phaser.Scene, StillGraphics[]>();

function paintNext(this: Phaser.Scene): void {
  const queue = waiting.get(this);
  queue?.shift()?.paintNow();
  if (queue?.length) this.sys.events.once(Phaser.Scenes.Events.PRE_RENDER, paintNext, this);
}

export class StillGraphics extends Phaser.GameObjects.Image {
  /** Draw here, then bake(). */
  readonly pen: Phaser.GameObjects.Graphics;
  private readonly key = `still-${++count}`;
  private readonly resolution: number;
  private canvas: Phaser.Textures.CanvasTexture | undefined;
  /** Left hidden once painted (one of several pictures of which another is shown now). */
  keepHidden = false;
  private shownScale = 1;
  private pending = false;

  constructor(
    scene: Phaser.Scene,
    private bounds: StillBounds,
  ) {
    super(scene, 0, 0, '__DEFAULT');
    this.resolution = stageFlags(scene.game).pixelRatio;
    this.pen = scene.make.graphics({}, false);
    this.setVisible(false);
  }

  private drawnState: string | undefined;

  /** True when `state` differs from the one last passed: redraw and bake only then. */
  changed(state: string): boolean {
    if (state === this.drawnState) return false;
    this.drawnState = state;
    return true;
  }

  /** Scale as the drawing should appear (the texture itself is at device pixels). */
  setShownScale(scale: number): this {
    this.shownScale = scale;
    return this.setScale(scale / this.resolution);
  }

  /**
   * Paints what the pen holds into the texture before the next frame is drawn;
   * `bounds` when the drawing changed size. Several bakes within one frame (a
   * new anger and the start of talking, say) paint once.
   */
  bake(bounds: StillBounds = this.bounds): this {
    this.bounds = bounds;
    const scene = this.scene;
    if (this.pending || !scene) return this;
    this.pending = true;
    if (!this.canvas) {
      scene.sys.events.once(Phaser.Scenes.Events.PRE_RENDER, this.paintNow, this);
      return this;
    }
    const queue = waiting.get(scene) ?? [];
    waiting.set(scene, queue);
    queue.push(this);
    // Exactly one turn-taker per scene (a shutdown may have dropped the one before).
    scene.sys.events.off(Phaser.Scenes.Events.PRE_RENDER, paintNext, scene);
    scene.sys.events.once(Phaser.Scenes.Events.PRE_RENDER, paintNext, scene);
    return this;
  }

  /** @internal Paints the drawing now (the scene's turn for it has come). */
  paintNow(): void {
    if (!this.pending) return;
    this.pending = false;
    if (!this.scene) return;
    const bounds = this.bounds;
    const r = this.resolution;
    const width = Math.max(1, Math.ceil(bounds.width * r));
    const height = Math.max(1, Math.ceil(bounds.height * r));
    const textures = this.scene.textures;
    if (!this.canvas || this.canvas.width !== width || this.canvas.height !== height) {
      if (this.canvas) textures.remove(this.key);
      this.canvas = textures.createCanvas(this.key, width, height)!;
      this.setTexture(this.key);
    } else {
      this.canvas.context.clearRect(0, 0, width, height);
    }
    // Painted by Phaser's own canvas renderer for Graphics: the pen's transform puts the bounds at the origin, at device pixels.
    const camera = (Phaser.GameObjects.Graphics as unknown as { TargetCamera: Phaser.Cameras.Scene2D.BaseCamera })
      .TargetCamera;
    camera.setScene(this.scene);
    camera.setViewport(0, 0, width, height);
    camera.scrollX = camera.scrollY = 0;
    this.pen.setPosition(-bounds.x * r, -bounds.y * r).setScale(r);
    const canvas = this.canvas;
    const painted = guardDrawing('still drawing', () =>
      (this.pen as unknown as CanvasPaint).renderCanvas(
        this.scene.sys.game.renderer,
        this.pen,
        camera,
        null,
        canvas.context,
        false,
      ),
    );
    if (!painted) {
      // Shown empty rather than half painted; the next change draws it again.
      canvas.context.restore(); // Phaser saved the context before drawing and never got to restore it
      canvas.context.setTransform(1, 0, 0, 1, 0, 0);
      canvas.context.clearRect(0, 0, width, height);
      this.drawnState = undefined;
    }
    canvas.refresh();
    // An empty drawing (a slot with no size) has no middle: keep its origin at the corner.
    this.setOrigin(bounds.width ? -bounds.x / bounds.width : 0, bounds.height ? -bounds.y / bounds.height : 0);
    this.setShownScale(this.shownScale);
    this.setVisible(!this.keepHidden);
  }

  /** Whether the texture holds a painting, so it can be shown (an older one while a repaint waits its turn). */
  get painted(): boolean {
    return this.canvas !== undefined;
  }

  override destroy(fromScene?: boolean): void {
    if (this.pending && this.scene) {
      this.scene.sys.events.off(Phaser.Scenes.Events.PRE_RENDER, this.paintNow, this);
      const queue = waiting.get(this.scene) ?? [];
      if (queue.includes(this)) queue.splice(queue.indexOf(this), 1);
    }
    if (this.canvas && this.scene) this.scene.textures.remove(this.key);
    this.canvas = undefined;
    this.pen.destroy();
    super.destroy(fromScene);
  }
}
