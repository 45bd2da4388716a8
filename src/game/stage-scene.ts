/**
 * The one Phaser scene: it draws what the DOM layer cannot — the persona's
 * face following anger, the channel backdrop, the anger meter, and the debrief's
 * anger curve. It holds no game rule; the UI tells it what to show.
 */
import * as Phaser from 'phaser';
import { MOODS, moodOf, type Channel, type CurvePoint, type PersonaData } from '../engine/index.ts';
import { bodyLanguage } from './body-language.ts';
import { blend, drawFace } from './face-drawing.ts';
import { THEME } from './theme.ts';

export const STAGE_WIDTH = 640;
export const STAGE_HEIGHT = 400;

/** The face on screens between conversations. */
const IDLE_LOOK: PersonaData['look'] = { skin: '#e0ac86', hair: '#4a3428', hairStyle: 'short', shirt: '#5cc8b2', glasses: false, beard: false };

type View = { kind: 'empty' } | { kind: 'persona'; persona: PersonaData; channel: Channel; anger: number } | { kind: 'curve'; points: CurvePoint[] };

export class StageScene extends Phaser.Scene {
  private view: View = { kind: 'empty' };
  private shown = 0;
  private target = 0;
  private reducedMotion = false;
  /** The customer is speaking: the phone's voice level moves. */
  private talking = false;
  private callStarted = 0;
  private callSeconds = -1;
  private arms!: Phaser.GameObjects.Graphics;
  private level!: Phaser.GameObjects.Graphics;
  /** Small sparks of temper above the head when the customer is furious. */
  private steam!: Phaser.GameObjects.Particles.ParticleEmitter;
  private steaming = false;
  private backdrop!: Phaser.GameObjects.Graphics;
  private face!: Phaser.GameObjects.Graphics;
  private meter!: Phaser.GameObjects.Graphics;
  private meterText!: Phaser.GameObjects.Text;
  private label!: Phaser.GameObjects.Text;
  /** Axis labels of the curve, rebuilt on every render. */
  private axisLabels: Phaser.GameObjects.Text[] = [];

  constructor() {
    super('stage');
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.face = this.add.graphics({ x: STAGE_WIDTH / 2, y: 160 });
    this.arms = this.add.graphics({ x: STAGE_WIDTH / 2, y: 160 });
    this.level = this.add.graphics();
    this.add.graphics().fillStyle(0xe5534b, 1).fillCircle(4, 4, 4).generateTexture('spark', 8, 8).destroy();
    this.steam = this.add.particles(STAGE_WIDTH / 2, 70, 'spark', {
      speedY: { min: -70, max: -30 },
      speedX: { min: -60, max: 60 },
      lifespan: 700,
      scale: { start: 1, end: 0 },
      alpha: { start: 0.9, end: 0 },
      frequency: 90,
      emitting: false,
    });
    this.meter = this.add.graphics();
    const font = { fontFamily: '"Atkinson Hyperlegible", system-ui, sans-serif', color: '#f4f1ea' };
    this.meterText = this.add.text(STAGE_WIDTH / 2, STAGE_HEIGHT - 34, '', { ...font, fontSize: '20px' }).setOrigin(0.5);
    this.label = this.add.text(16, 12, '', { ...font, fontSize: '16px', color: '#b9c3cf' });
    this.render();
  }

  /** Between conversations: the app's name over a calm face. */
  showIdle(): void {
    this.view = { kind: 'empty' };
    this.render();
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
  }

  setTalking(on: boolean): void {
    this.talking = on;
  }

  showPersona(persona: PersonaData, channel: Channel, anger: number): void {
    this.view = { kind: 'persona', persona, channel, anger };
    this.callStarted = this.time.now;
    this.callSeconds = -1;
    this.shown = this.target = anger;
    this.render();
  }

  setAnger(anger: number): void {
    if (this.view.kind !== 'persona') return;
    this.target = anger;
    if (this.reducedMotion) this.shown = anger;
    this.render();
  }

  showCurve(points: CurvePoint[]): void {
    this.view = { kind: 'curve', points };
    this.render();
  }

  override update(time: number, delta: number): void {
    if (this.view.kind !== 'persona') return;
    if (this.view.channel === 'phone') this.renderCall(time);
    if (this.shown === this.target) return;
    // Ease the face and meter toward the new anger instead of jumping.
    const step = Math.sign(this.target - this.shown) * Math.max(0.5, Math.abs(this.target - this.shown) * Math.min(1, delta / 120));
    this.shown = Math.abs(this.target - this.shown) <= Math.abs(step) ? this.target : this.shown + step;
    this.render();
  }

  private render(): void {
    if (!this.backdrop) return;
    this.backdrop.clear();
    this.face.clear();
    this.meter.clear();
    this.arms.clear();
    this.level.clear();
    this.meterText.setText('').setFontSize(20).setY(STAGE_HEIGHT - 34);
    this.label.setText('');
    for (const t of this.axisLabels) t.destroy();
    this.axisLabels = [];
    if (this.view.kind === 'empty') this.renderIdle();
    if (this.view.kind === 'persona') this.renderPersona(this.view.persona, this.view.channel);
    this.setSteam(this.view.kind === 'persona' && this.shown >= 80 && !this.reducedMotion);
    if (this.view.kind === 'curve') this.renderCurve(this.view.points);
  }

  private renderIdle(): void {
    this.backdrop.fillStyle(THEME.panel, 1).fillRoundedRect(20, 40, STAGE_WIDTH - 40, 300, 18);
    drawFace(this.face, IDLE_LOOK, 0, 150);
    this.meterText.setText('Cooldown').setFontSize(28).setY(STAGE_HEIGHT - 40);
  }

