import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PersonaSchema, PITFALLS, ScenarioSchema, TECHNIQUES } from '../../engine/index.ts';
import type { Command } from '../io.ts';
import { addNotes, PERSONA_NOTES, SCENARIO_NOTES } from '../schema-notes.ts';

type Json = { [key: string]: unknown };

/** Catalogue ids offered as completions wherever a file lists techniques or pitfalls. */
const CATALOGUE_LISTS: Record<string, readonly { id: string; name: string }[]> = {
  techniques: TECHNIQUES,
  soothedBy: TECHNIQUES,
  pitfalls: PITFALLS,
  hotButtons: PITFALLS,
};

/**
 * The engine schema keeps these as plain ids so `check` can say "did you mean"; the editor schema
 * adds the catalogue as an enum so the editor offers the ids as completions.
 */
function withCatalogueEnums(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(withCatalogueEnums);
  if (!node || typeof node !== 'object') return;
  const properties = (node as Json).properties as Record<string, Json> | undefined;
  for (const [name, list] of Object.entries(CATALOGUE_LISTS)) {
    const items = properties?.[name]?.items as Json | undefined;
    if (items) {
      items.enum = list.map((x) => x.id);
      items.markdownEnumDescriptions = list.map((x) => x.name);
    }
  }
  Object.values(node).forEach(withCatalogueEnums);
}

/** The editor JSON Schemas, generated from the engine's zod schema so they can never drift from it. */
export function editorSchemas(dir: string): { file: string; text: string }[] {
  const render = (schema: z.ZodType, notes: Record<string, string>, title: string, description: string) => {
    // Input types: fields with a default are optional to the author, as they are to the loader.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
    withCatalogueEnums(json);
    addNotes(json, notes);
    return JSON.stringify({ ...json, title, description }, null, 2) + '\n';
  };
  return [
    {
      file: join(dir, 'schema.json'),
      text: render(
        ScenarioSchema,
        SCENARIO_NOTES,
        'Cooldown scenario',
        'A conversation with an angry customer: nodes, replies and endings. See docs/authoring.md.',
      ),
    },
    {
      file: join(dir, 'personas', 'schema.json'),
      text: render(
        PersonaSchema,
        PERSONA_NOTES,
        'Cooldown persona',
        'A customer: who they are, how they look and how they react. See docs/authoring.md.',
      ),
    },
  ];
}

export function staleSchemas(dir: string): string[] {
  return editorSchemas(dir)
    .filter(({ file, text }) => {
      try {
        return readFileSync(file, 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map((s) => s.file);
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
