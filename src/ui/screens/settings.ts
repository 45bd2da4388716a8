import { h } from '../dom.ts';
import { MESSAGES as M } from '../messages.ts';
import type { Screen, UiContext } from '../context.ts';

export function settingsScreen(ctx: UiContext): Screen {
  const timer = h('select', { id: 'timer-setting' }, ...(['off', 'relaxed', 'normal'] as const).map((v) => h('option', { value: v, selected: ctx.settings.timer === v }, M.timerOptions[v]!)));
  const motion = h('input', { type: 'checkbox', id: 'motion-setting', checked: ctx.settings.reducedMotion });
  ctx.stage.showIdle();
  const volume = h('input', { type: 'range', id: 'volume-setting', min: 0, max: 100, step: 5, value: Math.round(ctx.settings.volume * 100) });
  const muted = h('input', { type: 'checkbox', id: 'mute-setting', checked: ctx.settings.muted });
  const heading = h('h1', { tabindex: -1 }, M.settings);
  return {
    focus: heading,
    element: h('section', { class: 'screen settings' },
      heading,
      h('p', {}, h('label', { for: 'timer-setting' }, M.timer), ' ', timer),
      h('p', {}, motion, ' ', h('label', { for: 'motion-setting' }, M.reducedMotion)),
      h('p', {}, h('label', { for: 'volume-setting' }, M.volume), ' ', volume),
      h('p', {}, muted, ' ', h('label', { for: 'mute-setting' }, M.mute)),
      h('button', {
        type: 'button', class: 'primary',
        onclick: () => {
          ctx.settings.timer = timer.value as typeof ctx.settings.timer;
          ctx.settings.reducedMotion = motion.checked;
          ctx.settings.volume = Number(volume.value) / 100;
          ctx.settings.muted = muted.checked;
          ctx.sound.setVolume(ctx.settings.volume, ctx.settings.muted);
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
