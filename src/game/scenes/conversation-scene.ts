/**
 * The conversation's picture. Follows the conversation flow's turns and shows
 * the anger on the customer (face, body, voice level); the moment a reply
 * lands the customer reacts with their body, and the picture jolts when it
 * lands badly and takes a cool flash when it lands well. Holds no rule:
 * everything it shows comes from the flow.
 */
import type * as Phaser from 'phaser';
import type { Turn } from '../../engine/index.ts';
import type { StageView } from '../../ui/stage-port.ts';
import { createChannelSet, type ChannelSet } from '../channels/channel-set.ts';
import type { SlotView } from '../slot-view.ts';
import { stageFlags } from '../stage-flags.ts';
import { hex, MOOD_COLOURS } from '../theme.ts';
import { SlotScene } from './slot-scene.ts';
import { publishFigure } from '../../ui/state-hook.ts';

type ConversationView = Extract<StageView, { scene: 'conversation' }>;

/** Anger changes at least this big get a visible jolt or flash. */
const JOLT_AT = 8;
const RELIEF_AT = -5;

export class ConversationScene extends SlotScene<ConversationView> {
  private set: ChannelSet | undefined;
  private slot: SlotView | undefined;
  private offTurn: (() => void) | undefined;
  /** The colour washed over the picture when a reply lands hard or well: one flat shape, so drawn live. */
  private washDrawing: Phaser.GameObjects.Graphics | undefined;
  private washColour: string = MOOD_COLOURS.calm;

  constructor() {
    super('conversation');
  }

  protected build(): void {
    this.slot = this.addSlot(this.data_.slot);
    const { scenario, feed } = this.data_;
    this.set = createChannelSet(
      this,
      this.slot.root,
      scenario.data.channel,
      scenario.persona,
      feed.view.conversation.anger,
    );
    this.set.setReducedMotion(this.reducedMotion);
    this.washDrawing = this.make.graphics({}, false).setVisible(false);
    this.slot.root.add(this.washDrawing);
    this.offTurn = feed.on('turn', ({ turn, conversation }) => this.follow(turn, conversation.anger));
    const onTalking = (on: boolean) => {
      this.set?.setTalking(on);
      if (on) this.set?.pulse();
    };
    const onMotion = (on: boolean) => this.set?.setReducedMotion(on);
    this.game.events.on('talking', onTalking);
    this.game.events.on('reduced-motion', onMotion);
    this.events.once('shutdown', () => {
      this.game.events.off('talking', onTalking);
      this.game.events.off('reduced-motion', onMotion);
    });
  }

  private follow(turn: Turn, anger: number): void {
    const motion = !stageFlags(this.game).reducedMotion;
    const change = turn.angerAfter - turn.angerBefore;
    this.set?.setAnger(anger, motion);
    this.set?.react(change);
    if (!motion || !this.slot) return;
    if (change >= JOLT_AT) {
      this.slot.camera.shake(220, 0.005);
      this.wash(MOOD_COLOURS.furious);
    } else if (change <= RELIEF_AT) {
      this.wash(MOOD_COLOURS.calm);
    }
  }

  /** A faint colour over the picture that fades out: felt, never a strobe. */
  private wash(colour: string): void {
    const drawing = this.washDrawing;
    if (!drawing || !this.slot) return;
    this.tweens.killTweensOf(drawing);
    this.slot.root.bringToTop(drawing);
    this.washColour = colour;
    this.paintWash(this.slot.width, this.slot.height);
    drawing.setAlpha(0.22).setVisible(true);
    this.tweens.add({
      targets: drawing,
      alpha: 0,
      duration: 600,
      ease: 'Sine.easeOut',
      onComplete: () => drawing.setVisible(false),
    });
  }

  protected layout(slot: SlotView): void {
    this.set?.layout(slot.width, slot.height);
    this.paintWash(slot.width, slot.height);
    publishFigure(this.set?.figureHeight() ?? 0);
  }

  private paintWash(width: number, height: number): void {
    this.washDrawing
      ?.clear()
      .fillStyle(hex(this.washColour), 1)
      .fillRoundedRect(0, 0, width, height, Math.min(20, width / 2, height / 2));
  }

  protected override tick(time: number, delta: number): void {
    this.set?.tick(time, delta);
  }

  protected override teardown(): void {
    publishFigure(0);
    this.offTurn?.();
    this.offTurn = undefined;
    this.set?.destroy();
    this.set = undefined;
    this.washDrawing?.destroy();
    this.washDrawing = undefined;
  }
}
