/** Timing helpers for the benchmark scripts: several runs, median and spread. */
export interface Figure {
  median: number;
  min: number;
  max: number;
}

export function measure(runs: number, fn: () => void): Figure {
  fn(); // warm-up: JIT and caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)! };
}

export function ms(f: Figure): string {
  return `${f.median.toFixed(2)} ms (${f.min.toFixed(2)}–${f.max.toFixed(2)})`;
}
