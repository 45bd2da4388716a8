/**
 * The briefing: the customer drawn in their channel's setting at the anger
 * they start with; who they are, the situation, the goal; the response timer
 * (changeable here, before any clock runs); and the start button.
 */
import { findTechnique, moodOf, startingAnger, type Scenario } from '../../engine/index.ts';
import { practisedTechniques } from '../../app/scenario-facts.ts';
import { TIMER_SETTINGS, type TimerSetting } from '../../app/settings.ts';
import { h } from '../dom.ts';
import { practisesLine } from '../widgets/practises-line.ts';
import { CHANNEL_ICON, icon } from '../icons.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import type { Screen, UiContext } from '../context.ts';
import { topBar } from '../widgets/top-bar.ts';
import { difficultyDots } from './library.ts';

export function briefingScreen(ctx: UiContext, s: Scenario): Screen {
  const anger = startingAnger(s);
  const slot = h('div', { class: 'stage-slot slot' });
  const start = h(
    'button',
    { type: 'button', class: 'primary big start', onclick: () => ctx.show('conversation', s) },
    icon('play'),
    h('span', {}, M.start),
  );
  const timer = h(
    'select',
    { id: 'briefing-timer', onchange: () => void ctx.updateSettings({ timer: timer.value as TimerSetting }) },
    ...TIMER_SETTINGS.map((v) => h('option', { value: v, selected: ctx.settings.timer === v }, M.timerOptions[v])),
  );
  const techniques = practisedTechniques(s)
    .slice(0, 5)
    .map((id) => findTechnique(id)?.name ?? id);
  const heading = h('h1', { tabindex: -1 }, s.data.title);

  const element = h(
    'section',
    { class: `screen briefing channel-${s.data.channel}` },
    topBar({ back: { label: M.backToLibrary, onClick: () => ctx.show('library') }, context: M.briefing }),
    h(
      'div',
      { class: 'screen-body split', 'data-scroll': true },
      h(
        'div',
        { class: 'stage-column' },
        slot,
        h(
          'div',
          { class: 'nameplate' },
          h('p', { class: 'nameplate-name' }, s.persona.name),
          h('p', { class: 'nameplate-role' }, `${s.persona.age}, ${s.persona.role}`),
          h('p', { class: `nameplate-mood mood-${moodOf(anger)}` }, M.startsAt(anger, M.mood[moodOf(anger)])),
        ),
        h(
          'div',
          { class: 'start-row' },
          start,
          h('p', { class: 'field' }, h('label', { for: 'briefing-timer' }, M.timerHint), timer),
        ),
      ),
      h(
        'div',
        { class: 'panel briefing-panel' },
        h(
          'p',
          { class: 'eyebrow' },
          icon(CHANNEL_ICON[s.data.channel], 18),
          M.channel[s.data.channel],
          ' · ',
          difficultyDots(s.data.difficulty),
          M.difficulty(s.data.difficulty),
          s.data.tracks?.onboarding !== undefined ? ` · ${M.onboardingStep(s.data.tracks.onboarding)}` : '',
        ),
        heading,
        h('h2', {}, M.customer),
        h(
          'p',
          {},
          h('strong', {}, M.persona(s.persona.name, s.persona.age, s.persona.role)),
          '. ',
          s.persona.backstory,
        ),
        h('h2', {}, M.situation),
        h('p', {}, s.data.situation),
        h('h2', {}, M.goal),
        h('p', { class: 'goal' }, s.data.goal),
        ...(s.data.authority
          ? [h('h2', {}, M.authority), h('ul', { class: 'authority' }, ...s.data.authority.map((a) => h('li', {}, a)))]
          : []),
        practisesLine(techniques),
      ),
    ),
  );
  return { element, focus: start, stage: () => ({ scene: 'briefing', slot, scenario: s, anger }) };
}
