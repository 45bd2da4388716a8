import { afterEach, describe, expect, it, vi } from 'vitest';
import { personaFrom } from '../engine/test-support/build-scenario.ts';
import { speak } from './speech.ts';

class FakeUtterance {
  pitch = 1;
  rate = 1;
  lang = '';
  constructor(readonly text: string) {}
}

describe('speech', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("speaks in the persona's voice, cutting off the previous line", () => {
    const spoken: FakeUtterance[] = [];
    const cancel = vi.fn();
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', { cancel, speak: (u: FakeUtterance) => spoken.push(u) });
    speak('Third call!', personaFrom({ voice: { pitch: 0.8, rate: 1.2, lang: 'en-IE' } }));
    expect(cancel).toHaveBeenCalled();
    expect(spoken).toMatchObject([{ text: 'Third call!', pitch: 0.8, rate: 1.2, lang: 'en-IE' }]);
  });

  it("picks a voice for the persona's language when the browser has one", () => {
    const spoken: (FakeUtterance & { voice?: unknown })[] = [];
    const irish = { lang: 'en-IE', name: 'Irish' };
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', {
      cancel: () => {},
      speak: (u: FakeUtterance) => spoken.push(u),
      getVoices: () => [{ lang: 'lv-LV', name: 'Latvian' }, irish],
    });
    speak('Hello?', personaFrom({ voice: { pitch: 1, rate: 1, lang: 'en-IE' } }));
    expect(spoken[0]!.voice).toBe(irish);
  });

  it('does nothing where the browser has no speech synthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    expect(() => speak('Hello?', personaFrom())).not.toThrow();
  });
});
