/** `npx tsx src/cli/make-sounds.ts`: writes the game's sounds into assets/audio/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { SOUNDS, wav } from './synth.ts';

mkdirSync('assets/audio', { recursive: true });
for (const [name, make] of Object.entries(SOUNDS)) {
  const bytes = wav(make());
  writeFileSync(`assets/audio/${name}.wav`, bytes);
  console.log(`assets/audio/${name}.wav ${Math.round(bytes.length / 1024)} KB`);
}
