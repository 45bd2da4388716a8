/**
 * A persona's face in a round frame, for cards, the call screen, the chat
 * header and the debrief. The shoulders below the circle are hidden by a
 * crescent painted in the colour of whatever surrounds the portrait (no mask
 * filter needed); it reaches only below the circle, so portraits side by side
 * never cover each other. The rim takes the colour of the current mood.
 */
import * as Phaser from 'phaser';
import type { PersonaData } from '../engine/index.ts';
import { moodOf } from '../engine/catalogue/mood.ts';
import { PersonaFace } from './persona/persona-face.ts';
import { StillGraphics } from './still-graphics.ts';
import { hex, MOOD_COLOURS, PALETTE } from './theme.ts';

/** How far below the circle the cover reaches at angle θ (0 = right, π/2 = straight down), as a multiple of the radius. */
const coverReach = (theta: number) => 1.06 + 0.98 * Math.sin(theta) ** 1.5;

export class Portrait extends Phaser.GameObjects.Container {
  readonly face: PersonaFace;
  private readonly back: StillGraphics;
  private readonly rim: StillGraphics;
  private anger: number;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    persona: PersonaData,
    private readonly diameter: number,
    anger: number,
    private readonly surround: string = PALETTE.surface,
  ) {
    super(scene, x, y);
    this.anger = anger;
    const r = diameter / 2;
    this.back = new StillGraphics(scene, { x: -r, y: -r, width: 2 * r, height: 2 * r });
    // The face drawing is centred on the head; nudge it down so head and shoulders fill the circle.
    this.face = new PersonaFace(
      scene,
      0,
      diameter * 0.06,
      { ...persona, anger: { ...persona.anger, start: anger } },
      diameter * 1.05,
    );
    // The cover reaches about twice the radius below the centre and a little wider than the circle.
    this.rim = new StillGraphics(scene, { x: -1.3 * r, y: -1.1 * r, width: 2.6 * r, height: 3.2 * r });
    this.add([this.back, this.face, this.rim]);
    scene.add.existing(this);
    this.paint();
  }

  setAnger(anger: number, animate = true): void {
    this.anger = anger;
    this.face.setAnger(anger, animate);
    this.paint();
  }

  private paint(): void {
    const r = this.diameter / 2;
    this.back.pen.clear().fillStyle(hex(PALETTE.raised), 1).fillCircle(0, 0, r);
    this.back.bake();
    const steps = 32;
    const points: Phaser.Math.Vector2[] = [];
    for (let i = 0; i <= steps; i++) {
      const t = (Math.PI * i) / steps;
      points.push(new Phaser.Math.Vector2(Math.cos(t) * r, Math.sin(t) * r));
    }
    for (let i = steps; i >= 0; i--) {
      const t = (Math.PI * i) / steps;
      points.push(new Phaser.Math.Vector2(Math.cos(t) * r * coverReach(t), Math.sin(t) * r * coverReach(t)));
    }
    this.rim.pen.clear().fillStyle(hex(this.surround), 1).fillPoints(points, true);
    this.rim.pen.lineStyle(Math.max(3, r * 0.07), hex(MOOD_COLOURS[moodOf(this.anger)]), 1).strokeCircle(0, 0, r);
    this.rim.bake();
  }
}
