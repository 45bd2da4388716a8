/** Prints the bench's figures as one table per section: figure, value, budget, met or missed, ratio against a baseline. */
import type { Row } from './figures.ts';

const verdict = (r: Row) => (r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS');
const ratio = (r: Row) => (r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}× ${r.ratioOf ?? ''}`.trim());

export function printTable(sections: Record<string, Row[]>): void {
  const all = Object.values(sections).flat();
  const width = (f: (r: Row) => string, title: string) => Math.max(title.length, ...all.map((r) => f(r).length));
  const cols: [string, (r: Row) => string][] = [
    ['figure', (r) => r.name],
    ['value', (r) => r.value],
    ['budget', (r) => r.budget ?? ''],
    ['result', verdict],
    ['ratio', ratio],
  ];
  const widths = cols.map(([title, f]) => width(f, title));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  for (const [title, rows] of Object.entries(sections)) {
    console.log(`\n${title}`);
    console.log(line(cols.map(([t]) => t)));
    for (const r of rows) console.log(line(cols.map(([, f]) => f(r))));
  }
}

/** The budgeted figures that missed, for the closing line. */
export const misses = (sections: Record<string, Row[]>) =>
  Object.values(sections)
    .flat()
    .filter((r) => r.pass === false);
