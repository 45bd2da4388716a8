/** Summaries of measured samples: median and spread for repeated runs, percentiles for per-event timings. */

/** The p-th percentile (0–100) by the nearest-rank method: always one of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median with the lowest and highest run, for figures measured once per run. */
export function spread(samples: readonly number[]): Spread {
  return { median: percentile(samples, 50), min: Math.min(...samples), max: Math.max(...samples) };
}
