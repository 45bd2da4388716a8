import { PITFALLS, STAGE_FIT, TECHNIQUES } from '../../engine/index.ts';
import type { Command } from '../io.ts';

export const catalogue: Command = {
  name: 'catalogue',
  summary: 'list technique and pitfall ids for use in scenario files',
  usage: 'catalogue',
  async run(_args, io) {
    io.out('Techniques (choice `techniques:`):');
    for (const t of TECHNIQUES) {
      const best = Object.entries(STAGE_FIT[t.family])
        .filter(([, fit]) => fit >= 1)
        .map(([stage]) => stage)
        .join(', ');
      io.out(`  ${t.id.padEnd(22)} ${t.name} — best in: ${best}`);
    }
    io.out('Pitfalls (choice `pitfalls:`):');
    for (const p of PITFALLS) io.out(`  ${p.id.padEnd(22)} ${p.name}`);
    return 0;
  },
};
