/** The bar across the top of a screen: a way back, the screen's place, and actions on the right. */
import { h } from '../dom.ts';
import { icon, type IconName } from '../icons.ts';

export interface BarAction {
  label: string;
  icon?: IconName;
  onClick: () => void;
  /** Shown after the label, e.g. a key hint; not part of the accessible name. */
  hint?: string;
}

export function barButton(a: BarAction, cls = 'bar-button'): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: cls, onclick: a.onClick },
    a.icon ? icon(a.icon) : null,
    h('span', {}, a.label),
    a.hint ? h('kbd', { 'aria-hidden': 'true' }, a.hint) : null,
  );
}

export function topBar(opts: {
  back?: BarAction;
  context?: string | Node[];
  actions?: (BarAction | HTMLElement)[];
}): HTMLElement {
  return h(
    'header',
    { class: 'topbar' },
    opts.back
      ? barButton({ icon: 'back', ...opts.back })
      : h('span', { class: 'brand', 'aria-hidden': 'true' }, 'Cooldown'),
    opts.context
      ? h(
          'p',
          { class: 'topbar-context' },
          // A text cut short ends in an ellipsis (on a span: a flex container draws none); the whole text is its title.
          ...(typeof opts.context === 'string' ? [h('span', { title: opts.context }, opts.context)] : opts.context),
        )
      : h('span', { class: 'spacer' }),
    h(
      'div',
      { class: 'topbar-actions' },
      ...(opts.actions ?? []).map((a) => (a instanceof HTMLElement ? a : barButton(a))),
    ),
  );
}
