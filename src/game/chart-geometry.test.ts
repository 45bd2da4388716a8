import { describe, expect, it } from 'vitest';
import { moodOf } from '../engine/index.ts';
import { CHART_MARGIN, chartGeometry } from './chart-geometry.ts';

const curve = [74, 60, 41, 22, 5].map((anger, turn) => ({ turn, anger, mood: moodOf(anger) }));

describe('chartGeometry', () => {
  it('puts one point per curve entry, first at the left edge and last at the right', () => {
    const g = chartGeometry(curve, 600, 300);
    expect(g.points).toHaveLength(5);
    expect(g.points[0]!.x).toBe(CHART_MARGIN.left);
    expect(g.points.at(-1)!.x).toBe(600 - CHART_MARGIN.right);
    expect(g.points.map((p) => p.turn)).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws higher anger higher up, inside the band of its mood', () => {
    const g = chartGeometry(curve, 600, 300);
    for (let i = 1; i < g.points.length; i++) expect(g.points[i]!.y).toBeGreaterThan(g.points[i - 1]!.y);
    for (const p of g.points) {
      const band = g.bands.find((b) => b.mood === p.mood)!;
      expect(p.y).toBeGreaterThanOrEqual(band.y);
      expect(p.y).toBeLessThanOrEqual(band.y + band.height);
    }
  });

  it('stacks the five bands edge to edge over the whole plot', () => {
    const { bands, plot } = chartGeometry(curve, 600, 300);
    expect(bands.map((b) => b.mood)).toEqual(['calm', 'annoyed', 'frustrated', 'angry', 'furious']);
    expect(bands.at(-1)!.y).toBeCloseTo(plot.top);
    expect(bands[0]!.y + bands[0]!.height).toBeCloseTo(plot.top + plot.height);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.y + bands[i]!.height).toBeCloseTo(bands[i - 1]!.y);
  });

  it('centres a single point', () => {
    const g = chartGeometry([{ turn: 0, anger: 50, mood: 'frustrated' }], 600, 300);
    expect(g.points[0]!.x).toBeCloseTo(CHART_MARGIN.left + g.plot.width / 2);
  });
});
