/**
 * The scenario library: a card per scenario with its customer (drawn), channel,
 * difficulty, onboarding step, the techniques it practises and the best score
 * so far; filters by channel and difficulty.
 */
import { CHANNELS, findTechnique, startingAnger, type Channel, type Scenario } from '../../engine/index.ts';
import { inOnboardingOrder, practisedTechniques } from '../../app/scenario-facts.ts';
import { h } from '../dom.ts';
import { practisesLine } from '../widgets/practises-line.ts';
import { CHANNEL_ICON, icon } from '../icons.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import type { Screen, UiContext } from '../context.ts';
import type { PortraitSlot } from '../stage-port.ts';
import { contentProblems } from '../widgets/content-problems.ts';
import { topBar } from '../widgets/top-bar.ts';

/** A group of radio buttons styled as chips; `onChange` gets the chosen value ('' for all). */
function chipGroup(
  name: string,
  legend: string,
  options: { value: string; label: string }[],
  onChange: (v: string) => void,
): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'chips' },
    h('legend', {}, legend),
    ...options.map((o, i) =>
      h(
        'label',
        { class: 'chip' },
        h('input', {
          type: 'radio',
          name,
          value: o.value,
          checked: i === 0,
          onchange: (e: Event) => onChange((e.target as HTMLInputElement).value),
        }),
        h('span', {}, o.label),
      ),
    ),
  );
}

export function difficultyDots(level: number): HTMLElement {
  return h(
    'span',
    { class: 'dots', 'aria-hidden': 'true' },
    ...[1, 2, 3, 4, 5].map((i) => h('span', { class: i <= level ? 'dot on' : 'dot' })),
  );
}

export async function libraryScreen(ctx: UiContext): Promise<Screen> {
  const [{ best }, inProgress] = await Promise.all([
    ctx.progress.standing(ctx.profileId),
    ctx.conversations.inProgress(ctx.profileId),
  ]);
  // Each scenario's conversation left in progress, the latest where there are several (two tabs).
  const leftOpen = new Map([...inProgress].reverse().map((c) => [c.scenario.data.id, c.id]));
  const ordered = inOnboardingOrder(ctx.library.scenarios);
  const filter = { channel: '', difficulty: '' };
  const list = h('ul', { class: 'cards' });
  const count = h('p', { class: 'count', role: 'status' });
  let portraits: PortraitSlot[] = [];

  const card = (s: Scenario): HTMLElement => {
    const slot = h('div', { class: 'card-band slot' });
    const techniques = practisedTechniques(s)
      .slice(0, 4)
      .map((id) => findTechnique(id)?.name ?? id);
    const score = best.get(s.data.id);
    const open = leftOpen.get(s.data.id);
    portraits.push({ slot, persona: s.persona, channel: s.data.channel, anger: startingAnger(s) });
    const el = h(
      'li',
      { class: `card channel-${s.data.channel}` },
      slot,
      h(
        'div',
        { class: 'card-badges' },
        h(
          'span',
          { class: `badge channel-badge ${s.data.channel}` },
          icon(CHANNEL_ICON[s.data.channel], 16),
          M.channel[s.data.channel],
        ),
        s.data.tracks?.onboarding !== undefined
          ? h('span', { class: 'badge step' }, M.onboardingStep(s.data.tracks.onboarding))
          : null,
      ),
      h(
        'div',
        { class: 'card-body' },
        h('h2', {}, s.data.title),
        h('p', { class: 'card-persona' }, M.persona(s.persona.name, s.persona.age, s.persona.role)),
        h('p', { class: 'card-summary' }, s.data.summary),
        practisesLine(techniques),
        h(
          'div',
          { class: 'card-foot' },
          h('span', { class: 'difficulty' }, difficultyDots(s.data.difficulty), M.difficulty(s.data.difficulty)),
          h('span', { class: score === undefined ? 'best none' : 'best' }, M.best(score)),
          open
            ? h(
                'button',
                { type: 'button', onclick: () => ctx.show('conversation', s, { resume: open }) },
                icon('play', 18),
                h('span', {}, M.continue(s.data.title)),
              )
            : null,
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'aria-label': M.open(s.data.title),
              onclick: () => ctx.show('briefing', s),
            },
            h('span', {}, M.play),
            icon('next', 18),
          ),
        ),
      ),
    );
    // Pointing at or focusing a card cools its customer down a little.
    el.addEventListener('pointerenter', () => ctx.stage.highlight(slot));
    el.addEventListener('pointerleave', () => ctx.stage.highlight(null));
    el.addEventListener('focusin', () => ctx.stage.highlight(slot));
    el.addEventListener('focusout', () => ctx.stage.highlight(null));
    return el;
  };

  const fill = () => {
    portraits = [];
    const shown = ordered.filter(
      (s) =>
        (!filter.channel || s.data.channel === filter.channel) &&
        (!filter.difficulty || s.data.difficulty === Number(filter.difficulty)),
    );
    list.replaceChildren(...shown.map(card));
    count.textContent = shown.length ? M.shown(shown.length, ordered.length) : M.noneMatch;
  };
  const refilter = (key: keyof typeof filter) => (v: string) => {
    filter[key] = v;
    fill();
    if (list.isConnected) ctx.stage.show({ scene: 'library', cards: portraits });
  };
  const levels = [...new Set(ordered.map((s) => s.data.difficulty))].sort();
  fill();

  const heading = h('h1', { tabindex: -1 }, M.library);
  const element = h(
    'section',
    { class: 'screen library' },
    topBar({
      back: { label: M.home, onClick: () => ctx.show('home') },
      actions: [
        { label: M.settings, icon: 'settings', onClick: () => ctx.show('settings', undefined, { from: 'library' }) },
      ],
    }),
    h(
      'div',
      { class: 'screen-body', 'data-scroll': true },
      h(
        'div',
        { class: 'library-head' },
        h('div', {}, heading, h('p', { class: 'intro' }, M.libraryIntro)),
        h(
          'div',
          { class: 'filters', role: 'group', 'aria-label': M.filters },
          chipGroup(
            'channel',
            M.filterChannel,
            [
              { value: '', label: M.allChannels },
              ...CHANNELS.filter((c) => ordered.some((s) => s.data.channel === c)).map((c: Channel) => ({
                value: c,
                label: M.channel[c],
              })),
            ],
            refilter('channel'),
          ),
          chipGroup(
            'difficulty',
            M.filterDifficulty,
            [
              { value: '', label: M.anyDifficulty },
              ...levels.map((d) => ({ value: String(d), label: M.difficultyShort(d) })),
            ],
            refilter('difficulty'),
          ),
        ),
      ),
      contentProblems(ctx.library),
      count,
      list,
    ),
  );
  return { element, focus: heading, stage: () => ({ scene: 'library', cards: portraits }) };
}
