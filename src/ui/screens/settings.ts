import { h } from '../dom.ts';
import { MESSAGES as M } from '../messages.ts';
import type { Screen, UiContext } from '../context.ts';

export function settingsScreen(ctx: UiContext): Screen {
  const timer = h('select', { id: 'timer-setting' }, ...(['off', 'relaxed', 'normal'] as const).map((v) => h('option', { value: v, selected: ctx.settings.timer === v }, M.timerOptions[v]!)));
  const motion = h('input', { type: 'checkbox', id: 'motion-setting', checked: ctx.settings.reducedMotion });
  ctx.stage.showIdle();
  const heading = h('h1', { tabindex: -1 }, M.settings);
  return {
    focus: heading,
    element: h('section', { class: 'screen settings' },
      heading,
      h('p', {}, h('label', { for: 'timer-setting' }, M.timer), ' ', timer),
      h('p', {}, motion, ' ', h('label', { for: 'motion-setting' }, M.reducedMotion)),
      h('button', {
        type: 'button', class: 'primary',
        onclick: () => {
          ctx.settings.timer = timer.value as typeof ctx.settings.timer;
          ctx.settings.reducedMotion = motion.checked;
          ctx.stage.setReducedMotion(motion.checked);
          void ctx.repo
            .saveSettings(ctx.profileId, ctx.settings)
            .catch((e: Error) => ctx.notify(M.saveFailed(e.message)))
            .then(() => ctx.show('library'));
        },
      }, M.save),
    ),
  };
}
