/**
 * The conversation: the customer drawn in their channel (canvas), their words
 * as the channel shows them, the anger meter, the response clock and the
 * replies as real buttons (click, touch, 1–4, Tab and Enter). The session
 * runner owns the rules and the clock; this screen only presents and forwards
 * the trainee's choice. Esc pauses.
 */
import { moodOf, type Scenario, type Turn } from '../../engine/index.ts';
import { Session, type SessionView } from '../../app/session.ts';
import { createChannelView } from '../channels/channel-view.ts';
import type { Screen, UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { CHANNEL_ICON, icon } from '../icons.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { speak, stopSpeaking } from '../speech.ts';
import type { SoundCue } from '../stage-port.ts';
import { amendScreen, publishScreen, type ScreenState } from '../state-hook.ts';
import { AngerMeter } from '../widgets/anger-meter.ts';
import { ClockView } from '../widgets/clock-view.ts';
import { PauseDialog } from '../widgets/pause-dialog.ts';
import { barButton, topBar } from '../widgets/top-bar.ts';

/** The pause after a reply while the customer reacts, before they speak again. */
const BEAT_MS = 650;
/** A moment on the customer's last words before the debrief opens. */
const LAST_WORDS_MS = 1400;
/** How long a sound's caption stays up. */
const CAPTION_MS = 4000;

export async function conversationScreen(ctx: UiContext, s: Scenario, resume: boolean): Promise<Screen> {
  const saved = resume ? await ctx.repo.session(ctx.profileId) : undefined;
  const startedAt = saved ? new Date(saved.startedAt) : new Date();
  if (!resume) await ctx.repo.clearSession(ctx.profileId);
  const motion = () => !ctx.settings.reducedMotion;
  const channel = s.data.channel;

  // --- Page structure -------------------------------------------------------
  const soundCaption = h('p', { class: 'sound-caption' });
  let captionTimer: ReturnType<typeof setTimeout> | undefined;
  /** Shows a sound's caption (or an arrival line) for a few seconds. */
  const caption = (text: string) => {
    soundCaption.textContent = text;
    clearTimeout(captionTimer);
    captionTimer = setTimeout(() => (soundCaption.textContent = ''), CAPTION_MS);
  };
  const cue = (name: SoundCue) => {
    ctx.sound.play(name);
    if (name !== 'click') caption(`[${M.cue[name]}]`);
  };
  const view = createChannelView(channel, { persona: s.persona, cue, body: (a) => M.body[ctx.bodyLanguageKey(a)] });
  const slot = h('div', { class: 'stage-slot slot' });
  const intro = h('div', { class: 'call-intro', hidden: true });
  const meter = new AngerMeter(0, () => !motion());
  const clock = new ClockView();
  const choices = h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'reply-title' });
  const callTime = h('p', { class: 'call-time', 'aria-hidden': 'true' });
  const pauseButton = barButton({ label: M.pause, icon: 'pause', hint: M.pauseHint, onClick: () => openPause() });
  const replyHint = h('p', { class: 'hint' }, M.replyHint);
  const stageColumn = h(
    'div',
    { class: 'stage-column' },
    h('div', { class: 'stage-frame' }, slot, intro),
    view.overlay,
    meter.element,
    soundCaption,
  );
  const panel = h(
    'div',
    { class: 'panel conversation-panel' },
    view.panel,
    h(
      'section',
      { class: 'reply', 'aria-labelledby': 'reply-title' },
      h('div', { class: 'reply-head' }, h('h2', { id: 'reply-title' }, M.yourReply), clock.element),
      choices,
      replyHint,
    ),
  );
  const body = h('div', { class: 'screen-body split conversation-body', 'data-scroll': true }, stageColumn, panel);
  const heading = h('h1', { class: 'visually-hidden', tabindex: -1 }, s.data.title);
  const content = h(
    'div',
    { class: 'screen-content' },
    topBar({
      context: [icon(CHANNEL_ICON[channel], 18), h('span', {}, `${M.channel[channel]} · ${s.data.title}`)],
      actions: [callTime, pauseButton],
    }),
    heading,
    body,
  );
  const pause = new PauseDialog(content, {
    onResume: () => closePause(),
    onRestart: () => ctx.show('conversation', s),
    onQuit: () => ctx.show('library'),
  });
  const element = h('section', { class: `screen conversation channel-${channel}` }, content, pause.element);

  // --- Presentation state ---------------------------------------------------
  let phase: NonNullable<ScreenState['phase']> = 'speaking';
  let finishLine = () => {};
  let beat: ReturnType<typeof setTimeout> | undefined;
  let lastTurns = -1;
  let warned = false;
  let callSeconds = 0;
  let disposed = false;
  let latest: SessionView | undefined;

  const publish = (v: SessionView) => {
    const c = v.conversation;
    publishScreen({
      screen: 'conversation',
      scenarioId: s.data.id,
      at: c.at,
      anger: c.anger,
      turns: c.turns.length,
      phase,
      choices: phase === 'choosing' ? v.choices.length : 0,
    });
  };

  const session = new Session(
    s,
    ctx.settings.timer,
    (save) => {
      if (disposed) return;
      const turns = (save.snapshot as { context: { turns: unknown[] } }).context.turns.length;
      void ctx.repo
        .saveSession({
          profileId: ctx.profileId,
          scenarioId: s.data.id,
          scenarioHash: s.hash,
          startedAt: startedAt.toISOString(),
          savedAt: new Date().toISOString(),
          snapshot: save.snapshot as Record<string, unknown>,
          remainingMs: save.remainingMs,
        })
        .then(() => amendScreen({ savedTurns: turns }))
        .catch((e: Error) => ctx.notify(M.saveFailed(e.message)));
    },
    saved ? { snapshot: saved.snapshot, remainingMs: saved.remainingMs } : undefined,
  );

  const showChoices = (v: SessionView) => {
    phase = 'choosing';
    choices.replaceChildren(
      ...v.choices.map((choice, i) =>
        h(
          'button',
          { type: 'button', class: 'choice', 'data-key': i + 1, onclick: () => pick(choice.id) },
          h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
          h('span', { class: 'choice-text' }, choice.text),
        ),
      ),
    );
    publish(v);
    (choices.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true });
  };

  const pick = (choiceId: string) => {
    if (phase !== 'choosing' || pause.isOpen) return;
    if (channel !== 'chat') cue('click');
    phase = 'speaking';
    choices.replaceChildren();
    session.choose(choiceId);
  };

  /** The customer speaks the current node's line; replies appear once it is all said. */
  const speakLine = (v: SessionView, lead: string) => {
    phase = 'speaking';
    session.hold('speaking');
    choices.replaceChildren(
      h('p', { class: 'listening' }, M.listening(s.persona.name), ' ', h('span', { class: 'muted' }, M.skipHint)),
    );
    publish(v);
    ctx.announce(`${lead}${s.persona.name}: ${v.line}${v.aside ? ` (${v.aside})` : ''}`);
    // On a small screen the last reply may have left the page scrolled down: bring the customer's words back into view.
    (view.overlay ?? view.panel).scrollIntoView({ block: 'nearest', behavior: motion() ? 'smooth' : 'auto' });
    if (ctx.settings.speech) speak(v.line, s.persona);
    ctx.stage.setTalking(true);
    finishLine = view.say(v.line, v.aside, motion(), () => {
      ctx.stage.setTalking(false);
      finishLine = () => {};
      if (disposed || latest !== v) return;
      warned = false;
      showChoices(v);
      session.release('speaking');
    });
  };

  const turnDone = (turn: Turn) => {
    if (turn.choiceId === null) view.silence(turn.followUp, motion());
    else view.reply(turn.reply);
  };

  const end = (v: SessionView) => {
    phase = 'over';
    ctx.sound.stopTension();
    const lost = s.data.endings[v.conversation.at]!.kind === 'lost';
    cue(lost ? 'lost' : 'resolved');
    publish(v);
    const recorded = ctx.progress.recordAttempt(ctx.profileId, s, v.conversation, startedAt);
    let shown = false;
    const open = () => {
      if (shown || disposed) return;
      shown = true;
      void recorded
        .then((attempt) => ctx.show('debrief', s, { attemptId: attempt.id }))
        .catch((e: Error) => ctx.notify(M.saveFailed(e.message)));
    };
    ctx.stage.setTalking(true);
    finishLine = view.say(v.line, undefined, motion(), () => {
      ctx.stage.setTalking(false);
      finishLine = open;
      if (motion()) beat = setTimeout(open, LAST_WORDS_MS);
      else open();
    });
  };

  const render = (v: SessionView) => {
    latest = v;
    const c = v.conversation;
    const first = lastTurns === -1;
    const turn = c.turns.at(-1);
    const newTurn = !first && turn && c.turns.length !== lastTurns;
    lastTurns = c.turns.length;
    if (first) {
      meter.set(c.anger, 0);
      view.setAnger(c.anger);
      if (saved) view.restore(c.turns);
    }
    let lead = '';
    if (newTurn) {
      const delta = turn.angerAfter - turn.angerBefore;
      turnDone(turn);
      meter.set(c.anger, delta);
      view.setAnger(c.anger);
      lead = `${turn.choiceId === null ? `${M.silence} ` : ''}${M.angerChange(delta, c.anger, M.mood[moodOf(c.anger)])}. `;
      if (turn.followUp) lead += `${s.persona.name}: ${turn.followUp} `;
    }
    if (!v.over) ctx.sound.setTension(c.anger);
    clearTimeout(beat);
    if (v.over) {
      if (lead) ctx.announce(`${lead}${M.conversationOver}`);
      return end(v);
    }
    if (first) return;
    phase = 'speaking';
    publish(v);
    if (motion()) beat = setTimeout(() => speakLine(v, lead), BEAT_MS);
    else speakLine(v, lead);
  };

  /** The call is answered, the chat opened or the customer at the counter: the conversation begins. */
  const begin = () => {
    intro.hidden = true;
    intro.replaceChildren();
    element.classList.remove('ringing');
    // The ring stops when the call is answered, and so does its caption.
    if (channel === 'phone') soundCaption.textContent = '';
    session.release('answer');
    ctx.sound.startTension();
    ctx.sound.setTension(latest!.conversation.anger);
    const v = latest!;
    if (v.over) return end(v);
    speakLine(v, '');
  };

  // --- Pause ------------------------------------------------------------------
  const openPause = () => {
    if (pause.isOpen || phase === 'over') return;
    session.pause();
    ctx.stage.setPaused(true);
    ctx.sound.stopTension();
    stopSpeaking();
    pause.open();
  };
  const closePause = () => {
    if (!pause.isOpen) return;
    pause.close();
    ctx.stage.setPaused(false);
    if (phase !== 'intro') ctx.sound.startTension();
    session.resume();
    if (phase === 'choosing' && !choices.contains(document.activeElement))
      (choices.firstElementChild as HTMLElement | null)?.focus();
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (pause.isOpen) closePause();
      else openPause();
      return;
    }
    if (pause.isOpen || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    if (e.key === ' ' && (phase === 'speaking' || phase === 'over') && !target.closest('button')) {
      e.preventDefault();
      finishLine();
      return;
    }
    if (phase !== 'choosing') return;
    const button = choices.querySelector<HTMLButtonElement>(`button[data-key="${e.key}"]`);
    if (button) {
      e.preventDefault();
      button.click();
    }
  };
  document.addEventListener('keydown', onKey);
  const skip = () => finishLine();
  body.addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).closest('button')) skip();
  });

  // --- Clocks -----------------------------------------------------------------
  let lastTick = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    if (phase !== 'intro' && phase !== 'over' && !pause.isOpen) callSeconds += (now - lastTick) / 1000;
    lastTick = now;
    if (channel === 'phone' && phase !== 'intro') callTime.textContent = M.callTime(Math.floor(callSeconds));
    const warn = clock.update(session.timeLeft(), latest?.timerMs ?? null);
    if (warn && !warned && phase === 'choosing' && !pause.isOpen) {
      warned = true;
      cue('warning');
    }
  }, 200);

  // --- Start ------------------------------------------------------------------
  session.hold('answer');
  const unsubscribe = session.subscribe(render);
  let onShown = () => {};
  if (saved) {
    phase = 'speaking';
    onShown = begin;
  } else {
    phase = 'intro';
    publish(session.view);
    const lines = {
      phone: M.incoming(s.persona.name),
      chat: M.chatOpened(s.persona.name),
      'in-person': M.walksUp(s.persona.name),
    };
    if (channel === 'phone') {
      cue('ring');
      const answer = h(
        'button',
        { type: 'button', class: 'primary big answer', onclick: () => begin() },
        icon('phone'),
        h('span', {}, M.answer),
      );
      intro.append(h('p', { class: 'intro-line' }, lines.phone), answer);
      intro.hidden = false;
      element.classList.add('ringing');
      return finishScreen(answer);
    }
    // Chat and counter open straight away, with a line saying who has arrived.
    caption(lines[channel]);
    onShown = begin;
  }
  return finishScreen(heading);

  function finishScreen(focus: HTMLElement): Screen {
    return {
      element,
      focus,
      stage: () => ({ scene: 'conversation', slot, scenario: s, feed: session }),
      shown: () => onShown(),
      dispose() {
        disposed = true;
        unsubscribe();
        clearInterval(tick);
        clearTimeout(beat);
        clearTimeout(captionTimer);
        finishLine = () => {};
        view.dispose();
        meter.dispose();
        ctx.stage.setTalking(false);
        ctx.stage.setPaused(false);
        ctx.sound.stopTension();
        stopSpeaking();
        document.removeEventListener('keydown', onKey);
        session.dispose();
      },
    };
  }
}
