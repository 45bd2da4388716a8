/**
 * What the scenario library as a whole promises trainees and facilitators:
 * enough variety, every technique taught and every pitfall tempted at least
 * twice, difficulty that matches the analysis, an onboarding path that
 * introduces techniques a few at a time from easy to hard, a refresher
 * track of its own, no wording that gives the best reply away, replies that
 * are partly right as real agents' are, and no warning from `analyse`.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../content/schema.ts';
import { loadScenarios } from '../test-support/fixtures.ts';
import { analyseScenario } from './analyse.ts';
import { coverage } from './coverage.ts';
import { giveaways } from './tells.ts';
import type { Analysis } from './analyse.ts';
import type { Scenario } from '../content/scenario.ts';

/** Each decision on the best line: where the best reply sits and whether it is the longest on offer. */
function bestLineDecisions(s: Scenario, a: Analysis): { position: number; longest: boolean }[] {
  const out: { position: number; longest: boolean }[] = [];
  let i = a.graph.start;
  for (const choiceId of a.best!.choices) {
    const node = s.data.nodes[a.graph.positions[i]!.at]!;
    if (choiceId !== null) {
      const position = node.choices.findIndex((c) => c.id === choiceId);
      out.push({
        position,
        longest: node.choices[position]!.text.length === Math.max(...node.choices.map((c) => c.text.length)),
      });
    }
    i = a.graph.moves[i]!.find((m) => m.choiceId === choiceId)!.to;
  }
  return out;
}

const scenarios = loadScenarios('scenarios');
const items = scenarios.map((scenario) => ({ scenario, analysis: analyseScenario(scenario) }));

describe('the scenario library', () => {
  it('has at least 12 scenarios, 8 personas, and 3 scenarios in every channel', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    expect(new Set(scenarios.map((s) => s.persona.id)).size).toBeGreaterThanOrEqual(8);
    for (const channel of CHANNELS)
      expect(scenarios.filter((s) => s.data.channel === channel).length, channel).toBeGreaterThanOrEqual(3);
  });

  it('puts every technique on the best line of 2 scenarios, and offers every pitfall in 2', () => {
    const c = coverage(items);
    const short = (m: Map<string, Set<string>>) => [...m].filter(([, set]) => set.size < 2).map(([id]) => id);
    expect(short(c.techniques)).toEqual([]);
    expect(short(c.pitfalls)).toEqual([]);
  });

  // Onboarding opens with two short calls (a first step should be one a new hire can hold in mind);
  // past them, and in every scenario from difficulty 2, a conversation runs longer and can end in a
  // supervisor or a boundary as well as a win or a loss.
  it('has a best line of at least 4 decisions (6 past the first steps) and a win and a loss in every scenario, and from difficulty 2 a third kind of ending', () => {
    for (const { scenario: s, analysis: a } of items) {
      const firstSteps = (s.data.tracks?.onboarding ?? Infinity) <= 2;
      const decisions = a.best!.choices.filter((c) => c !== null).length;
      expect(decisions, s.data.id).toBeGreaterThanOrEqual(firstSteps ? 4 : 6);
      const kinds = new Set(Object.values(s.data.endings).map((e) => e.kind));
      expect(kinds.has('resolved') && kinds.has('lost'), s.data.id).toBe(true);
      if (s.data.difficulty >= 2) expect(kinds.has('escalated') || kinds.has('boundary'), s.data.id).toBe(true);
    }
  });

  it('never gives the best reply away by its length or its place in the list', () => {
    const giveaways = items.flatMap(({ scenario: s, analysis: a }) => {
      const d = bestLineDecisions(s, a);
      const longest = d.filter((x) => x.longest).length;
      const places = new Set(d.map((x) => x.position)).size;
      return [
        ...(longest > d.length / 2
          ? [`${s.data.id}: the best reply is the longest in ${longest} of ${d.length} decisions`]
          : []),
        ...(places < 3 ? [`${s.data.id}: the best reply sits in only ${places} place(s) in the list`] : []),
      ];
    });
    expect(giveaways).toEqual([]);
  });

  it('gives every scenario a difficulty within one level of what random play suggests', () => {
    expect(
      items.flatMap(({ scenario: s, analysis: a }) =>
        a.lints.filter((l) => l.path === 'difficulty').map((l) => `${s.data.id}: ${l.message}`),
      ),
    ).toEqual([]);
  });

  it('orders onboarding from easy to hard, one step each: step 1 needs at most 5 techniques, each later step adds 2 to 4', () => {
    const steps = coverage(items).onboarding;
    expect(steps.map((o) => o.step)).toEqual(steps.map((_, i) => i + 1));
    const levels = steps.map((o) => o.difficulty);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const [first, ...later] = steps;
    expect(first!.introduces.length, first!.id).toBeLessThanOrEqual(5);
    expect(later.filter((o) => o.introduces.length < 2 || o.introduces.length > 4).map((o) => o.id)).toEqual([]);
  });

  it('has a refresher track of at least 6 scenarios, most of them not in onboarding', () => {
    const refresher = scenarios.filter((s) => s.data.tracks?.refresher);
    expect(refresher.length).toBeGreaterThanOrEqual(6);
    const alsoOnboarding = refresher.filter((s) => s.data.tracks?.onboarding !== undefined);
    expect(alsoOnboarding.length).toBeLessThan(refresher.length / 2);
  });

  it('never puts on a best line a reply the analysis calls dominated', () => {
    const found = items.flatMap(({ scenario: s, analysis: a }) => {
      const dominated = new Set(a.lints.filter((l) => l.message.startsWith('dominated')).map((l) => l.path));
      let i = a.graph.start;
      return a.best!.choices.flatMap((choiceId) => {
        const at = a.graph.positions[i]!.at;
        i = a.graph.moves[i]!.find((m) => m.choiceId === choiceId)!.to;
        return dominated.has(`nodes.${at}.choices.${choiceId}`) ? [`${s.data.id}: ${at}/${choiceId}`] : [];
      });
    });
    expect(found).toEqual([]);
  });

  it('never lets a customer answer what was not said: every weak reply that folds back is answered', () => {
    const unanswered = items.flatMap(({ scenario: s, analysis: a }) =>
      a.lints.filter((l) => l.message.startsWith('folds back')).map((l) => `${s.data.id}: ${l.path}`),
    );
    expect(unanswered).toEqual([]);
  });

  it('tells the trainee in every briefing what they may do', () => {
    expect(scenarios.filter((s) => !s.data.authority?.length).map((s) => s.data.id)).toEqual([]);
  });

  it('has no word or phrase that tells a weak reply from a good one across the library', () => {
    expect(giveaways(items).tells).toEqual([]);
  });

  it('offers a partly-right reply (a technique and a pitfall at once) at half the decisions of every scenario or more', () => {
    const short = scenarios.flatMap((s) => {
      const decisions = Object.values(s.data.nodes).filter((n) => n.choices.length > 0);
      const partly = decisions.filter((n) => n.choices.some((c) => c.techniques.length && c.pitfalls.length));
      return partly.length * 2 >= decisions.length ? [] : [`${s.data.id}: ${partly.length} of ${decisions.length}`];
    });
    expect(short).toEqual([]);
  });

  it('leaves analyse nothing to warn about in any scenario (timers, moods, continuity, dominated replies…)', () => {
    const warnings = items.flatMap(({ scenario: s, analysis: a }) =>
      a.lints.map((l) => `${s.data.id}: ${l.path}: ${l.message}`),
    );
    expect(warnings).toEqual([]);
  });
});
