import { describe, expect, it, vi } from 'vitest';
import { AudioDirector, CUE_CAPTIONS, SOUND_CUES, tensionMix } from './audio-director.ts';

describe('AudioDirector without any audio output (Node has no AudioContext)', () => {
  it('never throws, reports itself unavailable and logs at most once', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const audio = AudioDirector.create('/assets/audio/');
    expect(() => {
      audio.load();
      audio.load();
      for (const cue of SOUND_CUES) audio.play(cue);
      audio.startTension();
      audio.setTension(90);
      audio.setVolumes({ master: 0.5, effects: 2, ambience: Number.NaN });
      audio.setMuted(true);
      audio.stopTension();
      audio.destroy();
      audio.play('ring');
    }).not.toThrow();
    expect(audio.available).toBe(false);
    expect(info.mock.calls.length).toBeLessThanOrEqual(1);
    info.mockRestore();
  });
});

describe('tensionMix', () => {
  it('grows louder and faster with anger and stays within range', () => {
    let last = tensionMix(0);
    for (let a = 1; a <= 100; a++) {
      const mix = tensionMix(a);
      expect(mix.volume).toBeGreaterThanOrEqual(last.volume);
      expect(mix.rate).toBeGreaterThan(last.rate);
      last = mix;
    }
    expect(tensionMix(100).volume).toBeLessThanOrEqual(1);
    expect(tensionMix(-5)).toEqual(tensionMix(0));
  });
});

describe('CUE_CAPTIONS', () => {
  it('has words for every cue', () => {
    for (const cue of SOUND_CUES) expect(CUE_CAPTIONS[cue].length).toBeGreaterThan(0);
  });
});
