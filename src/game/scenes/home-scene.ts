/**
 * The home screen's picture: one customer per channel, each cooling down from
 * furious to calm in turn and flaring up again — what the trainee is here to
 * learn. With reduced motion they simply sit, calm.
 */
import type * as Phaser from 'phaser';
import type { StageView } from '../../ui/stage-port.ts';
import { drawLogo } from '../logo.ts';
import { Portrait } from '../portrait.ts';
import { CHANNEL_COLOURS, FONT_FAMILY, hex, MOOD_COLOURS, PALETTE } from '../theme.ts';
import { MESSAGES } from '../../messages/index.ts';
import { stageFlags } from '../stage-flags.ts';
import { MAX_ANGER, moodOf, moodRange, MOODS, type Mood } from '../../engine/catalogue/mood.ts';
import type { SlotView } from '../slot-view.ts';
import { SlotScene } from './slot-scene.ts';

type HomeView = Extract<StageView, { scene: 'home' }>;

const middleOf = (mood: Mood): number => {
  const { min, max } = moodRange(mood);
  return Math.round((min + max) / 2);
};
const CALM = moodRange('calm');
/** Settled: well inside calm. */
const SETTLED = Math.round(CALM.max * 0.4);
/** The anger each face steps through, a step every beat: each mood from furious down to calm, then a rest. */
const CYCLE = [...[...MOODS].reverse().map(middleOf), SETTLED, SETTLED, SETTLED];
/** With reduced motion each face sits still, calm. */
const STILL = [0.6, 0.4, 0.85].map((f) => Math.round(CALM.max * f));
const BEAT_MS = 1100;
/** The logo mark in the hero's top-left corner: centre and size. */
const MARK = { x: 48, y: 40, size: 56 };

export class HomeScene extends SlotScene<HomeView> {
  private portraits: Portrait[] = [];
  private meters: { g: Phaser.GameObjects.Graphics; x: number; y: number; w: number; shown: number }[] = [];
  private hero!: SlotView;
  private beat = 0;
  private timer: Phaser.Time.TimerEvent | undefined;

  constructor() {
    super('home');
  }

  protected build(): void {
    this.hero = this.addSlot(this.data_.hero);
    this.portraits = [];
    this.beat = 0;
  }

  protected layout(slot: SlotView): void {
    slot.root.removeAll(true);
    this.portraits = [];
    this.meters = [];
    slot.root.add(
      this.add.graphics().fillStyle(hex(PALETTE.surface), 1).fillRoundedRect(0, 0, slot.width, slot.height, 24),
    );
    const faces = this.data_.faces.slice(0, 3);
    const n = faces.length;
    if (!n || slot.width < 10) return;
    // One customer per channel in a row, each with a small anger meter that falls as they cool down.
    const d = Math.min(slot.width / (n + 0.9), slot.height * 0.42, 240);
    const y = slot.height * 0.4;
    const pr = stageFlags(this.game).pixelRatio;
    // The mark in the corner, where the row of faces leaves room for it (a short slot does not), and, under the faces, what the game is about.
    if (y - d / 2 >= MARK.y + MARK.size / 2 + 8) {
      const mark = this.add.graphics();
      drawLogo(mark, MARK.x, MARK.y, MARK.size);
      slot.root.add(mark);
    }
    faces.forEach(({ persona, channel }, i) => {
      const x = slot.width * ((i + 0.5) / n);
      const p = new Portrait(this, x, y, persona, d, this.angerAt(i), PALETTE.surface);
      p.face.setReducedMotion(this.reducedMotion);
      const meter = this.add.graphics();
      const label = this.add
        .text(x, y + d * 0.5 + 48, MESSAGES.channel[channel], {
          fontFamily: FONT_FAMILY,
          fontSize: '16px',
          color: CHANNEL_COLOURS[channel],
        })
        .setOrigin(0.5, 0)
        .setResolution(pr);
      slot.root.add([p, meter, label]);
      this.portraits.push(p);
      this.meters.push({ g: meter, x: x - d * 0.4, y: y + d * 0.5 + 26, w: d * 0.8, shown: this.angerAt(i) });
    });
    // The caption is decoration (the page's tagline says the same), so a short slot leaves it out rather than clip it.
    // Added after the faces, over them: a portrait's drawing reaches below its circle.
    const captionY = y + d * 0.5 + 92;
    if (captionY + 30 <= slot.height)
      slot.root.add(
        this.add
          .text(slot.width / 2, captionY, MESSAGES.heroCaption, {
            fontFamily: FONT_FAMILY,
            fontSize: `${Math.round(Math.min(22, Math.max(15, slot.width / 30)))}px`,
            color: PALETTE.ink,
            align: 'center',
            wordWrap: { width: slot.width - 40 },
          })
          .setOrigin(0.5, 0)
          .setResolution(pr),
      );
    this.drawMeters();
    this.timer?.remove();
    if (!this.reducedMotion)
      this.timer = this.time.addEvent({ delay: BEAT_MS, loop: true, callback: () => this.step() });
  }

  protected override tick(_time: number, delta: number): void {
    // Meters ease toward each face's anger.
    let moved = false;
    this.meters.forEach((m, i) => {
      const target = this.angerAt(i);
      if (m.shown === target) return;
      m.shown = Math.abs(target - m.shown) < 0.5 ? target : m.shown + (target - m.shown) * Math.min(1, delta / 250);
      moved = true;
    });
    if (moved) this.drawMeters();
  }

  private drawMeters(): void {
    for (const m of this.meters) {
      const g = m.g.clear();
      g.fillStyle(hex(PALETTE.bgDeep), 1).fillRoundedRect(m.x, m.y, m.w, 10, 5);
      g.fillStyle(hex(MOOD_COLOURS[moodOf(m.shown)]), 1).fillRoundedRect(
        m.x,
        m.y,
        Math.max(10, (m.w * m.shown) / MAX_ANGER),
        10,
        5,
      );
    }
  }

  private angerAt(i: number): number {
    if (this.reducedMotion) return STILL[i % STILL.length]!;
    return CYCLE[(this.beat + i * 3) % CYCLE.length]!;
  }

  private step(): void {
    this.beat++;
    this.portraits.forEach((p, i) => p.setAnger(this.angerAt(i)));
  }

  protected override teardown(): void {
    this.timer?.remove();
    this.portraits = [];
    this.meters = [];
  }
}
