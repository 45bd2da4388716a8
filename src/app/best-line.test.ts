import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../engine/analysis/index.ts';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { bestBreakdown } from './best-line.ts';

const scenario = scenarioFrom({
  nodes: {
    open: {
      stage: 'venting',
      say: 'Third call!',
      choices: [reply('hear', 'fix', { techniques: ['empathy'] }), reply('calm', 'fix', { pitfalls: ['calm-down'] })],
    },
    fix: {
      stage: 'solving',
      say: 'So?',
      choices: [
        reply('offer', 'resolved', { techniques: ['offer-options'] }),
        reply('policy', 'lost', { pitfalls: ['policy'] }),
      ],
    },
  },
});

describe('bestBreakdown', () => {
  it('scores the best line part by part, adding up to the best score the analysis found', () => {
    const analysis = analyseScenario(scenario);
    const best = bestBreakdown(scenario, analysis)!;
    expect(best.total).toBe(analysis.best!.score);
    expect(best.outcome).toBeGreaterThan(0);
    expect(best.pitfalls).toBe(0);
  });
});
