/**
 * `npm run bench`: prints every benchmark figure and writes bench/results.json.
 * Figures only; nothing here passes or fails.
 */
import { writeFileSync } from 'node:fs';
import { analysisFigures } from './analysis.ts';
import { engineFigures } from './engine.ts';

const sections = { engine: engineFigures(), analysis: analysisFigures() };
for (const [title, rows] of Object.entries(sections)) {
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${r.name.padEnd(72)} ${r.value}${r.ratio ? `   ratio ${r.ratio.toFixed(1)}×` : ''}`);
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, ...sections }, null, 2));
console.log('\nwritten to bench/results.json');
