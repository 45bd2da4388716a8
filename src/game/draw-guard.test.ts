import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAWING_FAILED, guardDrawing } from './draw-guard.ts';

describe('guardDrawing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('carries on after a drawing throws, logging each place and message once', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = () => {
      throw new Error('The radius provided (-2.5) is negative.');
    };
    for (let i = 0; i < 5; i++) expect(guardDrawing('counter slot', boom)).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toMatch(new RegExp(`^${DRAWING_FAILED}`));
    guardDrawing('phone slot', boom);
    expect(log).toHaveBeenCalledTimes(2);
    let drew = false;
    expect(guardDrawing('counter slot', () => (drew = true))).toBe(true);
    expect(drew).toBe(true);
  });
});
