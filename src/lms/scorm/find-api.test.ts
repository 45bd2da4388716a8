import { describe, expect, it } from 'vitest';
import { connectLearningSystem } from '../connect.ts';
import { findApi, type WindowLike } from './find-api.ts';

/** A chain of frames, innermost first; `top` is its own parent, as in a browser. */
function frames(depth: number, atTop: Record<string, unknown> = {}): { inner: WindowLike; top: WindowLike } {
  const top: WindowLike = { ...atTop };
  top.parent = top;
  let inner = top;
  for (let i = 0; i < depth; i++) inner = { parent: inner };
  return { inner, top };
}

describe('the API search of the SCORM run-time standards', () => {
  it('finds the API in a parent frame', () => {
    const api = { LMSInitialize: () => 'true' };
    expect(findApi(frames(3, { API: api }).inner, 'API')).toBe(api);
  });

  it("then in the opener's frames, for a course opened in a new window", () => {
    const api = {};
    const opener = frames(2, { API_1484_11: api }).inner;
    expect(findApi({ ...frames(1).inner, opener }, 'API_1484_11')).toBe(api);
  });

  it('gives up after the number of steps the standards set', () => {
    expect(findApi(frames(600, { API: {} }).inner, 'API')).toBeUndefined();
  });

  it("stops at a frame it may not read (another site's)", () => {
    const guarded: WindowLike = new Proxy(
      {},
      {
        get() {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    );
    expect(findApi({ parent: guarded }, 'API')).toBeUndefined();
  });

  it('picks SCORM 2004 over 1.2 where both are offered, and standalone where neither is', async () => {
    const both = frames(1, {
      API: { x: 1 },
      API_1484_11: { Initialize: () => 'true', GetValue: () => '', GetLastError: () => '0', SetValue: () => 'true' },
    });
    const around = (window: WindowLike) => ({ window, query: '', fetch, storage: new Map() as never });
    expect((await connectLearningSystem(around(both.inner), () => {})).kind).toBe('scorm2004');
    expect((await connectLearningSystem(around(frames(2).inner), () => {})).kind).toBe('standalone');
  });
});
