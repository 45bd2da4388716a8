/**
 * For `npm run bench` only: when the page's address has `?bench`, the Phaser
 * game and the CPU time of every frame (`game.step`: update and render) are
 * put on `window.__cooldownBench`. Without `?bench` nothing is exposed and
 * nothing is wrapped.
 */
import type * as Phaser from 'phaser';

export interface BenchHook {
  game: Phaser.Game;
  /** Milliseconds of CPU per frame, oldest first; the bench empties it to start a sample. */
  frames: number[];
}

declare global {
  interface Window {
    __cooldownBench?: BenchHook;
  }
}

export function exposeForBench(game: Phaser.Game): void {
  if (!new URLSearchParams(location.search).has('bench')) return;
  const hook: BenchHook = { game, frames: [] };
  // Replaced before the loop starts (right after READY), so the loop binds the measured step.
  const step = game.step.bind(game);
  game.step = (time: number, delta: number) => {
    const start = performance.now();
    step(time, delta);
    hook.frames.push(performance.now() - start);
    // A sample is read within seconds; cap what an idle page keeps.
    if (hook.frames.length > 10_000) hook.frames.splice(0, 5_000);
  };
  window.__cooldownBench = hook;
}
