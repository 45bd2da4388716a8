/** Rectangle arithmetic for slots: pure, so it is tested without a browser. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Box = Pick<DOMRect, 'x' | 'y' | 'width' | 'height'>;

/** The part of a slot that can be seen: inside its scrolling panel (if any) and inside the window. Null when none of it shows. */
export function visibleRect(
  slot: Box,
  clip: Box | undefined,
  viewport: { width: number; height: number },
): Rect | null {
  let left = Math.max(slot.x, 0);
  let top = Math.max(slot.y, 0);
  let right = Math.min(slot.x + slot.width, viewport.width);
  let bottom = Math.min(slot.y + slot.height, viewport.height);
  if (clip) {
    left = Math.max(left, clip.x);
    top = Math.max(top, clip.y);
    right = Math.min(right, clip.x + clip.width);
    bottom = Math.min(bottom, clip.y + clip.height);
  }
  if (right - left < 1 || bottom - top < 1) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
