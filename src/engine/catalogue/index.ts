import { PITFALLS, type Pitfall } from './pitfall.ts';
import { TECHNIQUES, type Technique } from './technique.ts';

export * from './mood.ts';
export * from './pitfall.ts';
export * from './stage.ts';
export * from './technique.ts';

const techniqueById = new Map(TECHNIQUES.map((t) => [t.id, t]));
const pitfallById = new Map(PITFALLS.map((p) => [p.id, p]));

export function findTechnique(id: string): Technique | undefined {
  return techniqueById.get(id);
}
export function findPitfall(id: string): Pitfall | undefined {
  return pitfallById.get(id);
}
export function technique(id: string): Technique {
  const t = techniqueById.get(id);
  if (!t) throw new Error(`unknown technique "${id}"`);
  return t;
}
export function pitfall(id: string): Pitfall {
  const p = pitfallById.get(id);
  if (!p) throw new Error(`unknown pitfall "${id}"`);
  return p;
}
