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

/**
 * Whether anything that places a slot may have moved since slots were last
 * read: a scroll anywhere, a change of size of the window or of a slot or any
 * box around it, or a CSS animation of one of those boxes (a screen arriving
 * slides up a few pixels: slots are read every frame while it runs). Reading
 * a slot's place forces the page to lay itself out whenever the DOM changed
 * since the last frame (a line being typed out, a clock ticking), which costs
 * more than the rest of a quiet frame; so slots are read only when something
 * that moves them happened, and at the latest every RECHECK_FRAMES frames for
 * whatever else may shift a box.
 */
let moved = true;
const markMoved = () => (moved = true);
addEventListener('scroll', markMoved, { capture: true, passive: true });
addEventListener('resize', markMoved);
const RECHECK_FRAMES = 30;

/** Boxes that slots sit in with a CSS animation or transition running (a box taken out of the page is let go). */
const animating = new Set<Element>();
for (const start of ['animationstart', 'transitionrun'])
  addEventListener(
    start,
    (e) => {
      if (e.target instanceof Element && watching.has(e.target)) animating.add(e.target);
    },
    true,
  );
for (const end of ['animationend', 'animationcancel', 'transitionend', 'transitioncancel'])
  addEventListener(
    end,
    (e) => {
      if (e.target instanceof Element && animating.delete(e.target)) moved = true;
    },
    true,
  );
const stillAnimating = () => {
  for (const box of animating) if (!box.isConnected) animating.delete(box);
  return animating.size > 0;
};

/** The boxes watched for a change of size, with how many slots sit in each. */
const resizes = new ResizeObserver(markMoved);
const watching = new Map<Element, number>();
function watchBoxesOf(element: HTMLElement, by: 1 | -1): void {
  for (let box: Element | null = element; box; box = box.parentElement) {
    const n = (watching.get(box) ?? 0) + by;
    if (n > 0 && !watching.has(box)) resizes.observe(box);
    if (n <= 0) {
      resizes.unobserve(box);
      watching.delete(box);
    } else watching.set(box, n);
  }
  moved = true;
}

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
    // The slot and every box it sits in: one of them changing size can move it.
    watchBoxesOf(element, 1);
  }

  /**
   * Whether slots must be read this frame (see `moved`); called once per frame by a scene before
   * it syncs its slots, and `settled()` after.
   */
  static mayHaveMoved(frame: number): boolean {
    return moved || stillAnimating() || frame % RECHECK_FRAMES === 0;
  }

  static settled(): void {
    moved = false;
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
    watchBoxesOf(this.element, -1);
    this.scene.cameras.remove(this.camera);
    this.root.destroy();
  }
}
