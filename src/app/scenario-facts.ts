/** Facts about scenarios for the library and debrief: order, what each practises, what comes next. Pure. */
import type { Scenario } from '../engine/index.ts';

/** Onboarding steps first, in order; then the rest from easiest to hardest. */
export function inOnboardingOrder(scenarios: readonly Scenario[]): Scenario[] {
  const step = (s: Scenario) => s.data.tracks?.onboarding ?? Number.POSITIVE_INFINITY;
  return [...scenarios].sort(
    (a, b) => step(a) - step(b) || a.data.difficulty - b.data.difficulty || a.data.title.localeCompare(b.data.title),
  );
}

/** The techniques a scenario practises: those its pitfall-free replies use, most used first. */
export function practisedTechniques(s: Scenario): string[] {
  const count = new Map<string, number>();
  for (const node of Object.values(s.data.nodes))
    for (const c of node.choices)
      if (c.pitfalls.length === 0) for (const t of c.techniques) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** The scenario after this one in onboarding order, if any. */
export function nextScenario(scenarios: readonly Scenario[], current: Scenario): Scenario | undefined {
  const ordered = inOnboardingOrder(scenarios);
  return ordered[ordered.findIndex((s) => s.data.id === current.data.id) + 1];
}

/** The first scenario in order that the trainee has not resolved yet. */
export function nextToPlay(scenarios: readonly Scenario[], resolved: ReadonlySet<string>): Scenario | undefined {
  return inOnboardingOrder(scenarios).find((s) => !resolved.has(s.data.id));
}
