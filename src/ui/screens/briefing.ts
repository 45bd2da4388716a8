import type { Scenario } from '../../engine/index.ts';
import { startingAnger } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../messages.ts';
import type { Screen, UiContext } from '../context.ts';

export function briefingScreen(ctx: UiContext, s: Scenario): Screen {
  ctx.stage.showPersona(s.persona, s.data.channel, startingAnger(s));
  const start = h('button', { type: 'button', class: 'primary', onclick: () => ctx.show('conversation', s) }, M.start);
  return {
    focus: start,
    element: h('section', { class: 'screen briefing' },
      h('h1', {}, `${M.briefing}: ${s.data.title}`),
      h('p', { class: 'meta' }, `${M.channel[s.data.channel]} · ${M.difficulty(s.data.difficulty)}`),
      h('h2', {}, `${s.persona.name}, ${s.persona.age}, ${s.persona.role}`),
      h('p', {}, s.persona.backstory),
      h('h2', {}, M.situation), h('p', {}, s.data.situation),
      h('h2', {}, M.goal), h('p', {}, s.data.goal),
      start,
      h('button', { type: 'button', class: 'link', onclick: () => ctx.show('library') }, M.back),
    ),
  };
}
