/**
 * A window from the page into the canvas. The DOM layer lays a screen out and
 * leaves transparent "slots" where drawing belongs; a SlotView keeps one camera
 * exactly over its slot (following scrolling and resizing, clipped to the
 * scrolling panel it sits in) and gives the scene a container whose (0, 0) is
 * the slot's top-left corner, in CSS pixels. Scenes lay out in slot space and
 * never need to know where the slot is on the page.
 */
import * as Phaser from 'phaser';
import { visibleRect } from './slot-geometry.ts';

/** Slots sit far apart in the world so each camera only ever sees its own drawing. */
const WORLD_SPACING = 10_000;

export class SlotView {
  readonly root: Phaser.GameObjects.Container;
  readonly camera: Phaser.Cameras.Scene2D.Camera;
  width = 0;
  height = 0;
  private readonly origin: number;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly element: HTMLElement,
    index: number,
    private readonly pixelRatio: number,
  ) {
    this.origin = (index + 1) * WORLD_SPACING;
    this.root = scene.add.container(this.origin, 0);
    this.camera = scene.cameras.add(0, 0, 1, 1).setOrigin(0, 0).setZoom(pixelRatio);
    this.camera.setVisible(false);
  }

  /** Moves the camera over the slot; true when the slot's size changed (lay out again). */
  sync(): boolean {
    const el = this.element;
    if (!el.isConnected) {
      this.camera.setVisible(false);
      return false;
    }
    const slot = el.getBoundingClientRect();
    const clip = el.closest<HTMLElement>('[data-scroll]')?.getBoundingClientRect();
    const view = visibleRect(slot, clip, { width: window.innerWidth, height: window.innerHeight });
    const resized = Math.round(slot.width) !== this.width || Math.round(slot.height) !== this.height;
    this.width = Math.round(slot.width);
    this.height = Math.round(slot.height);
    if (!view) {
      this.camera.setVisible(false);
      return resized;
    }
    const r = this.pixelRatio;
    this.camera.setVisible(true);
    this.camera.setViewport(
      Math.round(view.x * r),
      Math.round(view.y * r),
      Math.max(1, Math.round(view.width * r)),
      Math.max(1, Math.round(view.height * r)),
    );
    this.camera.setScroll(this.origin + view.x - slot.x, view.y - slot.y);
    return resized;
  }

  destroy(): void {
    this.scene.cameras.remove(this.camera);
    this.root.destroy();
  }
}
