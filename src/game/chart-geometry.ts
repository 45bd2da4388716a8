/**
 * Where the debrief's anger chart puts things, as numbers: pure, so it is
 * tested without a canvas. Anger runs up the y axis (100 at the top) across
 * the five mood bands; turns run along x from the start.
 */
import type { CurvePoint } from '../engine/index.ts';
import { MOODS, moodRange, type Mood } from '../engine/catalogue/mood.ts';

export interface ChartBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  plot: ChartBox;
  bands: { mood: Mood; y: number; height: number }[];
  points: { x: number; y: number; turn: number; anger: number; mood: Mood }[];
}

/** Room left of the plot for mood names and below it for turn numbers. */
export const CHART_MARGIN = { left: 96, right: 20, top: 16, bottom: 34 } as const;

export function chartGeometry(curve: readonly CurvePoint[], width: number, height: number): ChartGeometry {
  const plot = {
    left: CHART_MARGIN.left,
    top: CHART_MARGIN.top,
    width: Math.max(10, width - CHART_MARGIN.left - CHART_MARGIN.right),
    height: Math.max(10, height - CHART_MARGIN.top - CHART_MARGIN.bottom),
  };
  const yOf = (anger: number) => plot.top + plot.height * (1 - anger / 100);
  const bands = MOODS.map((mood) => {
    const { min, max } = moodRange(mood);
    // Bands meet exactly: each runs from its floor to the next band's floor (100 for the last).
    const top = yOf(mood === 'furious' ? 100 : max + 1);
    return { mood, y: top, height: yOf(min) - top };
  });
  const steps = Math.max(1, curve.length - 1);
  const points = curve.map((p, i) => ({
    x: plot.left + (curve.length === 1 ? plot.width / 2 : (plot.width * i) / steps),
    y: yOf(p.anger),
    turn: p.turn,
    anger: p.anger,
    mood: p.mood,
  }));
  return { plot, bands, points };
}
