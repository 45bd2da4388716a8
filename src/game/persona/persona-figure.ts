/**
 * The customer as a whole figure: the body with its posture and gesture
 * (PersonaBody) and the face over it (PersonaFace), alive between lines and
 * reacting the moment a reply lands (figureMotion). The movement shifts the
 * baked drawings as a whole, so a frame repaints nothing. Reduced motion keeps
 * every expression and pose and drops the movement.
 */
import * as Phaser from 'phaser';
import type { PersonaData } from '../../engine/index.ts';
import { StillGraphics } from '../still-graphics.ts';
import { PersonaBody, type HandProp } from './persona-body.ts';
import { PersonaFace } from './persona-face.ts';
import { figureMotion, reactionTo, type Reaction } from './figure-motion.ts';
import { FACE_SIZE, HEAD_ABOVE_SHOULDERS } from './proportions.ts';
import { hexColour } from './paint-face.ts';

export class PersonaFigure extends Phaser.GameObjects.Container {
  readonly torso: PersonaBody;
  readonly face: PersonaFace;
  /** On a call: the hand holding the handset to the ear, in front of the head and moving with it. */
  private readonly handset: StillGraphics | undefined;
  private readonly size: number;
  private readonly faceY: number;
  private anger: number;
  private talking = false;
  private reducedMotion = false;
  private t = Math.random() * 10_000;
  private reaction: Reaction | undefined;

  constructor(scene: Phaser.Scene, x: number, shoulderY: number, persona: PersonaData, size: number, prop: HandProp) {
    super(scene, x, shoulderY);
    this.size = size;
    this.anger = persona.anger.start;
    this.faceY = -HEAD_ABOVE_SHOULDERS * size;
    this.torso = new PersonaBody(scene, 0, 0, persona, size, prop);
    this.face = new PersonaFace(scene, 0, this.faceY, persona, FACE_SIZE * size);
    this.add([this.torso, this.face]);
    if (prop === 'handset') this.add((this.handset = handsetAtEar(scene, persona, size)));
    this.handset?.setPosition(0, this.faceY);
    scene.add.existing(this);
  }

  setAnger(anger: number, animate: boolean): void {
    this.anger = anger;
    this.torso.setAnger(anger, animate);
    this.face.setAnger(anger, animate);
  }

  setTalking(on: boolean): void {
    this.talking = on;
    this.face.setTalking(on);
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    this.torso.setReducedMotion(on);
    this.face.setReducedMotion(on);
    if (on) {
      this.reaction = undefined;
      this.pose(0, 0, 0);
    }
  }

  /** A reply has landed and moved anger by `change`: react to it now, before the next line. */
  react(change: number): void {
    if (!this.reducedMotion) this.reaction = reactionTo(change);
  }

  tick(delta: number): void {
    if (this.reducedMotion) return;
    this.t += delta;
    if (this.reaction) this.reaction.elapsed += delta;
    const m = figureMotion(this.t, this.anger, this.talking, this.reaction);
    this.pose(m.bodyY * this.size, m.headY * this.size, m.tilt);
  }

  private pose(bodyY: number, headY: number, tilt: number): void {
    this.torso.y = bodyY;
    this.face.y = this.faceY + headY;
    this.face.rotation = tilt;
    this.handset?.setPosition(0, this.face.y).setRotation(tilt);
  }
}

/** A phone held flat against the left ear and cheek, the hand around its lower half; origin at the face's centre. */
function handsetAtEar(scene: Phaser.Scene, persona: PersonaData, size: number): StillGraphics {
  const s = size;
  const drawing = new StillGraphics(scene, { x: -0.75 * s, y: -0.45 * s, width: 0.4 * s, height: 0.75 * s });
  const g = drawing.pen;
  g.fillStyle(hexColour('#1b2430'), 1).fillRoundedRect(-0.6 * s, -0.22 * s, 0.17 * s, 0.5 * s, 0.05 * s);
  g.fillStyle(hexColour('#3a4a5e'), 1).fillRoundedRect(-0.585 * s, -0.19 * s, 0.14 * s, 0.44 * s, 0.035 * s);
  g.fillStyle(hexColour(persona.look.skin), 1).fillEllipse(-0.5 * s, 0.2 * s, 0.2 * s, 0.24 * s);
  drawing.bake();
  return drawing;
}
