/** Timing helpers for the benchmark scripts: several runs, median and spread. */
import { spread, type Spread } from './stats.ts';

export type Figure = Spread;

export function measure(runs: number, fn: () => void): Figure {
  fn(); // warm-up: JIT and caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return spread(times);
}

export function ms(f: Figure): string {
  return `${f.median.toFixed(2)} ms (${f.min.toFixed(2)}–${f.max.toFixed(2)})`;
}
