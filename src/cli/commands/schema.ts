import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PersonaSchema, ScenarioSchema } from '../../engine/index.ts';
import type { Command } from '../io.ts';

/** The editor JSON Schemas, generated from the engine's zod schema so they can never drift from it. */
export function editorSchemas(dir: string): { file: string; text: string }[] {
  const render = (schema: z.ZodType, title: string, description: string) =>
    JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title, description }, null, 2) + '\n';
  return [
    { file: join(dir, 'schema.json'), text: render(ScenarioSchema, 'Cooldown scenario', 'A conversation with an angry customer: nodes, replies and endings. See docs/authoring.md.') },
    { file: join(dir, 'personas', 'schema.json'), text: render(PersonaSchema, 'Cooldown persona', 'A customer: who they are, how they look and how they react. See docs/authoring.md.') },
  ];
}

export function staleSchemas(dir: string): string[] {
  return editorSchemas(dir).filter(({ file, text }) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  }).map((s) => s.file);
}

export const schema: Command = {
  name: 'schema',
  summary: 'regenerate the editor JSON Schemas (scenarios/schema.json, scenarios/personas/schema.json)',
  usage: 'schema',
  async run(_args, io) {
    for (const { file, text } of editorSchemas(io.dir)) {
      writeFileSync(file, text);
      io.out(`wrote ${file}`);
    }
    return 0;
  },
};
