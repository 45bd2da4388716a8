/** Problems in scenario files, shown plainly with file:line:col so an author can fix them; never a blank page. */
import type { Library } from '../../engine/index.ts';
import { formatProblem } from '../../engine/content/problem.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';

export function contentProblems(library: Library): HTMLElement | null {
  const errors = library.problems.filter((p) => p.severity === 'error');
  if (!errors.length && library.scenarios.length) return null;
  return h(
    'div',
    { role: 'alert', class: 'problems' },
    errors.length ? h('p', {}, M.contentProblems(new Set(errors.map((p) => p.file)).size)) : null,
    errors.length ? h('ul', {}, ...errors.map((p) => h('li', {}, h('code', {}, formatProblem(p))))) : null,
    library.scenarios.length ? null : h('p', {}, M.noScenarios),
  );
}