  private renderPersona(persona: PersonaData, channel: Channel): void {
    const b = this.backdrop;
    b.fillStyle(THEME.panel, 1).fillRoundedRect(20, 40, STAGE_WIDTH - 40, 280, 18);
    if (channel === 'phone') {
      b.lineStyle(3, THEME.muted, 0.6).strokeCircle(STAGE_WIDTH / 2, 160, 115);
      this.callSeconds = -1; // the call timer redraws its label on the next frame
    } else if (channel === 'chat') {
      b.fillStyle(0x3a4d63, 1).fillRoundedRect(60, 60, STAGE_WIDTH - 120, 240, 14);
      this.label.setText('Live chat');
    } else {
      b.fillStyle(0x8a6a4a, 1).fillRect(20, 270, STAGE_WIDTH - 40, 50);
      this.label.setText('At the counter');
    }
    drawFace(this.face, persona.look, this.shown, 160);
    if (channel === 'in-person') this.drawArms(persona, this.shown);
    const anger = Math.round(this.shown);
    const mood = moodOf(anger);
    const x = 60;
    const w = STAGE_WIDTH - 120;
    this.meter.fillStyle(0x111820, 1).fillRoundedRect(x, STAGE_HEIGHT - 66, w, 14, 7);
    this.meter.fillStyle(THEME.moods[mood], 1).fillRoundedRect(x, STAGE_HEIGHT - 66, Math.max(14, (w * anger) / 100), 14, 7);
    this.meterText.setText(`Anger ${anger} · ${mood}`);
  }

  private setSteam(on: boolean): void {
    if (on === this.steaming) return;
    this.steaming = on;
    if (on) this.steam.start();
    else this.steam.stop();
  }

  /** Call timer and a voice level that moves while the customer speaks, louder when angrier. */
  private renderCall(time: number): void {
    const seconds = Math.floor((time - this.callStarted) / 1000);
    // Redraw the text only when the second changes: re-rendering it every frame smears it.
    if (seconds !== this.callSeconds) {
      this.callSeconds = seconds;
      this.label.setText(`On the phone · ${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`);
    }
    const g = this.level.clear();
    const loud = 0.3 + (this.shown / 100) * 0.7;
    for (let i = 0; i < 12; i++) {
      const wave = this.talking && !this.reducedMotion ? Math.abs(Math.sin(time / 90 + i * 1.7)) : 0.08;
      const h = 6 + wave * 44 * loud;
      g.fillStyle(THEME.accent, 0.9).fillRoundedRect(470 + i * 10, 300 - h, 6, h, 3);
    }
  }

  /** Arms at the counter follow the customer's posture. */
  private drawArms(persona: PersonaData, anger: number): void {
    const g = this.arms;
    // A shade darker than the shirt, so the arms read against the torso.
    const shirt = blend(parseInt(persona.look.shirt.slice(1), 16), 0x000000, 0.3);
    const skin = blend(parseInt(persona.look.skin.slice(1), 16), 0xd9534f, (anger / 100) * 0.45);
    const posture = bodyLanguage(anger).posture;
    g.fillStyle(shirt, 1);
    if (posture === 'crossed') {
      g.fillRoundedRect(-95, 105, 190, 30, 14).fillStyle(skin, 1).fillCircle(-95, 120, 14).fillCircle(95, 120, 14);
    } else if (posture === 'pointing') {
      g.fillRoundedRect(-120, 95, 60, 28, 12).fillRoundedRect(60, 70, 110, 26, 12).fillStyle(skin, 1).fillCircle(-120, 109, 14).fillRoundedRect(165, 76, 34, 12, 6);
    } else {
      const spread = posture === 'relaxed' ? 80 : 95;
      g.fillRoundedRect(-spread - 20, 100, 40, 26, 12).fillRoundedRect(spread - 20, 100, 40, 26, 12).fillStyle(skin, 1).fillCircle(-spread, 126, 13).fillCircle(spread, 126, 13);
    }
  }

  private renderCurve(points: CurvePoint[]): void {
    const g = this.backdrop;
    const left = 110;
    const top = 30;
    const w = STAGE_WIDTH - left - 30;
    const h = STAGE_HEIGHT - 90;
    MOODS.forEach((mood, i) => {
      const y = top + h - ((i + 1) * h) / MOODS.length;
      g.fillStyle(THEME.moods[mood], 0.16).fillRect(left, y, w, h / MOODS.length);
      this.axisLabels.push(this.add.text(left - 10, y + h / MOODS.length / 2, mood, { fontFamily: '"Atkinson Hyperlegible", system-ui, sans-serif', fontSize: '14px', color: '#d7dde4' }).setOrigin(1, 0.5));
    });
    const xs = (i: number) => left + (points.length > 1 ? (w * i) / (points.length - 1) : w / 2);
    const ys = (anger: number) => top + h - (h * anger) / 100;
    g.lineStyle(4, THEME.ink, 1);
    g.beginPath();
    points.forEach((p, i) => (i === 0 ? g.moveTo(xs(i), ys(p.anger)) : g.lineTo(xs(i), ys(p.anger))));
    g.strokePath();
    points.forEach((p, i) => g.fillStyle(THEME.moods[p.mood], 1).fillCircle(xs(i), ys(p.anger), 7));
    this.label.setText('');
    this.meterText.setText('Anger, turn by turn').setY(STAGE_HEIGHT - 30);
  }
}
