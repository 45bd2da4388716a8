import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE, SOUNDS, wav } from './synth.ts';

describe('synthesised sounds', () => {
  it('are valid 16-bit mono WAV files that never clip', () => {
    for (const [name, make] of Object.entries(SOUNDS)) {
      const samples = make();
      expect(Math.max(...samples.map(Math.abs)), name).toBeLessThanOrEqual(1);
      const bytes = wav(samples);
      const view = new DataView(bytes.buffer);
      expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('RIFF');
      expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
      expect(view.getUint16(22, true)).toBe(1);
      expect(view.getUint32(40, true)).toBe(samples.length * 2);
    }
  });

  it('the tension bed loops without a click: it ends where it starts', () => {
    const bed = SOUNDS.tension!();
    expect(Math.abs(bed[0]! - 0)).toBeLessThan(0.01);
    expect(Math.abs(bed[bed.length - 1]!)).toBeLessThan(0.02);
  });

  it('the committed files are what the generator makes now', () => {
    for (const [name, make] of Object.entries(SOUNDS)) {
      expect(Buffer.from(readFileSync(`assets/audio/${name}.wav`)).equals(Buffer.from(wav(make()))), name).toBe(true);
    }
  });
});
