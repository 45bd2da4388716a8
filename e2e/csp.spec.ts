/**
 * The built page under its strict Content-Security-Policy (docs/deployment.md):
 * the policy arrives as the preview's header and as the page's <meta>, a whole
 * conversation plays to its debrief without one violation, and the debrief's
 * score bars, whose sizes the policy would drop if they were style attributes,
 * are drawn where they belong.
 */
import type { Page } from '@playwright/test';
import { cspHeader, cspMeta } from '../src/cli/vite-csp-plugin.ts';
import { losingLine } from './lines.ts';
import { expect, startScenario, test } from './pages/index.ts';
import { hook, PLAYED, scenario, shot } from './support.ts';

test.use({ reducedMotion: 'reduce' });

type Rect = { x: number; width: number };

/** Listens, from before the page's first byte, for every report of the policy: the page's events and the console's. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/content.security.policy|refused to/i.test(m.text())) messages.push(`console: ${m.text()}`);
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
    ...messages,
  ];
}

test('a conversation plays to its debrief under the strict policy, with the score bars in place', async ({
  page,
  conversation,
  debrief,
}) => {
  const violations = await watchPolicy(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(cspHeader());
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', cspMeta());

  // Lost: no outcome, calmed or timeliness points, so those bars are empty; the best line's are not.
  const s = scenario(PLAYED.phone);
  await startScenario(page, s);
  await conversation.play(s, losingLine(s));
  await debrief.shown();
  await shot(page, 'csp-debrief');
  const { score, best } = await hook(page);
  expect(best).toBeDefined();

  const measured = await page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      return { x: r.x, width: r.width };
    };
    const main = document.querySelector('#screen')!;
    const points = (cell: Element | null | undefined) =>
      cell ? Number(cell.textContent!.replace('\u2212', '-').replace('+', '')) : undefined;
    return {
      track: box(main.querySelector('.score-track'))!,
      fill: box(main.querySelector('.score-fill'))!,
      marker: box(main.querySelector('.score-best'))!,
      parts: [...main.querySelectorAll('.breakdown tbody tr')].map((row) => ({
        you: points(row.querySelectorAll('td')[0])!,
        best: points(row.querySelectorAll('td')[1]),
        youBar: box(row.querySelector('.part-bar.you'))!,
        bestBar: box(row.querySelector('.part-bar.best')),
        bars: box(row.querySelector('.bars'))!,
      })),
    };
  });

  // The score's track: the fill as wide as the score, the best score's marker where the best score is.
  const { track, fill, marker, parts } = measured;
  expect(track.width).toBeGreaterThan(100);
  expect(fill.x).toBeCloseTo(track.x, 0);
  expect(fill.width).toBeCloseTo((score! / 100) * track.width, 0);
  expect(marker.x).toBeCloseTo(track.x + (best! / 100) * track.width, 0);
  expect(best!).toBeGreaterThan(0);
  expect(marker.x - track.x).toBeGreaterThan(track.width * 0.3);

  // Each part's bars as long as their points against the longest (45 at least): a 0-point bar has no width.
  expect(parts).toHaveLength(5);
  const values = parts.flatMap((p) => [p.you, ...(p.best === undefined ? [] : [p.best])]);
  expect(values.every(Number.isFinite)).toBe(true);
  const scale = Math.max(45, ...values.map(Math.abs));
  const zeros = parts.filter((p) => p.you === 0);
  expect(zeros.length).toBeGreaterThan(0);
  expect(parts.some((p) => p.you === 0 && p.best! > 0)).toBe(true);
  // (A bar for a few points is 2px at least, so that it shows.)
  const length = (points: number, bars: Rect) =>
    points === 0 ? 0 : Math.max(2, (Math.abs(points) / scale) * bars.width);
  for (const p of parts) {
    expect(p.youBar.width).toBeCloseTo(length(p.you, p.bars), 0);
    if (p.best !== undefined) expect(p.bestBar!.width).toBeCloseTo(length(p.best, p.bars), 0);
  }
  for (const p of zeros) expect(p.youBar.width).toBe(0);

  expect(await violations()).toEqual([]);

  // And the policy is in force, not only present: a style attribute is refused, and reported.
  const width = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.setAttribute('style', 'display: block; width: 123px');
    document.body.append(probe);
    const w = probe.getBoundingClientRect().width;
    probe.remove();
    return w;
  });
  expect(width).not.toBe(123);
  // (Reported once for each copy of the policy, the header's and the <meta>'s, and in the console.)
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  for (const report of await violations())
    expect(report).toMatch(/^style-src-attr blocked inline |^console: Applying inline style violates/);
});
