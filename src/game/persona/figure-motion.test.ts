import { describe, expect, it } from 'vitest';
import { figureMotion, REACTION_MS, reactionTo } from './figure-motion.ts';

/** The motion at `elapsed` ms into a reaction, less the idle motion at the same moment. */
function reactionAt(change: number, elapsed: number) {
  const reaction = { ...reactionTo(change)!, elapsed };
  const t = 1234;
  const idle = figureMotion(t, 50, false, undefined);
  const m = figureMotion(t, 50, false, reaction);
  return { bodyY: m.bodyY - idle.bodyY, headY: m.headY - idle.headY, tilt: m.tilt - idle.tilt };
}

describe('how a customer moves', () => {
  it('rears back, shoulders up, when a reply makes them angrier, and nods and settles when it helps', () => {
    const stung = reactionAt(+18, REACTION_MS / 2);
    expect(stung.headY).toBeLessThan(-0.05);
    expect(stung.bodyY).toBeLessThan(0);
    const helped = reactionAt(-12, REACTION_MS / 2);
    expect(helped.headY).toBeGreaterThan(0.02);
    expect(helped.bodyY).toBeGreaterThan(0);
  });

  it('shakes the head while rearing back, more for a bigger change', () => {
    const tilts = (change: number) =>
      Math.max(...[0.1, 0.3, 0.5, 0.7].map((p) => Math.abs(reactionAt(change, REACTION_MS * p).tilt)));
    expect(tilts(20)).toBeGreaterThan(0.03);
    expect(tilts(20)).toBeGreaterThan(tilts(5));
  });

  it('reacts only to a change big enough to see, and is back to idle once the reaction is over', () => {
    expect(reactionTo(2)).toBeUndefined();
    expect(reactionTo(-2)).toBeUndefined();
    expect(reactionTo(Number.NaN)).toBeUndefined();
    expect(reactionAt(20, REACTION_MS)).toEqual({ bodyY: 0, headY: 0, tilt: 0 });
  });

  it('breathes faster the angrier they are', () => {
    // Count the breaths (rises through zero) in a minute, the last one just at its end.
    const breaths = (anger: number) => {
      let count = 0;
      let last = figureMotion(0, anger, false, undefined).bodyY;
      for (let t = 10; t < 60_000 + 500; t += 10) {
        const y = figureMotion(t, anger, false, undefined).bodyY;
        if (last < 0 && y >= 0) count++;
        last = y;
      }
      return count;
    };
    expect(breaths(0)).toBe(15);
    expect(breaths(100)).toBe(30);
  });

  it('nods along while talking', () => {
    const still = [0, 100, 200, 300].map((t) => figureMotion(t, 40, false, undefined).headY);
    const talking = [0, 100, 200, 300].map((t) => figureMotion(t, 40, true, undefined).headY);
    expect(talking).not.toEqual(still);
  });
});
