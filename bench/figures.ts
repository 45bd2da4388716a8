/** One line of the bench's table: a figure, its value, and when it has one, its budget and whether it is met. */
import type { Spread } from './stats.ts';

export interface Row {
  name: string;
  value: string;
  budget?: string;
  /** Whether the budget is met; absent when the figure has no budget. */
  pass?: boolean;
  /** This figure against a baseline measured in the same run. */
  ratio?: number;
  /** What the ratio is against, e.g. "bare Phaser". */
  ratioOf?: string;
}

export const msText = (x: number, digits = 1) => `${x.toFixed(digits)} ms`;

/** "median (lowest–highest)" in milliseconds. */
export const spreadText = (s: Spread, digits = 1) =>
  `${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

export const kbText = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
