import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../engine/analysis/index.ts';
import { thirdCall } from '../engine/test-support/third-call.ts';
import { bestBreakdown } from './best-line.ts';

const scenario = thirdCall();

describe('bestBreakdown', () => {
  it('scores the best line part by part, adding up to the best score the analysis found', () => {
    const analysis = analyseScenario(scenario);
    const best = bestBreakdown(scenario, analysis)!;
    expect(best.total).toBe(analysis.best!.score);
    expect(best.outcome).toBeGreaterThan(0);
    expect(best.pitfalls).toBe(0);
  });
});
