/**
 * Storage in Chromium against real IndexedDB, through the game's repository
 * (bench/pages/storage): persisting one turn's resume point, and loading what
 * the home screen reads for a profile with 1,000 attempts (the attempt index),
 * and, for comparison, every attempt read whole; and importing a backup of
 * many profiles at two sizes, against the browser committing the same records
 * on its own, to show the import adds work in proportion to the file.
 */
import type { Browser } from '@playwright/test';
import { BUDGETS, within } from '../budgets.ts';
import { freshContext } from './launch.ts';
import { spreadText, type Row } from '../figures.ts';
import { percentile, spread } from '../stats.ts';

const WRITES = 60;
const WARM_UP = 10;
const ATTEMPTS = 1000;
/** Backup imports: profiles at two sizes, each with this many attempts; linear growth makes the larger take SCALE times as long. */
const IMPORT_SIZES = [500, 2000] as const;
const IMPORT_ATTEMPTS_EACH = 2;
const IMPORT_RUNS = 2;

/** One import: its time, the part before the first write, the browser's bare commit of the same records. */
type ImportRun = { ms: number; checkingMs: number; bareMs: number; attempts: number };

type StorageBench = {
  persistTurn(n: number): Promise<number[]>;
  seedProfile(n: number): Promise<string>;
  loadProfile(id: string): Promise<{ ms: number; attempts: number }>;
  loadAttempts(id: string): Promise<number>;
  importBackup(profiles: number, each: number): Promise<ImportRun>;
};

export async function storageFigures(browser: Browser, pagesUrl: string, runs: number): Promise<Row[]> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(`${pagesUrl}/storage/`);
  await page.waitForFunction(() => '__storageBench' in window);
  const writes = (
    await page.evaluate(
      (n) => (window as unknown as { __storageBench: StorageBench }).__storageBench.persistTurn(n),
      WRITES,
    )
  ).slice(WARM_UP);
  const id = await page.evaluate(
    (n) => (window as unknown as { __storageBench: StorageBench }).__storageBench.seedProfile(n),
    ATTEMPTS,
  );
  // The first load after seeding builds the attempt index, as the first start after an update would.
  const loads: { ms: number; attempts: number }[] = [];
  for (let i = 0; i <= runs; i++)
    loads.push(
      await page.evaluate(
        (p) => (window as unknown as { __storageBench: StorageBench }).__storageBench.loadProfile(p),
        id,
      ),
    );
  const whole: number[] = [];
  for (let i = 0; i < runs; i++)
    whole.push(
      await page.evaluate(
        (p) => (window as unknown as { __storageBench: StorageBench }).__storageBench.loadAttempts(p),
        id,
      ),
    );
  const imports: ImportRun[][] = [];
  for (const size of IMPORT_SIZES) {
    const runsOfSize = [];
    for (let i = 0; i < IMPORT_RUNS; i++)
      runsOfSize.push(
        await page.evaluate(
          ([p, each]) => (window as unknown as { __storageBench: StorageBench }).__storageBench.importBackup(p, each),
          [size, IMPORT_ATTEMPTS_EACH] as const,
        ),
      );
    imports.push(runsOfSize);
  }
  await context.close();
  const importSpreads = imports.map((runsOfSize) => spread(runsOfSize.map((r) => r.ms)));
  const [small, large] = IMPORT_SIZES;
  const scale = large / small;
  const growth = importSpreads[1]!.median / importSpreads[0]!.median;
  const bareSpreads = imports.map((runsOfSize) => spread(runsOfSize.map((r) => r.bareMs)));
  const bareGrowth = bareSpreads[1]!.median / bareSpreads[0]!.median;
  const overCommit = growth / bareGrowth;
  const persist = spread(writes);
  const load = spread(loads.slice(1).map((l) => l.ms));
  return [
    {
      name: `persist one turn (resume point), ${writes.length} writes, median (lowest–highest)`,
      value: `${spreadText(persist, 2)}; p95 ${percentile(writes, 95).toFixed(2)} ms`,
      budget: `median ≤ ${BUDGETS.persistTurnMedianMs} ms`,
      pass: within(persist.median, BUDGETS.persistTurnMedianMs),
    },
    {
      name: `load a profile with ${loads[0]!.attempts} attempts (fresh store, ${runs} runs)`,
      value: spreadText(load),
      budget: `≤ ${BUDGETS.profileLoadMs} ms`,
      pass: within(load.median, BUDGETS.profileLoadMs),
    },
    {
      name: 'the same, the first time (attempt index built from the attempts)',
      value: `${loads[0]!.ms.toFixed(0)} ms`,
    },
    { name: `every attempt read whole (progress screen, backup), ${runs} runs`, value: spreadText(spread(whole)) },
    ...IMPORT_SIZES.map((size, i) => ({
      name: `import a backup of ${size.toLocaleString('en')} profiles (${imports[i]![0]!.attempts.toLocaleString('en')} attempts) into a fresh store, ${IMPORT_RUNS} runs`,
      value: `${spreadText(importSpreads[i]!, 0)}; reading and checking ${spread(imports[i]!.map((r) => r.checkingMs)).median.toFixed(0)} ms`,
    })),
    ...IMPORT_SIZES.map((size, i) => ({
      name: `the browser alone committing the same records in one plain IndexedDB transaction, ${size.toLocaleString('en')} profiles`,
      value: spreadText(bareSpreads[i]!, 0),
    })),
    {
      name: `import growth: ${large.toLocaleString('en')} profiles against ${small} (${scale}× the profiles; linear ${scale}×, quadratic ${scale * scale}×)`,
      value: `${growth.toFixed(2)}×; the browser's commit alone ${bareGrowth.toFixed(2)}×`,
      budget: `≤ ${BUDGETS.importGrowthOverCommit}× the commit's growth`,
      pass: within(overCommit, BUDGETS.importGrowthOverCommit),
      ratio: overCommit,
      ratioOf: "the commit's growth",
    },
  ];
}
