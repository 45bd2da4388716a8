/**
 * The closest known id to a misspelt one, when it is close enough to be a likely
 * typo, or else one whose words all appear in it or the other way round
 * ("blame-customer" → "blame", "hold" → "hold-transfer").
 */
export function closest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let related: string | undefined;
  let relatedDistance = Infinity;
  const words = segments(word);
  for (const k of known) {
    const d = distance(word, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
    if (d < relatedDistance && sharesWords(words, segments(k))) {
      related = k;
      relatedDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : related;
}

function sharesWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}

/** The words of a dashed id long enough to mean something on their own. */
function segments(id: string): string[] {
  return id.split('-').filter((s) => s.length >= 4);
}

export function didYouMean(word: string, known: Iterable<string>): string {
  const c = closest(word, known);
  return c ? ` (did you mean "${c}"?)` : '';
}

/** A likely correction, or else the whole (short) list of what is allowed. */
export function didYouMeanOrList(word: string, known: readonly string[]): string {
  return didYouMean(word, known) || `; expected one of ${known.join(', ')}`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
