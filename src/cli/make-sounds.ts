/**
 * `npx tsx src/cli/make-sounds.ts`: synthesises every sound of the game into
 * assets/audio/ as small mono 16-bit WAV files. Everything is generated here
 * from sine tones, a seeded noise source and envelopes, so the output is ours
 * and the same bytes come out on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SAMPLE_RATE = 22050;
/** Peak level every clip is normalised to, leaving headroom so nothing clips. */
export const PEAK = 0.8;

const TAU = 2 * Math.PI;

function samples(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

/** Seeded pseudo-random numbers in [-1, 1): deterministic noise. */
function noise(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

/** Adds a tone into out at a start time with attack and exponential decay. */
function addTone(
  out: Float32Array,
  at: number,
  freq: number,
  seconds: number,
  { volume = 0.5, attack = 0.005, decay = 6, release = 0.02 } = {},
): void {
  const start = Math.round(at * SAMPLE_RATE);
  const n = Math.round(seconds * SAMPLE_RATE);
  for (let i = 0; i < n && start + i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const tail = Math.min(1, (seconds - t) / release); // fade out so no click at the end
    const env = Math.min(1, t / attack) * Math.exp(-decay * t) * Math.max(0, tail);
    out[start + i]! += volume * env * Math.sin(TAU * freq * t);
  }
}

function normalise(out: Float32Array, peak = PEAK): Float32Array {
  let max = 0;
  for (const v of out) max = Math.max(max, Math.abs(v));
  if (max > 0) for (let i = 0; i < out.length; i++) out[i] = (out[i]! / max) * peak;
  return out;
}

/** Two-tone telephone ring: two bursts of 440+480 Hz warbled at 20 Hz. */
export function ring(): Float32Array {
  const out = samples(1.2);
  for (const burstAt of [0, 0.5]) {
    const start = Math.round(burstAt * SAMPLE_RATE);
    const n = Math.round(0.4 * SAMPLE_RATE);
    for (let i = 0; i < n; i++) {
      const t = i / SAMPLE_RATE;
      const env = Math.min(1, t / 0.01, (0.4 - t) / 0.02);
      const warble = 0.5 + 0.5 * Math.sign(Math.sin(TAU * 20 * t)) * 0.6;
      out[start + i]! += env * warble * (Math.sin(TAU * 440 * t) + Math.sin(TAU * 480 * t));
    }
  }
  return normalise(out, 0.6);
}

/** Chat ping: two quick bright notes. */
export function ping(): Float32Array {
  const out = samples(0.22);
  addTone(out, 0, 988, 0.09, { decay: 20 });
  addTone(out, 0.06, 1480, 0.16, { decay: 14 });
  return normalise(out, 0.6);
}

/** Send whoosh: filtered noise that sweeps up in brightness and fades. */
export function send(): Float32Array {
  const out = samples(0.25);
  const rnd = noise(7);
  let low = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / out.length;
    const cutoff = 0.04 + 0.4 * t; // one-pole low-pass opening up
    low += cutoff * (rnd() - low);
    out[i] = low * Math.sin(Math.PI * t) ** 2;
  }
  return normalise(out, 0.5);
}

/** UI click: a very short high tick. */
export function click(): Float32Array {
  const out = samples(0.03);
  addTone(out, 0, 2000, 0.03, { decay: 150, attack: 0.001, release: 0.005 });
  return normalise(out, 0.4);
}

/** Typing: a few soft keyboard ticks at uneven but fixed intervals. */
export function typing(): Float32Array {
  const out = samples(0.45);
  const rnd = noise(11);
  for (const at of [0, 0.09, 0.15, 0.26, 0.34]) {
    const start = Math.round(at * SAMPLE_RATE);
    for (let i = 0; i < 0.02 * SAMPLE_RATE; i++) out[start + i]! += rnd() * Math.exp((-i / SAMPLE_RATE) * 300);
  }
  return normalise(out, 0.35);
}

/** Resolution sting: a rising C major arpeggio that rings out. */
export function resolved(): Float32Array {
  const out = samples(0.8);
  [523.25, 659.25, 783.99, 1046.5].forEach((f, k) => addTone(out, k * 0.09, f, 0.8 - k * 0.09, { decay: 4 }));
  return normalise(out, 0.6);
}

/** Loss sting: a falling A minor figure, low and slow. */
export function lost(): Float32Array {
  const out = samples(0.9);
  [440, 329.63, 261.63, 220].forEach((f, k) => addTone(out, k * 0.15, f, 0.9 - k * 0.15, { decay: 3.5, attack: 0.02 }));
  return normalise(out, 0.55);
}

/** Warning blip: two short mid-high beeps. */
export function warning(): Float32Array {
  const out = samples(0.3);
  addTone(out, 0, 880, 0.1, { decay: 8 });
  addTone(out, 0.15, 880, 0.1, { decay: 8 });
  return normalise(out, 0.5);
}

export const TENSION_SECONDS = 1.6;

/**
 * The tension bed: a low drone with a slow pulse that loops seamlessly, because
 * every component completes a whole number of cycles in the loop
 * (55 Hz × 1.6 s = 88, 82.5 Hz = 132, 110 Hz = 176, pulse 1.25 Hz = 2).
 */
export function tension(): Float32Array {
  const out = samples(TENSION_SECONDS);
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const pulse = 0.55 + 0.45 * Math.sin(TAU * 1.25 * t) ** 2;
    out[i] = pulse * (Math.sin(TAU * 55 * t) + 0.45 * Math.sin(TAU * 82.5 * t) + 0.2 * Math.sin(TAU * 110 * t));
  }
  return normalise(out, 0.5);
}

export const SOUNDS = { ring, ping, send, click, typing, resolved, lost, warning, tension } as const;
export type SoundName = keyof typeof SOUNDS;

/** 16-bit mono PCM WAV bytes; values outside [-1, 1] are clamped. */
export function encodeWav(data: Float32Array, sampleRate = SAMPLE_RATE): Uint8Array {
  const bytes = new Uint8Array(44 + data.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + data.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, data.length * 2, true);
  for (let i = 0; i < data.length; i++)
    view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, data[i]!)) * 32767), true);
  return bytes;
}

export function writeSounds(dir: string): { file: string; bytes: number }[] {
  mkdirSync(dir, { recursive: true });
  return (Object.keys(SOUNDS) as SoundName[]).map((name) => {
    const bytes = encodeWav(SOUNDS[name]());
    const file = join(dir, `${name}.wav`);
    writeFileSync(file, bytes);
    return { file, bytes: bytes.length };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let total = 0;
  for (const { file, bytes } of writeSounds('assets/audio')) {
    total += bytes;
    console.log(`${file} ${(bytes / 1024).toFixed(1)} KB`);
  }
  console.log(`total ${(total / 1024).toFixed(1)} KB`);
}
