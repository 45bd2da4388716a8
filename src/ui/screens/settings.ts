import { h } from '../dom.ts';
import { MESSAGES as M } from '../messages.ts';
import type { Screen, UiContext } from '../context.ts';
import { applySettings } from '../apply-settings.ts';

export function settingsScreen(ctx: UiContext): Screen {
  const timer = h('select', { id: 'timer-setting' }, ...(['off', 'relaxed', 'normal'] as const).map((v) => h('option', { value: v, selected: ctx.settings.timer === v }, M.timerOptions[v]!)));
  const motion = h('input', { type: 'checkbox', id: 'motion-setting', checked: ctx.settings.reducedMotion });
  ctx.stage.showIdle();
  const volume = h('input', { type: 'range', id: 'volume-setting', min: 0, max: 100, step: 5, value: Math.round(ctx.settings.volume * 100) });
  const muted = h('input', { type: 'checkbox', id: 'mute-setting', checked: ctx.settings.muted });
  const speech = h('input', { type: 'checkbox', id: 'speech-setting', checked: ctx.settings.speech });
  const textSize = h('select', { id: 'text-size-setting' }, ...(['normal', 'large', 'larger'] as const).map((v) => h('option', { value: v, selected: ctx.settings.textSize === v }, M.textSizes[v]!)));
  const heading = h('h1', { tabindex: -1 }, M.settings);
  return {
    focus: heading,
    element: h('section', { class: 'screen settings' },
      heading,
      h('p', {}, h('label', { for: 'timer-setting' }, M.timer), ' ', timer),
      h('p', {}, motion, ' ', h('label', { for: 'motion-setting' }, M.reducedMotion)),
      h('p', {}, h('label', { for: 'volume-setting' }, M.volume), ' ', volume),
      h('p', {}, muted, ' ', h('label', { for: 'mute-setting' }, M.mute)),
      h('p', {}, speech, ' ', h('label', { for: 'speech-setting' }, M.speech)),
      h('p', {}, h('label', { for: 'text-size-setting' }, M.textSize), ' ', textSize),
      h('button', {
        type: 'button', class: 'primary',
        onclick: () => {
          ctx.settings.timer = timer.value as typeof ctx.settings.timer;
          ctx.settings.reducedMotion = motion.checked;
          ctx.settings.volume = Number(volume.value) / 100;
          ctx.settings.muted = muted.checked;
          ctx.settings.speech = speech.checked;
          ctx.settings.textSize = textSize.value as typeof ctx.settings.textSize;
          applySettings(ctx.settings, ctx);
          void ctx.repo
            .saveSettings(ctx.profileId, ctx.settings)
            .catch((e: Error) => ctx.notify(M.saveFailed(e.message)))
            .then(() => ctx.show('library'));
        },
      }, M.save),
    ),
  };
}
