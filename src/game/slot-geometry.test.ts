import { describe, expect, it } from 'vitest';
import { visibleRect } from './slot-geometry.ts';

const viewport = { width: 1280, height: 720 };

describe('visibleRect', () => {
  it('is the whole slot when nothing covers it', () => {
    expect(visibleRect({ x: 10, y: 20, width: 300, height: 200 }, undefined, viewport)).toEqual({
      x: 10,
      y: 20,
      width: 300,
      height: 200,
    });
  });

  it('cuts the slot to its scrolling panel and to the window', () => {
    const panel = { x: 0, y: 100, width: 600, height: 400 };
    // Scrolled half out of the top of the panel.
    expect(visibleRect({ x: 50, y: 50, width: 200, height: 100 }, panel, viewport)).toEqual({
      x: 50,
      y: 100,
      width: 200,
      height: 50,
    });
    // Hanging off the right edge of the window.
    expect(visibleRect({ x: 1200, y: 0, width: 200, height: 100 }, undefined, viewport)).toEqual({
      x: 1200,
      y: 0,
      width: 80,
      height: 100,
    });
  });

  it('is null once the slot has scrolled out of sight', () => {
    expect(visibleRect({ x: 0, y: -300, width: 200, height: 100 }, undefined, viewport)).toBeNull();
    expect(
      visibleRect({ x: 0, y: 520, width: 200, height: 100 }, { x: 0, y: 0, width: 600, height: 500 }, viewport),
    ).toBeNull();
  });
});
