import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeWav, PEAK, SAMPLE_RATE, SOUNDS, TENSION_SECONDS, tension, type SoundName } from './make-sounds.ts';

const names = Object.keys(SOUNDS) as SoundName[];
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

describe('sound generators', () => {
  it.each(names)('%s is audible, never clips and ends quietly', (name) => {
    const data = SOUNDS[name]();
    const peak = data.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak).toBeGreaterThan(0.1);
    expect(peak).toBeLessThanOrEqual(PEAK + 1e-6);
    expect(data.length / SAMPLE_RATE).toBeGreaterThan(0.02);
    expect(data.length / SAMPLE_RATE).toBeLessThan(2);
    if (name !== 'tension') expect(Math.abs(data[data.length - 1]!)).toBeLessThan(0.05);
  });

  it('is deterministic', () => {
    for (const name of names)
      expect(Buffer.from(encodeWav(SOUNDS[name]())).equals(Buffer.from(encodeWav(SOUNDS[name]())))).toBe(true);
  });

  it('tension loops seamlessly: the step from the last sample to the first is like any other step', () => {
    const data = tension();
    expect(data.length).toBe(Math.round(TENSION_SECONDS * SAMPLE_RATE));
    let maxStep = 0;
    for (let i = 1; i < data.length; i++) maxStep = Math.max(maxStep, Math.abs(data[i]! - data[i - 1]!));
    const wrapStep = Math.abs(data[0]! - data[data.length - 1]!);
    expect(wrapStep).toBeLessThanOrEqual(maxStep);
    expect(Math.abs(data[0]!)).toBeLessThan(0.01);
  });

  it('the committed files in assets/audio are what the generator makes now', () => {
    for (const name of names) {
      expect(readFileSync(`assets/audio/${name}.wav`).equals(Buffer.from(encodeWav(SOUNDS[name]()))), name).toBe(true);
    }
  });

  it('keeps every clip together under 300 KB', () => {
    const total = names.reduce((n, name) => n + encodeWav(SOUNDS[name]()).length, 0);
    expect(total).toBeLessThan(300 * 1024);
  });
});

describe('encodeWav', () => {
  it('writes a mono 16-bit PCM header whose sizes match the duration', () => {
    const data = new Float32Array(SAMPLE_RATE / 2);
    const bytes = encodeWav(data);
    const view = new DataView(bytes.buffer);
    expect(ascii(bytes, 0, 4)).toBe('RIFF');
    expect(ascii(bytes, 8, 4)).toBe('WAVE');
    expect(ascii(bytes, 12, 4)).toBe('fmt ');
    expect(ascii(bytes, 36, 4)).toBe('data');
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    const dataBytes = view.getUint32(40, true);
    expect(dataBytes).toBe(bytes.length - 44);
    expect(dataBytes / 2 / SAMPLE_RATE).toBeCloseTo(0.5, 5);
  });

  it('clamps values beyond full scale', () => {
    const view = new DataView(encodeWav(Float32Array.from([2, -2, 0.5])).buffer);
    expect(view.getInt16(44, true)).toBe(32767);
    expect(view.getInt16(46, true)).toBe(-32767);
    expect(view.getInt16(48, true)).toBe(Math.round(0.5 * 32767));
  });
});
