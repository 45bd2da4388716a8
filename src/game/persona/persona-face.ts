/**
 * A living persona face: redrawn from faceGeometry(anger) every time the shown
 * anger moves, tweening toward each new value so the mood changes smoothly.
 * Blinks now and then, moves its mouth while talking, and lets off small puffs
 * of steam when furious. Reduced motion: no tweens, no blinking, no particles.
 */
import * as Phaser from 'phaser';
import { AngerTween } from './anger-tween.ts';
import type { PersonaData } from '../../engine/index.ts';
import { faceGeometry } from './face-geometry.ts';
import { FEATURES_BOX, paintFeatures, paintHead } from './paint-face.ts';
import { StillGraphics } from '../still-graphics.ts';

const STEAM_TEXTURE = 'persona-steam-puff';
/** Warm white: steam, not smoke. */
const STEAM = 0xf4f1ea;

/** How open the mouth is in each of the four talking shapes. */
const TALK_OPEN = [0.2, 0.75, 0.45, 1];
const LOOKS = ['rest', 'blink', 'talk0', 'talk1', 'talk2', 'talk3'] as const;
/**
 * The face is painted again every this many points of anger: a painting is the slowest thing a frame
 * can do, and a change of six points is too small to see mid-tween.
 */
const ANGER_STEP = 6;
/** The head changes only in the flush of its skin, slowly with anger: painted half as often. */
const HEAD_STEP = 12;
type Look = (typeof LOOKS)[number];

/** A soft round puff, drawn once per game and shared by every face. */
function ensureSteamTexture(scene: Phaser.Scene): void {
  if (scene.textures.exists(STEAM_TEXTURE)) return;
  const g = scene.make.graphics({}, false);
  g.fillStyle(STEAM, 0.35).fillCircle(16, 16, 16);
  g.fillStyle(STEAM, 0.8).fillCircle(16, 16, 10);
  g.generateTexture(STEAM_TEXTURE, 32, 32);
  g.destroy();
}

export class PersonaFace extends Phaser.GameObjects.Container {
  private readonly look: PersonaData['look'];
  private readonly size: number;
  /** The head, shoulders and hair, painted again only when the anger it shows has moved by HEAD_STEP. */
  private readonly head: StillGraphics;
  /**
   * Over the head, one baked picture of the features per look the face takes at a given anger: at
   * rest, blinking, and each of the talking mouth's four shapes. Talking and blinking switch between
   * pictures already painted; each is painted again only when the anger moves by ANGER_STEP, and
   * is a third of the head's size, so a new anger paints little more than one head.
   */
  private readonly frames = new Map<Look, StillGraphics>();
  private readonly steam: Phaser.GameObjects.Particles.ParticleEmitter;
  private reducedMotion = false;
  private talking = false;
  private talkPhase = 0;
  private blinking = false;
  private readonly anger: AngerTween;
  private talkTimer: Phaser.Time.TimerEvent | undefined;
  private blinkTimer: Phaser.Time.TimerEvent | undefined;
  private blinkEnd: Phaser.Time.TimerEvent | undefined;

  constructor(scene: Phaser.Scene, x: number, y: number, persona: PersonaData, size: number) {
    super(scene, x, y);
    this.look = persona.look;
    this.size = size;
    this.anger = new AngerTween(persona.anger.start, () => this.redraw());

    ensureSteamTexture(scene);
    const r = size * 0.3;
    this.steam = scene.add.particles(0, -r * 1.2, STEAM_TEXTURE, {
      x: { min: -r * 0.9, max: r * 0.9 },
      speedY: { min: -70, max: -40 },
      speedX: { min: -18, max: 18 },
      scale: { start: (size / 32) * 0.07, end: (size / 32) * 0.16 },
      alpha: { start: 0.75, end: 0 },
      lifespan: 1000,
      frequency: 200,
      emitting: false,
    });
    this.add(this.steam);

    // Head, hair, bun and shoulders all fall within this box around the face's centre (see paintHead).
    this.head = new StillGraphics(scene, { x: -0.5 * size, y: -0.56 * size, width: size, height: 1.45 * size });
    this.addAt(this.head, 0);

    this.scheduleBlink();
    scene.add.existing(this);
    // Every look is painted now, at the starting anger: creating a texture mid-conversation would stall a frame.
    for (const look of LOOKS) this.paintLook(look, this.paintedAnger());
    this.redraw();
  }

