/** `npm run scenarios -- <command>`: the authoring tools over the engine, on a real terminal. */
import { createInterface } from 'node:readline/promises';
import { main } from './cli.ts';
import { SCENARIO_DIR } from './content-files.ts';
import type { CliIO } from './io.ts';

function terminalIO(): CliIO {
  let rl: ReturnType<typeof createInterface> | undefined;
  let ended = false;
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    dir: process.env.COOLDOWN_SCENARIOS ?? SCENARIO_DIR,
    async ask(prompt) {
      if (ended) return undefined;
      if (!rl) {
        rl = createInterface({ input: process.stdin, output: process.stdout });
        rl.on('close', () => (ended = true));
      }
      return rl.question(prompt).catch(() => undefined);
    },
  };
}

main(process.argv.slice(2), terminalIO()).then((code) => process.exit(code));
