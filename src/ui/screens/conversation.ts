import { moodOf, type Scenario } from '../../engine/index.ts';
import { Session, type SessionView } from '../../app/session.ts';
import { h } from '../dom.ts';
import { amendScreen, publishScreen } from '../state-hook.ts';
import { MESSAGES as M } from '../messages.ts';
import type { Screen, UiContext } from '../context.ts';
import { typewriter } from '../typewriter.ts';
import { speak, stopSpeaking } from '../speech.ts';
import { bodyLanguage } from '../../game/persona/body-language.ts';
import { CUE_CAPTIONS, type SoundCue } from '../../game/audio/audio-director.ts';

export async function conversationScreen(ctx: UiContext, s: Scenario, resume: boolean): Promise<Screen> {
  const saved = resume ? await ctx.repo.session(ctx.profileId) : undefined;
  const startedAt = saved ? new Date(saved.startedAt) : new Date();
  if (!resume) await ctx.repo.clearSession(ctx.profileId);

  const speaker = h('p', { class: 'speaker' }, M.customerSays(s.persona.name));
  const line = h('p', { class: 'line', id: 'customer-line' });
  const aside = h('p', { class: 'aside' });
  const choices = h('div', { class: 'choices', role: 'group', 'aria-label': M.yourReply });
  const clock = h('p', { class: 'clock', 'aria-live': 'off' });
  const feedback = h('p', { class: 'feedback' });
  const body = h('p', { class: 'aside body-language' });
  // Chat keeps the conversation so far on screen, as a chat window does.
  const log = h('ol', { class: 'chat-log', 'aria-label': M.chatSoFar });
  const typing = h('p', { class: 'typing', hidden: true }, M.typing(s.persona.name));
  const caption = h('p', { class: 'caption' });
  const cue = (name: SoundCue) => {
    ctx.sound.play(name);
    caption.textContent = `(${CUE_CAPTIONS[name]})`;
  };
  const pauseButton = h('button', { type: 'button', class: 'link' }, M.pause);
  const element = h('section', { class: `screen conversation channel-${s.data.channel}` }, h('h1', { class: 'visually-hidden' }, s.data.title), caption, s.data.channel === 'chat' ? log : null, speaker, typing, line, aside, s.data.channel === 'in-person' ? body : null, clock, choices, feedback, pauseButton);

  let finished = false;
  let stopTyping = () => {};
  let typingDelay: ReturnType<typeof setTimeout> | undefined;
  let lastTurns = -1;
  const session = new Session(
    s,
    ctx.settings.timer,
    (save) => {
      if (finished) return;
      const turns = (save.snapshot as { context: { turns: unknown[] } }).context.turns.length;
      void ctx.repo
        .saveSession({ profileId: ctx.profileId, scenarioId: s.data.id, scenarioHash: s.hash, startedAt: startedAt.toISOString(), savedAt: new Date().toISOString(), snapshot: save.snapshot as Record<string, unknown>, remainingMs: save.remainingMs })
        .catch((e: Error) => ctx.notify(M.saveFailed(e.message)))
        .then(() => {
          amendScreen({ savedTurns: turns });
        });
    },
    saved ? { snapshot: saved.snapshot, remainingMs: saved.remainingMs } : undefined,
  );
  ctx.stage.showPersona(s.persona, s.data.channel, session.view.conversation.anger);

  const render = (v: SessionView) => {
    const c = v.conversation;
    const turn = c.turns.at(-1);
    if (turn && c.turns.length !== lastTurns && lastTurns !== -1) {
      const delta = turn.angerAfter - turn.angerBefore;
      feedback.textContent = turn.choiceId === null ? M.silence : '';
      ctx.announce(`${turn.choiceId === null ? `${M.silence} ` : ''}${M.angerChange(delta, c.anger, moodOf(c.anger))}`);
    }
    if (s.data.channel === 'chat' && turn && c.turns.length !== lastTurns && lastTurns !== -1) {
      log.append(h('li', { class: 'bubble customer' }, turn.customer), h('li', { class: 'bubble you' }, turn.reply));
      if (turn.followUp) log.append(h('li', { class: 'bubble customer' }, turn.followUp));
    }
    lastTurns = c.turns.length;
    ctx.stage.setAnger(c.anger);
    if (v.over) ctx.sound.stopTension();
    else {
      ctx.sound.startTension();
      ctx.sound.setTension(c.anger);
    }
    body.textContent = `${M.bodyLanguage} ${bodyLanguage(c.anger).description}`;
    publishScreen({ screen: v.over ? 'ending' : 'conversation', scenarioId: s.data.id, at: c.at, anger: c.anger, turns: c.turns.length });
    if (v.over) {
      finished = true;
      cue(s.data.endings[c.at]!.kind === 'lost' ? 'lost' : 'resolved');
      choices.replaceChildren();
      void ctx.progress
        .recordAttempt(ctx.profileId, s, c, startedAt)
        .then((attempt) => ctx.show('debrief', s, { attemptId: attempt.id }))
        .catch((e: Error) => ctx.notify(M.saveFailed(e.message)));
      return;
    }
    stopTyping();
    clearTimeout(typingDelay);
    const say = () => {
      typing.hidden = true;
      if (s.data.channel === 'chat') cue('ping');
      ctx.stage.setTalking(true);
      stopTyping = typewriter(line, v.line, ctx.settings.reducedMotion, () => ctx.stage.setTalking(false));
    };
    if (s.data.channel === 'chat' && !ctx.settings.reducedMotion) {
      // A moment of "is typing…" before each message, as in a real chat.
      line.replaceChildren();
      typing.hidden = false;
      typingDelay = setTimeout(say, 700);
    } else say();
    ctx.announce(`${s.persona.name}: ${v.line}`);
    if (ctx.settings.speech) speak(v.line, s.persona);
    aside.textContent = v.aside ?? '';
    choices.replaceChildren(
      ...v.choices.map((choice, i) =>
        h('button', { type: 'button', class: 'choice', 'data-key': i + 1, onclick: () => { ctx.sound.play('click'); session.choose(choice.id); } }, h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), choice.text),
      ),
    );
    (choices.firstElementChild as HTMLElement | null)?.focus();
  };

  const tick = setInterval(() => {
    const left = session.timeLeft();
    clock.textContent = left === null ? M.noTimer : M.timeLeft(Math.ceil(left / 1000));
  }, 250);

  const dialog = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pause-title', class: 'dialog', hidden: true });
  const closePause = () => {
    dialog.hidden = true;
    session.resume();
    (choices.firstElementChild as HTMLElement | null)?.focus();
  };
  const resumeButton = h('button', { type: 'button', class: 'primary', onclick: closePause }, M.resume);
  dialog.append(
    h('h2', { id: 'pause-title' }, M.paused),
    resumeButton,
    h('button', { type: 'button', onclick: () => ctx.show('conversation', s) }, M.restart),
    h('button', { type: 'button', onclick: () => ctx.show('library') }, M.quit),
  );
  const openPause = () => {
    session.pause();
    dialog.hidden = false;
    resumeButton.focus();
  };
  pauseButton.addEventListener('click', openPause);
  element.append(dialog);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (dialog.hidden) openPause();
      else closePause();
      return;
    }
    if (!dialog.hidden) return;
    if (e.key === ' ' && document.activeElement === document.body) stopTyping();
    const button = choices.querySelector<HTMLButtonElement>(`button[data-key="${e.key}"]`);
    if (button) {
      e.preventDefault();
      button.click();
    }
  };
  line.addEventListener('click', () => stopTyping());
  document.addEventListener('keydown', onKey);
  if (s.data.channel === 'phone' && !saved) cue('ring');
  const unsubscribe = session.subscribe(render);

  return {
    element,
    dispose() {
      unsubscribe();
      clearInterval(tick);
      clearTimeout(typingDelay);
      stopTyping();
      ctx.stage.setTalking(false);
      ctx.sound.stopTension();
      stopSpeaking();
      document.removeEventListener('keydown', onKey);
      session.dispose();
    },
  };
}
