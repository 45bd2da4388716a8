/**
 * Every wording a conversation of a scenario may put where the customer's
 * words show: each variant of each line (by mood and by way in), each
 * reaction, what is said into a silence, the last words, and the trainee's
 * replies (said in the same place). The screen keeps that place as tall as the
 * tallest of them, so the picture above it never changes size mid-conversation.
 */
import type { MoodLinesData, ScenarioData } from '../content/schema.ts';

export interface Wordings {
  /** Whatever is said: the customer's lines and the trainee's replies. */
  said: string[];
  /** How lines are said or what is seen besides them (the nodes' asides). */
  asides: string[];
}

function variants(lines: MoodLinesData | undefined): string[] {
  if (lines === undefined) return [];
  return typeof lines === 'string' ? [lines] : Object.values(lines).filter((l): l is string => !!l);
}

export function wordingsOf(data: ScenarioData): Wordings {
  const said = new Set<string>();
  const asides = new Set<string>();
  const add = (to: Set<string>, lines: MoodLinesData | undefined) => variants(lines).forEach((l) => to.add(l));
  for (const node of Object.values(data.nodes)) {
    add(said, node.say);
    node.sayWhen?.forEach((w) => add(said, w.say));
    add(said, node.timeout?.say);
    add(asides, node.aside);
    for (const choice of node.choices) {
      said.add(choice.text);
      add(said, choice.reaction);
    }
  }
  for (const ending of Object.values(data.endings)) add(said, ending.say);
  return { said: [...said], asides: [...asides] };
}
