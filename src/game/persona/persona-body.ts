/**
 * The persona's torso and arms, drawn under the face from bodyLanguage(anger):
 * relaxed arms, hands down (on the counter, in a shop), arms crossed,
 * gesturing, or pointing (one pose per mood); leaning in as anger rises. The
 * words for each pose are the catalogue's MESSAGES.body. On a call the left
 * hand holds the handset to the ear, in a chat it holds a phone at the chest:
 * the other arm still shows the pose. Origin is the middle of the shoulder
 * line; `size` is the shoulder width.
 */
import * as Phaser from 'phaser';
import { AngerTween } from './anger-tween.ts';
import { StillGraphics } from '../still-graphics.ts';
import type { PersonaData } from '../../engine/index.ts';
import { bodyLanguage } from './body-language.ts';
import { blendColour } from './face-geometry.ts';
import { hexColour } from './paint-face.ts';

/** What the left hand holds: nothing (the counter), the handset (a call), a phone (a chat). */
export type HandProp = 'none' | 'handset' | 'phone';

export class PersonaBody extends Phaser.GameObjects.Container {
  private readonly look: PersonaData['look'];
  private readonly size: number;
  private readonly drawing: StillGraphics;
  private reducedMotion = false;
  private readonly anger: AngerTween;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    persona: PersonaData,
    size: number,
    private readonly prop: HandProp = 'none',
  ) {
    super(scene, x, y);
    this.look = persona.look;
    this.size = size;
    this.anger = new AngerTween(persona.anger.start, () => this.redraw());
    // Torso to the counter and every arm pose, the raised hand and the handset at the ear included, fall within this box.
    this.drawing = new StillGraphics(scene, {
      x: -0.85 * size,
      y: -1.05 * size,
      width: 1.8 * size,
      height: 2.2 * size,
    });
    this.add(this.drawing);
    scene.add.existing(this);
    this.redraw();
  }

  setAnger(anger: number, animate = true): void {
    this.anger.set(anger, animate && !this.reducedMotion, this.scene);
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    if (on) {
      this.anger.settle();
      this.redraw();
    }
  }

  override destroy(fromScene?: boolean): void {
    this.anger.stop();
    super.destroy(fromScene);
  }

  /** The left arm holding the call's handset to the ear, or the chat's phone in front of the chest. */
  private holdProp(
    limb: (x1: number, y1: number, x2: number, y2: number) => void,
    hand: (x: number, y: number, s?: number) => void,
    sx: number,
    arm: number,
  ): void {
    const g = this.drawing.pen;
    const w = this.size;
    const device = hexColour('#1b2430');
    if (this.prop === 'handset') {
      // Elbow down by the side, forearm up to the ear; the hand and the handset are drawn over the head (PersonaFigure).
      limb(-sx, arm * 0.6, -w * 0.62, w * 0.3);
      limb(-w * 0.62, w * 0.3, -w * 0.5, -w * 0.33);
      return;
    }
    // A phone held up at the chest, screen toward the customer, lit by it.
    limb(-sx, arm * 0.6, -w * 0.34, w * 0.62);
    limb(-w * 0.34, w * 0.62, -w * 0.12, w * 0.5);
    g.fillStyle(device, 1).fillRoundedRect(-w * 0.2, w * 0.22, w * 0.2, w * 0.32, w * 0.04);
    g.fillStyle(hexColour('#9fd6ff'), 0.35).fillRoundedRect(-w * 0.185, w * 0.235, w * 0.17, w * 0.27, w * 0.03);
    hand(-w * 0.12, w * 0.5, 1.05);
  }

  private redraw(): void {
    if (!this.scene) return;
    const body = bodyLanguage(this.anger.shown);
    const w = this.size;
    // Leaning in brings the figure a little closer (larger, lower): the painted pose only moves.
    this.drawing.setShownScale(1 + body.lean * 0.06);
    this.drawing.y = body.lean * w * 0.05;
    // The pose is the mood's: painted again only where the mood changes, not on every frame of the easing.
    if (!this.drawing.changed(body.mood)) return;
    const g = this.drawing.pen;
    const shirt = hexColour(this.look.shirt);
    const sleeve = blendColour(shirt, 0x000000, 0.3); // darker than the torso so arms read against it
    const skin = hexColour(this.look.skin);
    const counterY = w * 0.95;
    g.clear();

    // Torso, narrowing to the counter; shoulders squared up when tense.
    const hunch = body.posture === 'tense' || body.posture === 'aggressive' ? w * 0.04 : 0;
    g.fillStyle(shirt, 1);
    g.fillRoundedRect(-w * 0.42, -hunch, w * 0.84, counterY + hunch + w * 0.1, {
      tl: w * 0.2,
      tr: w * 0.2,
      bl: 0,
      br: 0,
    });
    g.fillStyle(sleeve, 1).fillTriangle(-w * 0.12, 0, w * 0.12, 0, 0, w * 0.18);

    const arm = w * 0.17;
    const hand = (x: number, y: number, s = 1) => g.fillStyle(skin, 1).fillCircle(x, y, arm * 0.55 * s);
    const limb = (x1: number, y1: number, x2: number, y2: number) => {
      g.lineStyle(arm, sleeve, 1).lineBetween(x1, y1, x2, y2);
      g.fillStyle(sleeve, 1)
        .fillCircle(x1, y1, arm / 2)
        .fillCircle(x2, y2, arm / 2);
    };
    const sx = w * 0.5 - arm * 0.4;

    const held = this.prop !== 'none';
    if (held) this.holdProp(limb, hand, sx, arm);
    switch (body.arms) {
      case 'relaxed':
        for (const s of held ? [1] : [-1, 1]) {
          limb(s * sx, arm * 0.6, s * (sx + arm * 0.1), counterY - arm * 0.5);
          hand(s * (sx + arm * 0.1), counterY - arm * 0.1);
        }
        break;
      case 'hands-on-counter':
        for (const s of held ? [1] : [-1, 1]) {
          limb(s * sx, arm * 0.6, s * w * 0.3, counterY - arm * 0.4);
          hand(s * w * 0.3, counterY);
        }
        break;
      case 'crossed':
        if (held) {
          // One arm across the chest, under the held hand.
          limb(sx, arm * 0.6, sx, w * 0.58);
          limb(sx, w * 0.58, -sx * 0.55, w * 0.62);
          hand(-sx * 0.6, w * 0.6, 0.9);
          break;
        }
        for (const s of [-1, 1]) limb(s * sx, arm * 0.6, s * sx, w * 0.5);
        limb(-sx, w * 0.5, sx * 0.75, w * 0.42);
        limb(sx, w * 0.58, -sx * 0.75, w * 0.5);
        hand(sx * 0.8, w * 0.4, 0.9);
        hand(-sx * 0.8, w * 0.48, 0.9);
        break;
      case 'gesturing':
        if (!held) {
          limb(-sx, arm * 0.6, -w * 0.3, counterY - arm * 0.4);
          hand(-w * 0.3, counterY);
        }
        // Raised forearm out to the side with an open palm, clear of the face.
        limb(sx, arm * 0.6, w * 0.66, w * 0.42);
        limb(w * 0.66, w * 0.42, w * 0.74, w * 0.05);
        hand(w * 0.74, w * 0.0, 1.15);
        for (const a of [-0.6, -0.2, 0.2, 0.6])
          g.fillStyle(skin, 1).fillCircle(w * 0.74 + Math.sin(a) * arm * 0.75, -Math.cos(a) * arm * 0.75, arm * 0.2);
        break;
      case 'pointing':
        if (!held) {
          limb(-sx, arm * 0.6, -w * 0.3, counterY - arm * 0.4);
          hand(-w * 0.3, counterY);
        }
        // Forearm comes across toward the viewer, ending in a big jabbing finger.
        limb(sx, arm * 0.6, w * 0.5, w * 0.55);
        limb(w * 0.5, w * 0.55, w * 0.12, w * 0.6);
        hand(w * 0.1, w * 0.6, 1.3);
        g.fillStyle(skin, 1).fillRoundedRect(-w * 0.2, w * 0.56, w * 0.28, arm * 0.45, arm * 0.22);
        break;
    }
    this.drawing.bake();
  }
}
