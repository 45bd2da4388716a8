import { describe, expect, it, vi } from 'vitest';
import { MAX_ANGER, moodOf, moodRange, MOODS } from '../../engine/catalogue/mood.ts';
import { MESSAGES } from '../../messages/index.ts';
import { SOUND_CUES } from '../../app/sound-cue.ts';
import { AudioDirector, tensionMix } from './audio-director.ts';

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

describe('tensionMix across the mood scale', () => {
  it('spans exactly the catalogue scale: quietest at the calm floor, loudest at the top of furious', () => {
    expect(tensionMix(moodRange('calm').min)).toEqual(tensionMix(-1));
    expect(tensionMix(moodRange('furious').max)).toEqual(tensionMix(MAX_ANGER + 50));
    expect(tensionMix(MAX_ANGER - 1).volume).toBeLessThan(tensionMix(MAX_ANGER).volume);
  });

  it('never sounds a higher mood quieter than a lower one, at every band boundary', () => {
    for (let i = 1; i < MOODS.length; i++) {
      const below = moodRange(MOODS[i - 1]!).max;
      const floor = moodRange(MOODS[i]!).min;
      expect(moodOf(below)).toBe(MOODS[i - 1]);
      expect(moodOf(floor)).toBe(MOODS[i]);
      expect(tensionMix(floor).volume).toBeGreaterThan(tensionMix(below).volume);
      expect(tensionMix(floor).rate).toBeGreaterThan(tensionMix(below).rate);
    }
  });
});

describe('cue captions', () => {
  it('come from the message catalogue, which has words for every cue the director plays', () => {
    for (const cue of SOUND_CUES) expect(MESSAGES.cue[cue].length, cue).toBeGreaterThan(0);
    expect(Object.keys(MESSAGES.cue).sort()).toEqual([...SOUND_CUES].sort());
  });
});
