/**
 * Base for scenes that draw into slots of the page (see SlotView): keeps every
 * slot's camera over its element (whenever it may have moved), calls layout() when a slot changes
 * size, and releases the cameras when the scene stops. The scene's own main
 * camera is hidden: everything shows through slots.
 */
import * as Phaser from 'phaser';
import { guardDrawing } from '../draw-guard.ts';
import { SlotView } from '../slot-view.ts';
import { stageFlags } from '../stage-flags.ts';

export abstract class SlotScene<Data extends object> extends Phaser.Scene {
  protected data_!: Data;
  protected slots: SlotView[] = [];

  init(data: Data): void {
    this.data_ = data;
    this.slots = [];
  }

  create(): void {
    this.cameras.main.setVisible(false);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const s of this.slots) s.destroy();
      this.slots = [];
      this.teardown();
      // The screen's page (through its slots) and its conversation are let go with the scene, not kept until
      // the scene's next start.
      this.data_ = undefined as unknown as Data;
      this.sys.settings.data = {};
    });
    if (!guardDrawing(`${this.sys.settings.key} scene`, () => this.build())) return;
    this.syncSlots();
  }

  override update(time: number, delta: number): void {
    this.syncSlots();
    guardDrawing(`${this.sys.settings.key} scene`, () => this.tick(time, delta));
  }

  protected get reducedMotion(): boolean {
    return stageFlags(this.game).reducedMotion;
  }

  protected addSlot(element: HTMLElement): SlotView {
    const view = new SlotView(this, element, this.slots.length, stageFlags(this.game).pixelRatio);
    this.slots.push(view);
    return view;
  }

  /**
   * Keeps each slot's camera over its element and lays it out again when its size changed. A slot whose
   * layout throws is logged once and left to the next change of size; the scene's other slots draw on.
   */
  private syncSlots(): void {
    if (!SlotView.mayHaveMoved(this.game.loop.frame)) return;
    for (const s of this.slots)
      guardDrawing(`${this.sys.settings.key} slot`, () => {
        if (s.sync()) this.layout(s);
      });
    SlotView.settled();
  }

  /** Draws the scene's objects (slots are added here). */
  protected abstract build(): void;
  /** Places the slot's drawing for its new size. */
  protected abstract layout(slot: SlotView): void;
  protected tick(_time: number, _delta: number): void {}
  protected teardown(): void {}
}
