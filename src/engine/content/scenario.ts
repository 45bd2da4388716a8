import type { EndingData, NodeData, PersonaData, ScenarioData } from './schema.ts';

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

/**
 * The value an author named `key`, if there is one. Content names are object keys:
 * only own properties count, so a node or flag called "constructor" is nothing special.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function nodeById(s: Scenario, id: string): NodeData | undefined {
  return own(s.data.nodes, id);
}

export function endingById(s: Scenario, id: string): EndingData | undefined {
  return own(s.data.endings, id);
}
