import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reply, scenarioFrom } from '../engine/test-support/build-scenario.ts';
import { Session, type SessionSave } from './session.ts';

const scenario = scenarioFrom({
  timer: 10,
  nodes: {
    open: {
      stage: 'venting',
      say: 'Third call!',
      choices: [reply('hear', 'fix', { techniques: ['empathy'] }), reply('calm', 'fix', { pitfalls: ['calm-down'] })],
    },
    fix: {
      stage: 'solving',
      say: 'So?',
      choices: [
        reply('offer', 'resolved', { techniques: ['offer-options'] }),
        reply('policy', 'lost', { pitfalls: ['policy'] }),
      ],
    },
  },
});

describe('Session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a resume point each turn and resumes from it with the time that was left', () => {
    const saves: SessionSave[] = [];
    const first = new Session(scenario, 'normal', (s) => saves.push(s));
    first.choose('hear');
    vi.advanceTimersByTime(4000);
    first.pause();
    const last = saves.at(-1)!;
    expect(last.remainingMs).toBe(first.view.timerMs! - 4000);
    first.dispose();

    const again = new Session(scenario, 'normal', () => {}, JSON.parse(JSON.stringify(last)));
    expect(again.view.conversation.at).toBe('fix');
    expect(again.view.conversation.turns).toHaveLength(1);
    expect(again.timeLeft()).toBe(last.remainingMs);
    again.choose('offer');
    expect(again.view.over).toBe(true);
    again.dispose();
  });

  it('sends a timeout when the clock runs out, and none when the timer is off', () => {
    const timed = new Session(scenario, 'relaxed', () => {});
    // 10 s for the node, stretched to 12 s by the persona's patience (3), doubled by 'relaxed'.
    expect(timed.view.timerMs).toBe(24_000);
    vi.advanceTimersByTime(23_999);
    expect(timed.view.conversation.turns).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(timed.view.conversation.turns[0]!.choiceId).toBeNull();
    timed.dispose();

    const untimed = new Session(scenario, 'off', () => {});
    expect(untimed.view.timerMs).toBeNull();
    vi.advanceTimersByTime(600_000);
    expect(untimed.view.conversation.turns).toHaveLength(0);
    untimed.dispose();
  });
});

describe('Session holds', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps the clock stopped until every hold is released, across turns', () => {
    const s = new Session(scenario, 'normal', () => {});
    const full = s.view.timerMs!;
    s.hold('speaking');
    s.pause();
    vi.advanceTimersByTime(full * 3);
    expect(s.view.conversation.turns).toHaveLength(0);
    s.release('speaking');
    vi.advanceTimersByTime(full * 3);
    expect(s.view.conversation.turns).toHaveLength(0);
    s.resume();
    // A new turn while a hold is on starts its clock stopped.
    s.hold('speaking');
    s.choose('hear');
    expect(s.timeLeft()).toBe(s.view.timerMs);
    vi.advanceTimersByTime(s.view.timerMs! * 2);
    expect(s.view.conversation.turns).toHaveLength(1);
    s.release('speaking');
    vi.advanceTimersByTime(s.view.timerMs!);
    expect(s.view.conversation.turns).toHaveLength(2);
    s.dispose();
  });
});
