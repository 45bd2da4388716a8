import { saveProblemOf } from '../../app/storage-status.ts';
import { h } from '../dom.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import type { Screen, UiContext } from '../context.ts';
import { topBar } from '../widgets/top-bar.ts';

/**
 * Several trainees on one device: choose, create, rename, delete (with
 * confirmation). A profile whose record cannot be read is listed too, saying
 * so with its attempt count: it can be played as and deleted, and a damaged
 * one given a name again.
 */
export async function profilesScreen(ctx: UiContext): Promise<Screen> {
  const profiles = await ctx.profiles.entries();
  const heading = h('h1', { tabindex: -1 }, M.profiles);
  const reload = () => ctx.show('profiles');
  const list = h(
    'ul',
    { class: 'profiles' },
    ...profiles.map((entry) => {
      const p = { id: entry.id, name: M.profileName(entry) };
      const rename = h('input', {
        type: 'text',
        id: `rename-${p.id}`,
        value: entry.profile?.name ?? '',
        maxlength: 40,
      });
      const confirm = h(
        'div',
        { role: 'alertdialog', 'aria-label': M.confirmDelete(p.name), class: 'confirm', hidden: true },
        h('p', {}, M.confirmDelete(p.name)),
        h(
          'button',
          {
            type: 'button',
            class: 'danger',
            onclick: async () => {
              const playing = await ctx.profiles.remove(p.id, ctx.profileId);
              if (playing.id !== ctx.profileId) await ctx.switchProfile(playing.id);
              reload();
            },
          },
          M.confirm,
        ),
        h('button', { type: 'button', onclick: () => (confirm.hidden = true) }, M.cancel),
      );
      return h(
        'li',
        { class: 'card' },
        // A long name ends in an ellipsis; its title (and the heading's text) keep it whole.
        h(
          'h2',
          { class: 'profile-heading' },
          h('span', { class: 'profile-name', title: p.name }, p.name),
          // The space keeps the heading's name `Name (playing now)`; a flex box draws none.
          ...(p.id === ctx.profileId ? [' ', h('span', { class: 'profile-current' }, M.current)] : []),
        ),
        entry.unreadable ? h('p', {}, M.unreadableProfileNote(entry)) : null,
        p.id === ctx.profileId
          ? null
          : h(
              'button',
              {
                type: 'button',
                class: 'primary',
                onclick: async () => {
                  await ctx.switchProfile(p.id);
                  ctx.show('home');
                },
              },
              M.useProfile(p.name),
            ),
        // A profile from a newer version is left as it is: no new name for it here.
        entry.unreadable === 'newer'
          ? null
          : h(
              'p',
              {},
              h('label', { for: `rename-${p.id}` }, entry.profile ? M.renameTo : M.giveName),
              ' ',
              rename,
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  'aria-label': M.rename(p.name),
                  onclick: async () => {
                    if (!rename.value.trim()) return rename.focus();
                    try {
                      if (entry.profile) await ctx.profiles.rename(p.id, rename.value);
                      else await ctx.profiles.rebuild(p.id, rename.value);
                      reload();
                    } catch (e) {
                      ctx.notify(M.saveFailed(saveProblemOf(e)));
                    }
                  },
                },
                M.saveName,
              ),
            ),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              confirm.hidden = false;
              (confirm.querySelector('button') as HTMLElement).focus();
            },
          },
          M.remove(p.name),
        ),
        confirm,
      );
    }),
  );
  const name = h('input', { type: 'text', id: 'new-profile', maxlength: 40 });
  return {
    focus: heading,
    element: h(
      'section',
      { class: 'screen profiles' },
      topBar({ back: { label: M.home, onClick: () => ctx.show('home') } }),
      h(
        'div',
        { class: 'screen-body', 'data-scroll': true },
        h(
          'div',
          { class: 'panel' },
          heading,
          list,
          h(
            'p',
            {},
            h('label', { for: 'new-profile' }, M.newProfile),
            ' ',
            name,
            ' ',
            h(
              'button',
              {
                type: 'button',
                onclick: async () => {
                  if (!name.value.trim()) return name.focus();
                  const p = await ctx.profiles.create(name.value);
                  await ctx.switchProfile(p.id);
                  ctx.show('home');
                },
              },
              M.create,
            ),
          ),
        ),
      ),
    ),
  };
}
