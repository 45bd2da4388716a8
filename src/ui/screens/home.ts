/**
 * Home: continue where you left off, the way into the library, progress and
 * settings, who is playing — and, drawn beside it, three customers cooling down.
 */
import { inOnboardingOrder } from '../../app/scenario-facts.ts';
import { CHANNELS } from '../../engine/content/schema.ts';
import { h } from '../dom.ts';
import { icon, type IconName } from '../icons.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import type { Screen, UiContext } from '../context.ts';
import { contentProblems } from '../widgets/content-problems.ts';
import { barButton, topBar } from '../widgets/top-bar.ts';

function tile(opts: {
  id: string;
  label: string;
  detail?: string;
  icon: IconName;
  primary?: boolean;
  onClick: () => void;
}): HTMLElement {
  const detail = opts.detail ? h('span', { class: 'tile-detail', id: `${opts.id}-detail` }, opts.detail) : null;
  return h(
    'button',
    {
      type: 'button',
      class: `tile${opts.primary ? ' primary' : ''}`,
      'aria-describedby': detail ? `${opts.id}-detail` : undefined,
      onclick: opts.onClick,
    },
    h('span', { class: 'tile-icon' }, icon(opts.icon, 26)),
    h('span', { class: 'tile-text' }, h('span', { class: 'tile-label' }, opts.label), detail),
    icon('next', 20),
  );
}

function leadCard(eyebrow: string, label: string, onClick: () => void): HTMLElement {
  return h(
    'div',
    { class: 'lead-card' },
    h('p', { class: 'eyebrow' }, eyebrow),
    h('button', { type: 'button', class: 'primary big', onclick: onClick }, icon('play'), h('span', {}, label)),
  );
}

export async function homeScreen(ctx: UiContext): Promise<Screen> {
  const [profile, resumable, standing] = await Promise.all([
    ctx.profiles.entry(ctx.profileId),
    ctx.conversations.latest(ctx.profileId),
    ctx.progress.standing(ctx.profileId),
  ]);
  const scenarios = ctx.library.scenarios;
  const { next, onboarding } = standing;
  const hero = h('div', { class: 'home-hero slot' });
  const heading = h('h1', { class: 'home-title', tabindex: -1 }, M.appName);
  // One customer per channel, the first the trainee will meet in each.
  const faces = [
    ...new Map(
      inOnboardingOrder(scenarios)
        .reverse()
        .map((s) => [s.data.channel, { persona: s.persona, channel: s.data.channel }]),
    ).values(),
  ].sort((a, b) => CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));

  const element = h(
    'section',
    { class: 'screen home' },
    topBar({
      context: M.playingAs(profile ? M.profileName(profile) : ''),
      // Inside a learning system the learner is the one it names: nobody to switch to, and no room to run.
      actions: ctx.learnerFixed
        ? []
        : [
            barButton(
              { label: M.workshop.runWorkshop, icon: 'room', onClick: () => ctx.show('workshop') },
              'bar-button for-facilitators',
            ),
            { label: M.changeProfile, icon: 'user', onClick: () => ctx.show('profiles') },
          ],
    }),
    h(
      'div',
      { class: 'screen-body home-body', 'data-scroll': true },
      h(
        'div',
        { class: 'home-main' },
        heading,
        h('p', { class: 'tagline' }, M.tagline),
        contentProblems(ctx.library),
        // One step straight into what to do next: the conversation left open, else the next scenario's briefing.
        resumable
          ? leadCard(M.continueTitle, M.continue(resumable.scenario.data.title), () =>
              ctx.show('conversation', resumable.scenario, { resume: resumable.id }),
            )
          : next
            ? leadCard(M.nextUp, M.startNext(next.data.title), () => ctx.show('briefing', next))
            : null,
        h(
          'nav',
          { class: 'home-menu', 'aria-label': M.home },
          tile({
            id: 'tile-library',
            label: M.library,
            detail: M.shown(scenarios.length, scenarios.length),
            icon: 'library',
            primary: !resumable && !next && scenarios.length > 0,
            onClick: () => ctx.show('library'),
          }),
          tile({
            id: 'tile-progress',
            label: M.progress,
            detail: M.onboarding(onboarding.done, onboarding.total),
            icon: 'chart',
            onClick: () => ctx.show('progress'),
          }),
          tile({
            id: 'tile-settings',
            label: M.settings,
            detail: `${M.timer}: ${M.timerShort[ctx.settings.timer]}`,
            icon: 'settings',
            onClick: () => ctx.show('settings', undefined, { from: 'home' }),
          }),
        ),
      ),
      hero,
    ),
  );
  return { element, focus: heading, stage: () => ({ scene: 'home', hero, faces }) };
}
