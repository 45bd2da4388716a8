/**
 * The persona's torso and arms for the shop counter, drawn under the face from
 * bodyLanguage(anger): relaxed arms, hands on the counter, arms crossed,
 * gesturing, or pointing across the counter (one pose per mood); leaning in
 * as anger rises. The words for each pose are the catalogue's MESSAGES.body.
 * Origin is the middle of the shoulder line; `size` is the shoulder width.
 */
import * as Phaser from 'phaser';
import { AngerTween } from './anger-tween.ts';
import { StillGraphics } from '../still-graphics.ts';
import type { PersonaData } from '../../engine/index.ts';
import { bodyLanguage } from './body-language.ts';
import { blendColour } from './face-geometry.ts';
import { hexColour } from './paint-face.ts';

export class PersonaBody extends Phaser.GameObjects.Container {
  private readonly look: PersonaData['look'];
  private readonly size: number;
  private readonly drawing: StillGraphics;
  private reducedMotion = false;
  private readonly anger: AngerTween;

  constructor(scene: Phaser.Scene, x: number, y: number, persona: PersonaData, size: number) {
    super(scene, x, y);
    this.look = persona.look;
    this.size = size;
    this.anger = new AngerTween(persona.anger.start, () => this.redraw());
    // Torso to the counter and every arm pose, the raised hand included, fall within this box.
    this.drawing = new StillGraphics(scene, {
      x: -0.7 * size,
      y: -0.3 * size,
      width: 1.65 * size,
      height: 1.45 * size,
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

  private redraw(): void {
    if (!this.scene) return;
    const body = bodyLanguage(this.anger.shown);
    const g = this.drawing.pen;
    const w = this.size;
    const shirt = hexColour(this.look.shirt);
    const sleeve = blendColour(shirt, 0x000000, 0.3); // darker than the torso so arms read against it
    const skin = hexColour(this.look.skin);
    const counterY = w * 0.95;
    // Leaning in brings the figure a little closer (larger, lower).
    this.drawing.setShownScale(1 + body.lean * 0.06);
    this.drawing.y = body.lean * w * 0.05;
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

    switch (body.arms) {
      case 'relaxed':
        for (const s of [-1, 1]) {
          limb(s * sx, arm * 0.6, s * (sx + arm * 0.1), counterY - arm * 0.5);
          hand(s * (sx + arm * 0.1), counterY - arm * 0.1);
        }
        break;
      case 'hands-on-counter':
        for (const s of [-1, 1]) {
          limb(s * sx, arm * 0.6, s * w * 0.3, counterY - arm * 0.4);
          hand(s * w * 0.3, counterY);
        }
        break;
      case 'crossed':
        for (const s of [-1, 1]) limb(s * sx, arm * 0.6, s * sx, w * 0.5);
        limb(-sx, w * 0.5, sx * 0.75, w * 0.42);
        limb(sx, w * 0.58, -sx * 0.75, w * 0.5);
        hand(sx * 0.8, w * 0.4, 0.9);
        hand(-sx * 0.8, w * 0.48, 0.9);
        break;
      case 'gesturing':
        limb(-sx, arm * 0.6, -w * 0.3, counterY - arm * 0.4);
        hand(-w * 0.3, counterY);
        // Raised forearm out to the side with an open palm, clear of the face.
        limb(sx, arm * 0.6, w * 0.66, w * 0.42);
        limb(w * 0.66, w * 0.42, w * 0.74, w * 0.05);
        hand(w * 0.74, w * 0.0, 1.15);
        for (const a of [-0.6, -0.2, 0.2, 0.6])
          g.fillStyle(skin, 1).fillCircle(w * 0.74 + Math.sin(a) * arm * 0.75, -Math.cos(a) * arm * 0.75, arm * 0.2);
        break;
      case 'pointing':
        limb(-sx, arm * 0.6, -w * 0.3, counterY - arm * 0.4);
        hand(-w * 0.3, counterY);
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
