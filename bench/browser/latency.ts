/**
 * Input latency: from a reply being pressed (the click event's own time stamp)
 * to the first animation frame showing the customer's next line with the next
 * replies, over the whole best line of the first onboarding scenario. Reduced
 * motion, so there is no typing effect and no pause between turns. Each reply
 * is pressed half a second after it is offered: nobody reads a customer's line
 * and four replies faster, and pressing within the first frames measured the
 * screen's own start (its picture being painted and sent to the GPU) rather
 * than the answer to a press. The last reply leads to the debrief, not to a
 * customer line, so it is not counted.
 */
import type { Browser } from '@playwright/test';
import { BUDGETS, within } from '../budgets.ts';
import { freshContext } from './launch.ts';
import { msText, type Row } from '../figures.ts';
import { percentile } from '../stats.ts';
import { firstOnboarding, playToDebrief, startScenario, until, winningReplies } from './play.ts';

/** How long the bench reads before pressing a reply (see above). */
const READING_MS = 500;

/** Runs in the page: records one latency per reply, watched every frame. */
function recordLatencies(): void {
  const latencies: number[] = [];
  (window as unknown as { __latencies: number[] }).__latencies = latencies;
  let pending: { start: number; turns: number } | undefined;
  document.addEventListener(
    'click',
    (e) => {
      const h = window.__cooldown;
      if (h?.phase === 'choosing' && (e.target as Element).closest('button'))
        pending = { start: e.timeStamp, turns: h.turns ?? 0 };
    },
    true,
  );
  const frame = () => {
    const h = window.__cooldown;
    if (pending && h) {
      if (h.screen === 'conversation' && h.phase === 'choosing' && h.turns === pending.turns + 1) {
        latencies.push(performance.now() - pending.start);
        pending = undefined;
      } else if (h.screen !== 'conversation' || h.phase === 'over') pending = undefined;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export async function latencyFigures(browser: Browser, appUrl: string, runs: number): Promise<Row[]> {
  const s = firstOnboarding();
  const samples: number[] = [];
  const p95s: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await freshContext(browser, { reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${appUrl}/`);
    await until(page, (h) => h.screen === 'home');
    await startScenario(page, s);
    await page.evaluate(recordLatencies);
    await playToDebrief(page, winningReplies(s), READING_MS);
    const run = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    samples.push(...run);
    p95s.push(percentile(run, 95));
    await context.close();
  }
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const range = `${Math.min(...p95s).toFixed(1)}–${Math.max(...p95s).toFixed(1)}`;
  return [
    {
      name: `reply to next customer line, p50 (${samples.length} replies over ${runs} plays of ${s.data.id}, each pressed after ${READING_MS} ms)`,
      value: msText(p50),
    },
    {
      name: 'reply to next customer line, p95',
      value: `${msText(p95)} (runs ${range})`,
      budget: `≤ ${BUDGETS.inputLatencyP95Ms} ms`,
      pass: within(p95, BUDGETS.inputLatencyP95Ms),
    },
  ];
}
