/**
 * The conversation: the customer drawn in their channel (canvas), their words
 * as the channel shows them, the anger meter, the response clock and the
 * replies as real buttons (click, touch, 1–4, Tab and Enter). The conversation
 * flow (src/app/flow) decides what happens and when; this screen renders its
 * state and events and sends it the trainee's input. Esc pauses.
 */
import { AttemptNotKept } from '../../app/attempt-not-kept.ts';
import type { FlowView } from '../../app/flow/conversation-flow.ts';
// The flow and its machine library, which the conversation service imports when a conversation starts: fetched
// with this screen's code, in parallel, rather than one round trip and one evaluation after it.
import '../../app/flow/conversation-flow.ts';
import { saveProblemOf } from '../../app/storage-status.ts';
import { isOver, moodOf, wordingsOf, type Scenario, type Turn } from '../../engine/index.ts';
import { MESSAGES as M } from '../../messages/index.ts';
import { createChannelView } from '../channels/channel-view.ts';
import type { Screen, UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { CHANNEL_ICON, icon } from '../icons.ts';
import { speak, stopSpeaking } from '../speech.ts';
import type { SoundCue } from '../stage-port.ts';
import { publishScreen } from '../state-hook.ts';
import { AngerMeter } from '../widgets/anger-meter.ts';
import { ClockView } from '../widgets/clock-view.ts';
import { PauseDialog } from '../widgets/pause-dialog.ts';
import { ReplyList } from '../widgets/reply-list.ts';
import { SoundCaption } from '../widgets/sound-caption.ts';
import { barButton, topBar } from '../widgets/top-bar.ts';
import { NextFrame } from '../next-frame.ts';

export async function conversationScreen(ctx: UiContext, s: Scenario, resume?: string): Promise<Screen> {
  const motion = () => !ctx.settings.reducedMotion;
  const flow = await ctx.conversations.start(ctx.profileId, s, {
    ...(resume ? { resume } : {}),
    timer: ctx.settings.timer,
    motion,
  });
  const { channel } = s.data;

  // --- Page structure -------------------------------------------------------
  const soundCaption = new SoundCaption();
  /** The chat's or counter's opening caption (who arrived), until the first reply takes it down. */
  let arrivalCaption: string | undefined;
  const cue = (name: SoundCue) => {
    ctx.sound.play(name);
    if (name !== 'click') soundCaption.show(`[${M.cue[name]}]`);
  };
  const view = createChannelView(channel, {
    persona: s.persona,
    cue,
    wordings: wordingsOf(s.data),
  });
  // How the customer stands shows from their first line, not only after the first reply.
  view.setAnger(flow.view.conversation.anger);
  const slot = h('div', { class: 'stage-slot slot' });
  const intro = h('div', { class: 'call-intro', hidden: true });
  const meter = new AngerMeter(flow.view.conversation.anger, () => !motion());
  const clock = new ClockView();
  const replies = new ReplyList((choiceId) => flow.send({ type: 'CHOOSE', choiceId }));
  const callTime = h('p', { class: 'call-time', 'aria-hidden': 'true' });
  const pauseButton = barButton({
    label: M.pause,
    icon: 'pause',
    hint: M.pauseHint,
    onClick: () => flow.send({ type: 'PAUSE' }),
  });
  // The customer's side (picture, anger, their words) in the large column; the replies alone in the other,
  // so every reply is in view while the clock runs.
  const stageColumn = h(
    'div',
    { class: 'stage-column' },
    // Sounds are captioned over the picture, as closed captions are.
    h('div', { class: 'stage-frame' }, slot, intro, soundCaption.element),
    meter.element,
    view.words,
  );
  const panel = h(
    'section',
    { class: 'panel conversation-panel reply', 'aria-labelledby': 'reply-title' },
    h('div', { class: 'reply-head' }, h('h2', { id: 'reply-title' }, M.yourReply), clock.element),
    replies.element,
    h('p', { class: 'hint' }, M.replyHint),
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
    onResume: () => flow.send({ type: 'RESUME' }),
    onRestart: () => void flow.discard().finally(() => ctx.show('conversation', s)),
    onQuit: () => ctx.show('library'),
  });
  const element = h('section', { class: `screen conversation channel-${channel}` }, content, pause.element);

  // --- What the flow says happens -------------------------------------------
  /** Shows the whole line at once while it is still being typed. */
  let finishLine = () => {};
  /** What the live region says before the customer's next line: how the last reply landed. */
  let lead = '';
  let savedTurns = 0;
  const bringingBack = new NextFrame();

  const describeTurn = (turn: Turn, anger: number) => {
    const delta = turn.angerAfter - turn.angerBefore;
    const silence = turn.choiceId === null ? `${M.silence} ` : '';
    const followUp = turn.followUp ? `${s.persona.name}: ${turn.followUp} ` : '';
    return `${silence}${M.angerChange(delta, anger, M.mood[moodOf(anger)])}. ${followUp}`;
  };

  const listeners = [
    flow.on('turn', ({ turn, conversation: c }) => {
      if (turn.choiceId === null) view.silence(turn.followUp, motion());
      else {
        if (channel !== 'chat') cue('click');
        view.reply(turn.reply);
      }
      meter.set(c.anger, turn.angerAfter - turn.angerBefore);
      view.setAnger(c.anger);
      lead = describeTurn(turn, c.anger);
      if (isOver(s, c)) ctx.announce(`${lead}${M.conversationOver}`);
      else ctx.sound.setTension(c.anger);
    }),
    flow.on('say', ({ line, aside, lastWords }) => {
      if (!lastWords) {
        replies.listening(s.persona.name);
        ctx.announce(`${lead}${s.persona.name}: ${line}${aside ? ` (${aside})` : ''}`);
        // On a small screen the last reply may have left the page scrolled down: bring the customer's words back,
        // in the frame that shows them (asking where they are now would lay the page out inside the click).
        bringingBack.run(() => view.words.scrollIntoView({ block: 'nearest', behavior: motion() ? 'smooth' : 'auto' }));
        if (ctx.settings.speech) speak(line, s.persona);
      }
      lead = '';
      ctx.stage.setTalking(true);
      finishLine = view.say(line, aside, motion(), () => {
        ctx.stage.setTalking(false);
        finishLine = () => {};
        flow.send({ type: 'LINE_SHOWN' });
      });
    }),
    flow.on('finish-line', () => finishLine()),
    flow.on('replies', ({ choices }) => replies.offer(choices)),
    flow.on('cue', ({ cue: name }) => {
      if (name !== 'warning') ctx.sound.stopTension();
      cue(name);
    }),
    flow.on('saved', ({ turns }) => {
      savedTurns = turns;
      publish(flow.view);
    }),
    flow.on('save-failed', ({ error }) => ctx.notify(M.saveFailed(saveProblemOf(error)))),
    flow.on('finished', ({ outcome }) => {
      if (outcome.kept) ctx.show('debrief', s, { attemptId: outcome.attemptId });
      else if (outcome.error instanceof AttemptNotKept) ctx.show('debrief', s, { notKept: outcome.error });
      else ctx.notify(M.saveFailed(saveProblemOf(outcome.error)));
    }),
  ];

  // --- Rendering the flow's state -------------------------------------------
  let shownPhase: FlowView['phase'] | undefined;
  const publish = (v: FlowView) => {
    const c = v.conversation;
    publishScreen({
      screen: 'conversation',
      scenarioId: s.data.id,
      at: c.at,
      anger: c.anger,
      turns: c.turns.length,
      phase: v.phase,
      choices: v.paused ? 0 : v.choices.length,
      savedTurns,
    });
  };
  const render = (v: FlowView) => {
    publish(v);
    if (v.paused !== pause.isOpen) {
      ctx.stage.setPaused(v.paused);
      if (v.paused) {
        ctx.sound.stopTension();
        stopSpeaking();
        pause.open();
      } else {
        pause.close();
        if (v.phase !== 'intro') ctx.sound.startTension();
        if (v.phase === 'choosing') replies.focusGroup();
      }
    }
    if (v.phase === shownPhase) return;
    if (shownPhase === 'intro') leaveIntro(v);
    if (shownPhase === 'choosing') {
      replies.clear();
      // Who arrived is old news once the trainee has answered.
      if (arrivalCaption) soundCaption.withdraw(arrivalCaption);
      arrivalCaption = undefined;
    }
    shownPhase = v.phase;
  };

  /** The call is answered, the chat opened or the customer at the counter: the conversation begins. */
  const leaveIntro = (v: FlowView) => {
    intro.hidden = true;
    intro.replaceChildren();
    element.classList.remove('ringing');
    // The ring stops when the call is answered, and so does its caption.
    if (channel === 'phone') soundCaption.clear();
    if (v.phase !== 'over') {
      ctx.sound.startTension();
      ctx.sound.setTension(v.conversation.anger);
    }
  };

  // --- Input ------------------------------------------------------------------
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      flow.send({ type: flow.view.paused ? 'RESUME' : 'PAUSE' });
      return;
    }
    if (pause.isOpen || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    // Space shows the whole line (or moves on from the last words); elsewhere it is the page's.
    if (e.key === ' ' && !['intro', 'choosing'].includes(flow.view.phase) && !target.closest('button')) {
      e.preventDefault();
      flow.send({ type: 'SKIP' });
      return;
    }
    if (flow.view.phase === 'choosing' && replies.pickByKey(e)) e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  body.addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).closest('button')) flow.send({ type: 'SKIP' });
  });

  // --- Clocks -----------------------------------------------------------------
  let callSeconds = 0;
  let lastTick = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    const v = flow.view;
    const talking = v.phase !== 'intro' && v.phase !== 'over' && !v.paused;
    if (talking) callSeconds += (now - lastTick) / 1000;
    lastTick = now;
    if (channel === 'phone' && v.phase !== 'intro') callTime.textContent = M.callTime(Math.floor(callSeconds));
    clock.update(flow.timeLeft(), v.clockMs);
  }, 200);

  // --- Start ------------------------------------------------------------------
  const unsubscribe = flow.subscribe(render);
  flow.start();
  if (flow.resumed) view.restore(flow.view.conversation.turns);
  let onShown = () => flow.send({ type: 'BEGIN' });
  let focus: HTMLElement = heading;
  if (!flow.resumed) {
    // A phone call rings until the trainee picks up: the customer's call (incoming), or the trainee's own,
    // ringing at the customer's end (outgoing: the ring-back tone, and a button that connects it).
    const outgoing = channel === 'phone' && s.data.direction === 'outgoing';
    const arrival = outgoing
      ? M.calling(s.persona.name)
      : { phone: M.incoming, chat: M.chatOpened, 'in-person': M.walksUp }[channel](s.persona.name);
    if (channel === 'phone') {
      if (outgoing) {
        ctx.sound.play('ring');
        soundCaption.show(`[${M.ringback}]`);
      } else {
        cue('ring');
      }
      const answer = h(
        'button',
        { type: 'button', class: 'primary big answer', onclick: () => flow.send({ type: 'BEGIN' }) },
        icon('phone'),
        h('span', {}, outgoing ? M.connect : M.answer),
      );
      intro.append(h('p', { class: 'intro-line' }, arrival), answer);
      intro.hidden = false;
      element.classList.add('ringing');
      onShown = () => {};
      focus = answer;
    } else {
      // Chat and counter open straight away, with a line saying who has arrived.
      soundCaption.show(arrival);
      arrivalCaption = arrival;
    }
  }

  return {
    element,
    focus,
    stage: () => ({ scene: 'conversation', slot, scenario: s, feed: flow }),
    shown: () => onShown(),
    back() {
      // Back pauses first; from the pause menu it leaves, as Quit does.
      const v = flow.view;
      if (v.paused || v.phase === 'over') return false;
      flow.send({ type: 'PAUSE' });
      return true;
    },
    dispose() {
      for (const off of listeners) off();
      unsubscribe();
      clearInterval(tick);
      bringingBack.cancel();
      soundCaption.clear();
      finishLine = () => {};
      view.dispose();
      meter.dispose();
      ctx.stage.setTalking(false);
      ctx.stage.setPaused(false);
      ctx.sound.stopTension();
      stopSpeaking();
      document.removeEventListener('keydown', onKey);
      flow.dispose();
    },
  };
}
