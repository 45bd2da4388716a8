import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResponseClock } from './response-clock.ts';

describe('ResponseClock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const make = () => {
    const expired = vi.fn();
    return { expired, clock: new ResponseClock(expired, () => Date.now()) };
  };

  it('fires once when the time runs out', () => {
    const { expired, clock } = make();
    clock.start(5000);
    vi.advanceTimersByTime(4999);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(clock.left()).toBeNull();
  });

  it('keeps the time left while paused, and carries on from there', () => {
    const { expired, clock } = make();
    clock.start(5000);
    vi.advanceTimersByTime(2000);
    clock.pause();
    vi.advanceTimersByTime(60_000);
    expect(expired).not.toHaveBeenCalled();
    expect(clock.left()).toBe(3000);
    clock.resume();
    vi.advanceTimersByTime(3000);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('runs no timer for null, and a restart replaces the previous countdown', () => {
    const { expired, clock } = make();
    clock.start(null);
    vi.advanceTimersByTime(100_000);
    expect(clock.left()).toBeNull();
    clock.start(1000);
    clock.start(4000);
    vi.advanceTimersByTime(1000);
    expect(expired).not.toHaveBeenCalled();
    clock.stop();
    vi.advanceTimersByTime(10_000);
    expect(expired).not.toHaveBeenCalled();
  });
});
