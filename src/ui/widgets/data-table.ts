/** A plain table: column headings, and rows whose first cell heads the row (read out with each cell). */
import { h } from '../dom.ts';

export function dataTable(columns: readonly string[], rows: readonly (readonly string[])[]): HTMLElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map(([head, ...cells]) =>
        h('tr', {}, h('th', { scope: 'row' }, head ?? ''), ...cells.map((c) => h('td', {}, c))),
      ),
    ),
  );
}
