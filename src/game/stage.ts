/**
 * The canvas behind the page: one Phaser game covering the window, and one
 * scene per screen drawing into the slots the screen leaves for it. Implements
 * the DOM layer's StagePort; until it is up, src/game/late-stage.ts stands in.
 */
import * as Phaser from 'phaser';
import type { StagePort, StageView } from '../ui/stage-port.ts';
import { publishDrawnScene } from '../ui/state-hook.ts';
import { exposeForBench } from './bench-hook.ts';
import { guardDrawing } from './draw-guard.ts';
import { drawOnlyChangedFrames } from './still-frames.ts';
import { clipCanvasToCameras } from './canvas-clip.ts';
import { BriefingScene } from './scenes/briefing-scene.ts';
import { ConversationScene } from './scenes/conversation-scene.ts';
import { DebriefScene } from './scenes/debrief-scene.ts';
import { HomeScene } from './scenes/home-scene.ts';
import { LibraryScene } from './scenes/library-scene.ts';
import type { StageFlags } from './stage-flags.ts';

const SCENES = [
  ['home', HomeScene],
  ['library', LibraryScene],
  ['briefing', BriefingScene],
  ['conversation', ConversationScene],
  ['debrief', DebriefScene],
] as const;
const SCREEN_SCENES = SCENES.map(([key]) => key);

export class Stage implements StagePort {
  private current: string | undefined;
  /** Counts calls to show(), so a scene start still waiting for its frame knows it has been overtaken. */
  private shows = 0;

  /** The scene whose first frame was drawn, named on `window.__cooldownDrawn` except while frames fail. */
  private drawn: string | undefined;
  private failing = false;

  private constructor(private readonly game: Phaser.Game) {
    this.keepDrawing();
  }

  /**
   * A frame that throws would end Phaser's loop for good (it asks for the next frame only after a step returns),
   * leaving every picture blank until a reload. So each frame's error is caught and logged once, and the loop
   * goes on: the drawing that failed is drawn again on its next layout. Meanwhile the hook names no scene.
   * (Replaced before the loop starts, right after READY, like the bench's measure.)
   */
  private keepDrawing(): void {
    const step = this.game.step.bind(this.game);
    this.game.step = (time: number, delta: number) => {
      if (!guardDrawing('frame', () => step(time, delta))) {
        this.failing = true;
        publishDrawnScene('');
      } else if (this.failing) {
        this.failing = false;
        if (this.drawn && this.drawn === this.current) publishDrawnScene(this.drawn);
      }
    };
  }

  /** Starts the game inside `parent` (which should cover the window) and resolves once it is ready to draw. */
  static create(parent: HTMLElement, reducedMotion: boolean): Promise<Stage> {
    // Crisp on high-density screens, capped so phones do not draw four times the pixels.
    const pixelRatio = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
    const size = () => ({
      width: Math.max(1, Math.round(window.innerWidth * pixelRatio)),
      height: Math.max(1, Math.round(window.innerHeight * pixelRatio)),
    });
    const flags: StageFlags = { reducedMotion, talking: false, pixelRatio, highlighted: null };
    return new Promise((resolve) => {
      const game = new Phaser.Game({
        // The 2D canvas, not WebGL. Every picture is painted once into a canvas texture (StillGraphics) and then
        // only moved, scaled and faded: with a GPU the browser's 2D canvas does that as well as WebGL, and without
        // one (a virtual desktop, an office PC whose GPU the browser refuses) it does it far cheaper. Software
        // WebGL took 55–130 ms to open a context and compiled shaders in the first frames, and every frame went
        // through the GPU process (docs/performance.md, "The 2D canvas").
        type: Phaser.CANVAS,
        parent,
        ...size(),
        // Transparent: the page paints the calm background once; the canvas draws only what moves.
        transparent: true,
        // The page sizes the canvas (CSS: 100% of the window); the game draws at device pixels.
        scale: { mode: Phaser.Scale.NONE },
        audio: { noAudio: true },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        // The picture is flat and calm: 30 frames a second is smooth enough and halves the drawing work.
        fps: { limit: 30 },
        banner: false,
        callbacks: { preBoot: (g) => g.registry.set('flags', flags) },
      });
      // Draw at once when the page scrolls, so pictures in slots move with the page instead of a frame behind.
      document.addEventListener('scroll', () => game.loop.step(performance.now()), { capture: true, passive: true });
      window.addEventListener('resize', () => {
        const { width, height } = size();
        game.scale.resize(width, height);
      });
      game.events.once(Phaser.Core.Events.READY, () => {
        // Added now rather than in the config, which starts the first scene it lists at once, with no screen to
        // draw for: each starts when the page shows its screen.
        for (const [key, scene] of SCENES) game.scene.add(key, scene, false);
        drawOnlyChangedFrames(game);
        clipCanvasToCameras(game);
        exposeForBench(game);
        resolve(new Stage(game));
      });
    });
  }

  private get flags(): StageFlags {
    return this.game.registry.get('flags') as StageFlags;
  }

  show(view: StageView): void {
    const key = view.scene === 'plain' ? undefined : view.scene;
    for (const k of SCREEN_SCENES) if (k !== key && this.game.scene.isActive(k)) this.game.scene.stop(k);
    this.flags.talking = false;
    this.flags.highlighted = null;
    this.current = key;
    const mine = ++this.shows;
    this.drawn = undefined;
    publishDrawnScene('');
    if (!key) return;
    // Started on the next frame, not this one: the new page is painted first and its picture a frame later, so
    // a screen's controls show, and take clicks, without waiting for its scene to be built and painted.
    requestAnimationFrame(() => {
      if (mine !== this.shows) return;
      // The first frame rendered after the scene is created is the first one showing this screen. Listened for
      // only now, when the scene does start (it can be created inside start() itself, so listen first): a
      // listener added for a start that was overtaken (a click within the frame) would never fire, and would
      // keep that screen's page alive through its slot, one more for every quick click.
      this.game.scene.getScene(key).events.once(Phaser.Scenes.Events.CREATE, () => {
        this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
          if (this.current !== key) return;
          this.drawn = key;
          if (!this.failing) publishDrawnScene(key);
        });
      });
      this.game.scene.start(key, view);
    });
  }

  setTalking(on: boolean): void {
    this.flags.talking = on;
    this.game.events.emit('talking', on);
  }

  highlight(slot: HTMLElement | null): void {
    this.flags.highlighted = slot;
    this.game.events.emit('highlight', slot);
  }

  setReducedMotion(on: boolean): void {
    this.flags.reducedMotion = on;
    this.game.events.emit('reduced-motion', on);
  }

  setPaused(on: boolean): void {
    if (!this.current) return;
    if (on) this.game.scene.pause(this.current);
    else this.game.scene.resume(this.current);
  }
}
