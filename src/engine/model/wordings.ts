/**
 * Every wording a conversation of a scenario may put where the customer's
 * words show: each variant of each line (by mood and by way in), each
 * reaction, what is said into a silence, the last words, and the trainee's
 * replies (said in the same place). The screen keeps that place as tall as the
 * tallest of them, so the picture above it does not change size mid-conversation.
 */
import type { MoodLinesData, ScenarioData } from '../content/schema.ts';
import { lineVariants } from './condition.ts';

export interface Wordings {
  /** The customer's lines: every variant, reaction, silence line and last words. */
  lines: string[];
  /** The trainee's replies. */
  replies: string[];
  /** How lines are said or what is seen besides them (the nodes' asides). */
  asides: string[];
}

export function wordingsOf(data: ScenarioData): Wordings {
  const lines = new Set<string>();
  const replies = new Set<string>();
  const asides = new Set<string>();
  const add = (to: Set<string>, said: MoodLinesData | undefined) => lineVariants(said).forEach((l) => to.add(l));
  for (const node of Object.values(data.nodes)) {
    add(lines, node.say);
    node.sayWhen?.forEach((w) => add(lines, w.say));
    add(lines, node.timeout?.say);
    add(asides, node.aside);
    for (const choice of node.choices) {
      replies.add(choice.text);
      add(lines, choice.reaction);
    }
  }
  for (const ending of Object.values(data.endings)) add(lines, ending.say);
  return { lines: [...lines], replies: [...replies], asides: [...asides] };
}
