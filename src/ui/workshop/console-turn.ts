/**
 * The console's view of one decision, for the facilitator's eyes only: the
 * customer's words, and for every reply its feedback, techniques and
 * pitfalls, the anger change it would cause from here and where it leads
 * (the engine's what-if, nothing advanced), the best reply by the analysis,
 * the room's count with buttons to step it, and what to ask the room.
 */
import type { AlternativeJudge, Conversation, Scenario } from '../../engine/index.ts';
import { customerLine, findPitfall, findTechnique, moodOf, whatIf } from '../../engine/index.ts';
import { bestReplyAt } from '../../engine/analysis/best-reply.ts';
import { discussionAt } from '../../app/workshop/discussion.ts';
import type { Votes } from '../../app/workshop/workshop.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { h } from '../dom.ts';
import { letter } from './workshop-format.ts';

const W = M.workshop;

export interface TurnActions {
  setVotes(choiceId: string, count: number): void;
  consensus(choiceId: string): void;
  play(choiceId: string): void;
}

const tagList = (
  cls: string,
  label: string,
  ids: readonly string[],
  find: (id: string) => { name: string } | undefined,
) =>
  ids.length ? h('p', { class: `tags ${cls}` }, `${label}: ${ids.map((id) => find(id)?.name ?? id).join(', ')}`) : null;

/** A small button of a reply's row; `key` finds it again after the console is drawn anew. */
const button = (cls: string, key: string, label: string, onClick: () => void, name?: string) =>
  h('button', { type: 'button', class: cls, 'data-key': key, 'aria-label': name, onclick: onClick }, label);

export function consoleTurn(
  s: Scenario,
  c: Conversation,
  votes: Votes,
  judge: AlternativeJudge,
  act: TurnActions,
): HTMLElement {
  const best = bestReplyAt(s, c, judge)?.choiceId;
  const last = c.turns.at(-1);
  const replies = whatIf(s, c).map((o) => {
    const i = o.position;
    const count = votes[o.choiceId] ?? 0;
    const id = `votes-${o.choiceId}`;
    const text = s.data.nodes[c.at]!.choices.find((x) => x.id === o.choiceId)!.text;
    return h(
      'li',
      { class: `ws-reply${o.choiceId === best ? ' is-best' : ''}`, 'data-reply': letter(i) },
      h(
        'div',
        { class: 'ws-reply-head' },
        h('span', { class: 'ws-letter', 'aria-hidden': 'true' }, letter(i)),
        h(
          'p',
          { class: 'ws-reply-text' },
          h('span', { class: 'visually-hidden' }, `${W.replyLetter(letter(i))}: `),
          text,
        ),
      ),
      h(
        'div',
        { class: 'ws-reply-facts' },
        o.choiceId === best ? h('p', { class: 'ws-best' }, W.bestHere) : null,
        h('p', { class: 'ws-change' }, M.angerChange(o.change, o.angerAfter, M.mood[moodOf(o.angerAfter)])),
        tagList('good', W.techniques, o.techniques, findTechnique),
        tagList('weak', W.pitfalls, o.pitfalls, findPitfall),
        h('p', { class: 'ws-feedback' }, o.feedback),
        h(
          'p',
          { class: 'ws-then muted' },
          o.then.kind === 'ending'
            ? W.endsWith(M.outcomeKind[o.then.ending], o.then.lastWords)
            : W.thenSays(`${o.reaction ? `${o.reaction} ` : ''}${o.then.line}`),
        ),
      ),
      h(
        'div',
        { class: 'ws-vote' },
        h('label', { for: id }, W.handsFor(letter(i))),
        button('ws-step', `fewer-${o.choiceId}`, '−', () => act.setVotes(o.choiceId, count - 1), W.oneFewer(letter(i))),
        h('input', {
          id,
          type: 'number',
          min: 0,
          max: 9999,
          inputmode: 'numeric',
          value: count,
          'data-key': id,
          onchange: (e: Event) => act.setVotes(o.choiceId, Number((e.target as HTMLInputElement).value)),
        }),
        button('ws-step', `more-${o.choiceId}`, '+', () => act.setVotes(o.choiceId, count + 1), W.oneMore(letter(i))),
        button('ws-small', `consensus-${o.choiceId}`, W.consensusOn(letter(i)), () => act.consensus(o.choiceId)),
        button('ws-small', `play-${o.choiceId}`, W.playReply(letter(i)), () => act.play(o.choiceId)),
      ),
    );
  });
  const talk = discussionAt(s, c);
  const explained = (ids: string[], find: (id: string) => { name: string; summary: string } | undefined) =>
    ids
      .map((id) => find(id))
      .filter((x) => x !== undefined)
      .map((x) => h('li', {}, h('strong', {}, `${x.name}: `), x.summary));
  return h(
    'section',
    { class: 'ws-turn', 'aria-labelledby': 'ws-turn-title' },
    h('h2', { id: 'ws-turn-title' }, W.decision(c.turns.length + 1)),
    h(
      'blockquote',
      { class: 'ws-line' },
      last?.choiceId && last.reactionLine ? h('p', { class: 'ws-reaction' }, last.reactionLine) : null,
      h('p', {}, customerLine(s, c)),
    ),
    h('p', { class: 'ws-anger' }, M.angerNow(c.anger, M.mood[moodOf(c.anger)])),
    h('ol', { class: 'ws-replies', 'aria-label': W.replies }, ...replies),
    h(
      'details',
      { class: 'ws-prompts' },
      h('summary', {}, W.discussionPrompts),
      h('ul', {}, ...talk.questions.map((q) => h('li', {}, q))),
      h('h3', {}, W.techniques),
      h('ul', {}, ...explained(talk.techniques, findTechnique)),
      h('h3', {}, W.pitfalls),
      h('ul', {}, ...explained(talk.pitfalls, findPitfall)),
    ),
  );
}
