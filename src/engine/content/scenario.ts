import type { PersonaData, ScenarioData } from './schema.ts';

/** A validated scenario together with its persona, ready to play or analyse. */
export interface Scenario {
  data: ScenarioData;
  persona: PersonaData;
  /** Where it came from, for messages. */
  file: string;
  /** Content hash of scenario + persona: saved attempts record which version they were played on. */
  hash: string;
}

/** Anger at the first line: the scenario's own figure, or the persona's usual starting point. */
export function startingAnger(s: Scenario): number {
  return s.data.anger ?? s.persona.anger.start;
}

export function isEnding(s: Scenario, id: string): boolean {
  return Object.hasOwn(s.data.endings, id);
}