  setAnger(anger: number, animate = true): void {
    this.anger.set(anger, animate && !this.reducedMotion, this.scene);
  }

  setTalking(talking: boolean): void {
    if (talking === this.talking) return;
    this.talking = talking;
    this.talkTimer?.remove();
    this.talkTimer = undefined;
    this.talkPhase = 0;
    if (talking && this.scene) {
      // Even with reduced motion the mouth moves gently: it shows who is speaking.
      this.talkTimer = this.scene.time.addEvent({
        delay: this.reducedMotion ? 260 : 120,
        loop: true,
        callback: () => {
          this.talkPhase = (this.talkPhase + 1) % 4;
          this.redraw();
        },
      });
    }
    this.redraw();
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    if (on) {
      this.anger.settle();
      this.blinking = false;
    }
    if (this.talking) {
      this.talking = false;
      this.setTalking(true);
    }
    this.redraw();
  }

  /** The anger the face currently shows (mid-tween it lags behind the last setAnger). */
  get shownAnger(): number {
    return this.anger.shown;
  }

  override destroy(fromScene?: boolean): void {
    this.anger.stop();
    this.talkTimer?.remove();
    this.blinkTimer?.remove();
    this.blinkEnd?.remove();
    this.talkTimer = this.blinkTimer = this.blinkEnd = undefined;
    this.steam.stop(true);
    super.destroy(fromScene); // destroys the drawing and the emitter with the container
  }

  private scheduleBlink(): void {
    if (!this.scene) return;
    this.blinkTimer = this.scene.time.addEvent({
      delay: 2600 + Math.random() * 2400,
      callback: () => {
        if (!this.reducedMotion && this.scene) {
          this.blinking = true;
          this.redraw();
          this.blinkEnd = this.scene.time.addEvent({
            delay: 130,
            callback: () => {
              this.blinking = false;
              this.redraw();
            },
          });
        }
        this.scheduleBlink();
      },
    });
  }

  /** The features for a look at this anger, painted again only if they show another anger. */
  private paintLook(look: Look, anger: number): StillGraphics {
    const frame = this.frame(look);
    if (frame.changed(String(anger))) {
      const talk = look.startsWith('talk') ? TALK_OPEN[Number(look.slice(4))]! : 0;
      paintFeatures(frame.pen, this.look, faceGeometry(anger), this.size, { talk, blink: look === 'blink' });
      frame.bake();
    }
    return frame;
  }

  private frame(look: Look): StillGraphics {
    let frame = this.frames.get(look);
    if (!frame) {
      const s = this.size;
      const box = FEATURES_BOX;
      frame = new StillGraphics(this.scene, {
        x: box.x * s,
        y: box.y * s,
        width: box.width * s,
        height: box.height * s,
      });
      this.frames.set(look, frame);
      this.addAt(frame, 1);
    }
    return frame;
  }

  private paintedAnger(step = ANGER_STEP): number {
    return Math.round(this.anger.shown / step) * step;
  }

  private redraw(): void {
    if (!this.scene) return;
    const anger = this.paintedAnger();
    const geo = faceGeometry(this.anger.shown);
    const look: Look = this.blinking ? 'blink' : this.talking ? LOOKS[2 + this.talkPhase]! : 'rest';
    const headAnger = this.paintedAnger(HEAD_STEP);
    if (this.head.changed(String(headAnger))) {
      paintHead(this.head.pen, this.look, faceGeometry(headAnger), this.size);
      this.head.bake();
    }
    if (this.head.painted) this.head.setVisible(true);
    const frame = this.paintLook(look, anger);
    for (const f of this.frames.values()) {
      f.keepHidden = f !== frame;
      if (f !== frame) f.setVisible(false);
    }
    if (frame.painted) frame.setVisible(true);
    frame.rotation = this.head.rotation = geo.headTilt * (this.look.hairStyle === 'bun' ? -1 : 1) * 0.5;

    const rate = this.reducedMotion ? 0 : geo.particleRate;
    if (rate > 0) {
      this.steam.setFrequency(1000 / rate);
      if (!this.steam.emitting) this.steam.start();
    } else if (this.steam.emitting) {
      this.steam.stop();
    }
  }
}
