/** Analyses each scenario once, on first need, for the debrief's judge and best possible score. */
import type { AlternativeJudge, Scenario } from '../engine/index.ts';
import { analyseScenario, type Analysis } from '../engine/analysis/analyse.ts';
import { bestOutcomeJudge } from '../engine/analysis/judge.ts';

export class AnalysisCache {
  private readonly cache = new Map<string, Analysis>();

  of(s: Scenario): Analysis {
    let a = this.cache.get(s.hash);
    if (!a) {
      a = analyseScenario(s);
      this.cache.set(s.hash, a);
    }
    return a;
  }

  judgeFor = (s: Scenario): AlternativeJudge => bestOutcomeJudge(this.of(s));
  bestPossibleFor = (s: Scenario): number => this.of(s).best?.score ?? 100;
}
