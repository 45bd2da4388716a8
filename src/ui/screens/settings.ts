/**
 * Settings, applied as they change and kept per profile: sound levels and mute,
 * the response timer (off, relaxed, normal — WCAG 2.2.1), text size, spoken
 * customer lines, and reduced motion (starting from the system's preference).
 */
import { TEXT_SIZES, TIMER_SETTINGS, type Settings } from '../../app/settings.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import type { Screen, UiContext } from '../context.ts';
import { speechAvailable } from '../speech.ts';
import { topBar } from '../widgets/top-bar.ts';

export function settingsScreen(ctx: UiContext, from: 'home' | 'library' = 'home'): Screen {
  // Done and Back return to the screen that opened Settings.
  const back = () => ctx.show(from);
  const set = (change: Partial<Settings>) => void ctx.updateSettings(change);
  const radios = <V extends string>(
    name: string,
    legend: string,
    values: readonly V[],
    labels: Record<V, string>,
    current: V,
    onPick: (v: V) => void,
  ) =>
    h(
      'fieldset',
      { class: 'radios' },
      h('legend', {}, legend),
      ...values.map((v) =>
        h(
          'label',
          { class: 'radio' },
          h('input', { type: 'radio', name, value: v, checked: current === v, onchange: () => onPick(v) }),
          h('span', {}, labels[v]),
        ),
      ),
    );
  const slider = (id: string, label: string, value: number, onInput: (v: number) => void) => {
    const output = h('output', { for: id }, `${Math.round(value * 100)}%`);
    const input = h('input', {
      type: 'range',
      id,
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(value * 100),
      oninput: () => (output.textContent = `${input.value}%`),
      onchange: () => onInput(Number(input.value) / 100),
    });
    return h('p', { class: 'field slider' }, h('label', { for: id }, label), input, output);
  };
  const check = (
    id: string,
    label: string,
    checked: boolean,
    note: string | null,
    onChange: (v: boolean) => void,
    disabled = false,
  ) =>
    h(
      'div',
      { class: 'field check' },
      h('input', {
        type: 'checkbox',
        id,
        checked,
        disabled,
        'aria-describedby': note ? `${id}-note` : undefined,
        onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked),
      }),
      h('label', { for: id }, label),
      note ? h('p', { class: 'note', id: `${id}-note` }, note) : null,
    );

  const st = ctx.settings;
  const heading = h('h1', { tabindex: -1 }, M.settings);
  const done = h('button', { type: 'button', class: 'primary big', onclick: back }, M.done);
  const element = h(
    'section',
    { class: 'screen settings' },
    topBar({ back: { label: from === 'library' ? M.library : M.home, onClick: back } }),
    h(
      'div',
      { class: 'screen-body', 'data-scroll': true },
      h(
        'div',
        { class: 'panel settings-panel' },
        heading,
        h(
          'section',
          { class: 'group' },
          h('h2', {}, M.timing),
          radios('timer', M.timer, TIMER_SETTINGS, M.timerOptions, st.timer, (v) => set({ timer: v })),
        ),
        h(
          'section',
          { class: 'group' },
          h('h2', {}, M.sound),
          ctx.sound.available ? null : h('p', { class: 'note' }, M.soundUnavailable),
          slider('volume-setting', M.masterVolume, st.volume, (v) => set({ volume: v })),
          slider('effects-setting', M.effectsVolume, st.effects, (v) => set({ effects: v })),
          slider('ambience-setting', M.ambienceVolume, st.ambience, (v) => set({ ambience: v })),
          check('mute-setting', M.mute, st.muted, null, (v) => set({ muted: v })),
        ),
        h(
          'section',
          { class: 'group' },
          h('h2', {}, M.reading),
          radios('text-size', M.textSize, TEXT_SIZES, M.textSizes, st.textSize, (v) => set({ textSize: v })),
          check(
            'speech-setting',
            M.speech,
            st.speech,
            speechAvailable() ? M.speechNote : M.speechUnavailable,
            (v) => set({ speech: v }),
            !speechAvailable(),
          ),
        ),
        h(
          'section',
          { class: 'group' },
          h('h2', {}, M.motion),
          check('motion-setting', M.reducedMotion, st.reducedMotion, M.reducedMotionNote, (v) =>
            set({ reducedMotion: v }),
          ),
        ),
        done,
      ),
    ),
  );
  return { element, focus: heading };
}
