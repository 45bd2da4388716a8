/** "Practises: …" — the techniques a scenario trains, as on its library card and its briefing. */
import { MESSAGES as M } from '../../messages/index.ts';
import { h } from '../dom.ts';

export function practisesLine(names: readonly string[]): HTMLElement | null {
  if (names.length === 0) return null;
  return h(
    'p',
    { class: 'card-techniques' },
    h('span', { class: 'label' }, `${M.practises}:`),
    ' ',
    ...names.map((t) => h('span', { class: 'tech' }, t)),
  );
}
