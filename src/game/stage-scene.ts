/**
 * The one Phaser scene: it draws what the DOM layer cannot — the persona
 * (src/game/persona) following anger, the channel backdrop, the anger meter, and the debrief's
 * anger curve. It holds no game rule; the UI tells it what to show.
 */
import * as Phaser from 'phaser';
import { MOODS, moodOf, type Channel, type CurvePoint, type PersonaData } from '../engine/index.ts';
import { PersonaBody } from './persona/persona-body.ts';
import { PersonaFace } from './persona/persona-face.ts';
import { THEME } from './theme.ts';

export const STAGE_WIDTH = 640;
export const STAGE_HEIGHT = 400;

/** The calm face on screens between conversations. */
const IDLE_PERSONA: PersonaData = {
  id: 'idle', name: 'Cooldown', age: 30, role: 'host', backstory: 'Greets the trainee.',
  look: { skin: '#e0ac86', hair: '#4a3428', hairStyle: 'short', shirt: '#5cc8b2', glasses: false, beard: false },
  voice: { pitch: 1, rate: 1, lang: 'en-GB' }, anger: { start: 0, volatility: 3, patience: 3 }, hotButtons: [], soothedBy: [],
};

/** Drawing order, back to front. */
const DEPTH = { backdrop: 0, body: 1, face: 2, counter: 3, overlay: 4 } as const;

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
  private figureKey = '';
  private level!: Phaser.GameObjects.Graphics;
  private backdrop!: Phaser.GameObjects.Graphics;
  private counter!: Phaser.GameObjects.Graphics;
  /** The persona on stage (face, and body at the counter); rebuilt when the persona changes. */
  private face: PersonaFace | undefined;
  private body: PersonaBody | undefined;
  private meter!: Phaser.GameObjects.Graphics;
  private meterText!: Phaser.GameObjects.Text;
  private label!: Phaser.GameObjects.Text;
  /** Axis labels of the curve, rebuilt on every render. */
  private axisLabels: Phaser.GameObjects.Text[] = [];

  constructor() {
    super('stage');
  }

  create(): void {
    this.backdrop = this.add.graphics().setDepth(DEPTH.backdrop);
    this.counter = this.add.graphics().setDepth(DEPTH.counter);
    this.level = this.add.graphics().setDepth(DEPTH.overlay);
    this.meter = this.add.graphics().setDepth(DEPTH.overlay);
    const font = { fontFamily: '"Atkinson Hyperlegible", system-ui, sans-serif', color: '#f4f1ea' };
    this.meterText = this.add.text(STAGE_WIDTH / 2, STAGE_HEIGHT - 34, '', { ...font, fontSize: '20px' }).setOrigin(0.5).setDepth(DEPTH.overlay);
    this.label = this.add.text(16, 12, '', { ...font, fontSize: '16px', color: '#b9c3cf' }).setDepth(DEPTH.overlay);
    this.render();
  }

  /** Between conversations: the app's name over a calm face. */
  showIdle(): void {
    this.view = { kind: 'empty' };
    this.render();
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    this.face?.setReducedMotion(on);
    this.body?.setReducedMotion(on);
  }

  setTalking(on: boolean): void {
    this.talking = on;
    this.face?.setTalking(on);
  }

  showPersona(persona: PersonaData, channel: Channel, anger: number): void {
    this.view = { kind: 'persona', persona, channel, anger };
    this.callStarted = this.time?.now ?? 0;
    this.callSeconds = -1;
    this.shown = this.target = anger;
    this.render();
  }

  setAnger(anger: number): void {
    if (this.view.kind !== 'persona') return;
    this.target = anger;
    if (this.reducedMotion) this.shown = anger;
    this.face?.setAnger(anger, !this.reducedMotion);
    this.body?.setAnger(anger, !this.reducedMotion);
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
    this.counter.clear();
    this.meter.clear();
    this.level.clear();
    this.placeFigures();
    this.meterText.setText('').setFontSize(20).setY(STAGE_HEIGHT - 34);
    this.label.setText('');
    for (const t of this.axisLabels) t.destroy();
    this.axisLabels = [];
    if (this.view.kind === 'empty') this.renderIdle();
    if (this.view.kind === 'persona') this.renderPersona(this.view.channel);
    if (this.view.kind === 'curve') this.renderCurve(this.view.points);
  }

  private renderIdle(): void {
    this.backdrop.fillStyle(THEME.panel, 1).fillRoundedRect(20, 40, STAGE_WIDTH - 40, 300, 18);
    this.meterText.setText('Cooldown').setFontSize(28).setY(STAGE_HEIGHT - 40);
  }

  /** Puts the right persona on stage, building it anew only when the persona or channel changes. */
  private placeFigures(): void {
    const want = this.view.kind === 'persona' ? { persona: this.view.persona, channel: this.view.channel } : this.view.kind === 'empty' ? { persona: IDLE_PERSONA, channel: 'phone' as Channel } : undefined;
    const key = want ? `${want.persona.id}/${want.channel}` : '';
    if (key === this.figureKey) return;
    this.figureKey = key;
    this.face?.destroy();
    this.body?.destroy();
    this.face = this.body = undefined;
    if (!want) return;
    const anger = this.view.kind === 'persona' ? this.view.anger : 0;
    const persona = { ...want.persona, anger: { ...want.persona.anger, start: anger } };
    if (want.channel === 'in-person') {
      // The body's origin is its shoulder line; its hands rest on the counter drawn in front.
      this.body = new PersonaBody(this, STAGE_WIDTH / 2, 178, persona, 110).setDepth(DEPTH.body);
      this.face = new PersonaFace(this, STAGE_WIDTH / 2, 118, persona, 126).setDepth(DEPTH.face);
    } else {
      this.face = new PersonaFace(this, STAGE_WIDTH / 2, 175, persona, 150).setDepth(DEPTH.face);
    }
    this.face.setReducedMotion(this.reducedMotion);
    this.body?.setReducedMotion(this.reducedMotion);
  }

  private renderPersona(channel: Channel): void {
    const b = this.backdrop;
    b.fillStyle(THEME.panel, 1).fillRoundedRect(20, 40, STAGE_WIDTH - 40, 280, 18);
    if (channel === 'phone') {
      b.lineStyle(3, THEME.muted, 0.6).strokeCircle(STAGE_WIDTH / 2, 165, 115);
      this.callSeconds = -1; // the call timer redraws its label on the next frame
    } else if (channel === 'chat') {
      b.fillStyle(0x3a4d63, 1).fillRoundedRect(60, 60, STAGE_WIDTH - 120, 240, 14);
      this.label.setText('Live chat');
    } else {
      this.counter.fillStyle(0x8a6a4a, 1).fillRect(20, 276, STAGE_WIDTH - 40, 44);
      this.label.setText('At the counter');
    }
    const anger = Math.round(this.shown);
    const mood = moodOf(anger);
    const x = 60;
    const w = STAGE_WIDTH - 120;
    this.meter.fillStyle(0x111820, 1).fillRoundedRect(x, STAGE_HEIGHT - 66, w, 14, 7);
    this.meter.fillStyle(THEME.moods[mood], 1).fillRoundedRect(x, STAGE_HEIGHT - 66, Math.max(14, (w * anger) / 100), 14, 7);
    this.meterText.setText(`Anger ${anger} · ${mood}`);
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
