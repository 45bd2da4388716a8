/**
 * Start-up: the mark, the name and a progress bar that follows the real
 * loading steps (fonts, scenarios, storage, sound) reported by src/main.ts
 * through the game registry. Screen readers get the same progress from the page.
 */
import * as Phaser from 'phaser';
import { guardDrawing } from '../draw-guard.ts';
import { drawLogo } from '../logo.ts';
import { stageFlags } from '../stage-flags.ts';
import { FONT_FAMILY, hex, PALETTE } from '../theme.ts';
import { MESSAGES } from '../../messages/index.ts';

export interface BootProgress {
  fraction: number;
  label: string;
}

export class BootScene extends Phaser.Scene {
  private g!: Phaser.GameObjects.Graphics;
  private title!: Phaser.GameObjects.Text;
  private label!: Phaser.GameObjects.Text;
  private shown = 0;

  constructor() {
    super('boot');
  }

  create(): void {
    const pr = stageFlags(this.game).pixelRatio;
    this.cameras.main.setOrigin(0, 0).setZoom(pr);
    this.g = this.add.graphics();
    this.title = this.add
      .text(0, 0, MESSAGES.appName, {
        fontFamily: FONT_FAMILY,
        fontSize: '44px',
        fontStyle: 'bold',
        color: PALETTE.ink,
      })
      .setOrigin(0.5)
      .setResolution(pr);
    this.label = this.add
      .text(0, 0, '', { fontFamily: FONT_FAMILY, fontSize: '18px', color: PALETTE.muted })
      .setOrigin(0.5)
      .setResolution(pr);
    // Only while the boot scene runs: once it stops, its texts are gone and drawing them would throw.
    const onResize = () => guardDrawing('boot scene', () => this.draw());
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    this.draw();
  }

  override update(_time: number, delta: number): void {
    const target = (this.registry.get('boot') as BootProgress | undefined)?.fraction ?? 0;
    // Ease toward the reported fraction so steps read as progress, not jumps.
    const next = stageFlags(this.game).reducedMotion
      ? target
      : this.shown + (target - this.shown) * Math.min(1, delta / 120);
    if (Math.abs(next - this.shown) > 0.001 || this.shown !== target) {
      this.shown = Math.abs(target - next) < 0.002 ? target : next;
      this.draw();
    }
  }

  private draw(): void {
    const pr = stageFlags(this.game).pixelRatio;
    const w = this.scale.width / pr;
    const h = this.scale.height / pr;
    const cx = w / 2;
    const cy = h / 2;
    const g = this.g.clear();
    drawLogo(g, cx, cy - 110, 120);
    this.title.setPosition(cx, cy + 10);
    const barW = Math.min(420, w * 0.7);
    g.fillStyle(hex(PALETTE.raised), 1).fillRoundedRect(cx - barW / 2, cy + 60, barW, 14, 7);
    g.fillStyle(hex(PALETTE.accent), 1).fillRoundedRect(cx - barW / 2, cy + 60, Math.max(14, barW * this.shown), 14, 7);
    const progress = this.registry.get('boot') as BootProgress | undefined;
    this.label.setText(progress?.label ?? '').setPosition(cx, cy + 100);
  }
}
