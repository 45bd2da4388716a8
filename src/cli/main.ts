/** `npm run scenarios -- <command>`: the authoring tools over the engine, on a real terminal. */
import { main } from './cli.ts';
import { SCENARIO_DIR } from './content-files.ts';
import { streamIO } from './terminal.ts';

const io = streamIO({
  input: process.stdin,
  output: process.stdout,
  error: process.stderr,
  dir: process.env.COOLDOWN_SCENARIOS ?? SCENARIO_DIR,
  // npm sets INIT_CWD to the folder `npm run` was typed in; paths on the command line are relative to it.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
main(process.argv.slice(2), io).then((code) => process.exit(code));
