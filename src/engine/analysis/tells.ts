/**
 * Giveaways across the library: what lets a trainee pick the best reply
 * without reading it for its meaning. Words and short phrases found (almost)
 * only in weak replies or only in good ones ("I'm afraid" in fifteen weak
 * replies and no good one), where the best reply sits in the list, and how
 * long it is beside the others. Reported by `analyse` over the whole library;
 * like the other warnings, it never fails a check.
 */
import type { Scenario } from '../content/scenario.ts';
import type { Analysis } from './analyse.ts';

/** Words too common to tell anything on their own (a phrase of them alone is skipped too). */
const COMMON = new Set(
  (
    "a an the and or but so to of in on at for with from by is are was were be been it it's its i i'm i'll i've " +
    "you you're your we we're we'll our me my this that these those there here have has had do does did not " +
    "no yes can can't will would could should just if then as what when how all any some up out about"
  ).split(' '),
);

/**
 * A phrase is a tell when it is (almost) only on one side (at most a tenth as
 * often on the other), when that split could hardly be chance given the
 * library's own mix of weak and good replies (under one in a hundred), and
 * when it is spread over at least three scenarios. A phrase in four weak replies of three hundred says nothing a
 * trainee could learn; "I'm afraid" in fifteen weak ones and no good one does,
 * and so does a phrase that comes back in the good replies of scenario after
 * scenario.
 */
export const TELL_CHANCE = 0.01;
export const TELL_SCENARIOS = 3;

export interface Tell {
  phrase: string;
  /** Replies with at least one pitfall that use it. */
  weak: number;
  /** Replies with techniques and no pitfall that use it. */
  good: number;
  /** Scenarios it is used in, on either side. */
  scenarios: number;
}

export interface Giveaways {
  tells: Tell[];
  /** How often the best reply on each best line is the 1st, 2nd, … in its list. */
  bestPosition: number[];
  /** How often the best reply is the longest on offer, out of `decisions`. */
  bestLongest: number;
  decisions: number;
  /** Mean words of the best replies and of the others at those decisions. */
  meanWords: { best: number; others: number };
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);

/** The distinct phrases of one to three words in a reply, leaving out those made only of common words. */
function phrases(text: string): Set<string> {
  const words = wordsOf(text);
  const out = new Set<string>();
  for (let n = 1; n <= 3; n++)
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (run.every((w) => COMMON.has(w) || /^\d+$/.test(w))) continue;
      out.add(run.join(' '));
    }
  return out;
}

/** The chance of at least `k` of `n` draws falling on a side drawn with probability `p`. */
export function chanceOfAtLeast(k: number, n: number, p: number): number {
  let term = (1 - p) ** n; // i = 0
  let total = 0;
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += term;
    term = (term * (n - i) * p) / ((i + 1) * (1 - p));
  }
  return total;
}

export function giveaways(library: readonly { scenario: Scenario; analysis: Analysis }[]): Giveaways {
  const weak = new Map<string, number>();
  const good = new Map<string, number>();
  const usedIn = new Map<string, Set<string>>();
  const replies = { weak: 0, good: 0 };
  const bestPosition = [0, 0, 0, 0];
  let bestLongest = 0;
  let decisions = 0;
  const words = { best: 0, others: 0, otherCount: 0 };

  for (const { scenario: s, analysis: a } of library) {
    for (const node of Object.values(s.data.nodes))
      for (const c of node.choices) {
        const side = c.pitfalls.length > 0 ? weak : c.techniques.length > 0 ? good : undefined;
        if (!side) continue;
        replies[side === weak ? 'weak' : 'good']++;
        for (const p of phrases(c.text)) {
          side.set(p, (side.get(p) ?? 0) + 1);
          usedIn.set(p, (usedIn.get(p) ?? new Set()).add(s.data.id));
        }
      }
    if (!a.best) continue;
    let i = a.graph.start;
    for (const choiceId of a.best.choices) {
      const node = s.data.nodes[a.graph.positions[i]!.at]!;
      i = a.graph.moves[i]!.find((m) => m.choiceId === choiceId)!.to;
      if (choiceId === null) continue;
      const at = node.choices.findIndex((c) => c.id === choiceId);
      decisions++;
      bestPosition[at] = (bestPosition[at] ?? 0) + 1;
      const lengths = node.choices.map((c) => wordsOf(c.text).length);
      if (lengths[at] === Math.max(...lengths)) bestLongest++;
      words.best += lengths[at]!;
      lengths.forEach((n, k) => {
        if (k === at) return;
        words.others += n;
        words.otherCount++;
      });
    }
  }

  const weakShare = replies.weak / (replies.weak + replies.good || 1);
  const tells: Tell[] = [];
  for (const [phrase, scenarios] of usedIn) {
    if (scenarios.size < TELL_SCENARIOS) continue;
    const w = weak.get(phrase) ?? 0;
    const g = good.get(phrase) ?? 0;
    const chance = w > g ? chanceOfAtLeast(w, w + g, weakShare) : chanceOfAtLeast(g, w + g, 1 - weakShare);
    if (Math.min(w, g) <= Math.max(w, g) / 10 && chance < TELL_CHANCE)
      tells.push({ phrase, weak: w, good: g, scenarios: scenarios.size });
  }
  // The longest phrase of a run that says the same thing is enough: "i'm afraid" rather than also "afraid".
  const shown = tells.filter(
    (t) => !tells.some((o) => o !== t && o.phrase.includes(t.phrase) && o.weak === t.weak && o.good === t.good),
  );
  shown.sort((x, y) => Math.max(y.weak, y.good) - Math.max(x.weak, x.good) || x.phrase.localeCompare(y.phrase));
  return {
    tells: shown,
    bestPosition,
    bestLongest,
    decisions,
    meanWords: {
      best: decisions ? words.best / decisions : 0,
      others: words.otherCount ? words.others / words.otherCount : 0,
    },
  };
}
