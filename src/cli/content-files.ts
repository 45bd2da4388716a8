/** Reads scenario and persona files from disk for the engine (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../engine/index.ts';

export const SCENARIO_DIR = 'scenarios';

/** Every `.yaml` file under `dir`, with paths relative to the working directory. */
export function readContentDir(dir = SCENARIO_DIR): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== '__fixtures__') walk(full);
      } else if (/\.ya?ml$/.test(name))
        out.push({ file: relative(process.cwd(), full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out;
}
