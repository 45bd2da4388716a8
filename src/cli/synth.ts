/**
 * Synthesises Cooldown's sounds from scratch (sine tones with envelopes), so
 * every clip is ours. Pure and deterministic: the same samples every run.
 */
export const SAMPLE_RATE = 22050;

export type Samples = Float32Array;

export function silence(seconds: number): Samples {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

/** A tone with a short attack and an exponential decay. */
export function tone(freq: number, seconds: number, { volume = 0.5, attack = 0.01, decay = 6 } = {}): Samples {
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const env = Math.min(1, t / attack) * Math.exp(-decay * t);
    out[i] = volume * env * Math.sin(2 * Math.PI * freq * t);
  }
  return out;
}

export function concat(...parts: Samples[]): Samples {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function mix(...parts: Samples[]): Samples {
  const out = new Float32Array(Math.max(...parts.map((p) => p.length)));
  for (const p of parts) for (let i = 0; i < p.length; i++) out[i]! += p[i]!;
  return out;
}

/** 16-bit mono PCM WAV, clipped to [-1, 1]. */
export function wav(samples: Samples): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((v, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, v)) * 32767), true));
  return bytes;
}

/** A low drone with a slow pulse that loops seamlessly: every component completes whole cycles. */
function tensionBed(): Samples {
  const seconds = 2;
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const pulse = 0.6 + 0.4 * Math.sin(2 * Math.PI * 0.5 * t);
    out[i] = 0.18 * pulse * (Math.sin(2 * Math.PI * 55 * t) + 0.5 * Math.sin(2 * Math.PI * 82.5 * t));
  }
  return out;
}

export const SOUNDS: Record<string, () => Samples> = {
  ring: () => { const burst = mix(tone(440, 0.4, { decay: 1 }), tone(480, 0.4, { decay: 1 })); return concat(burst, silence(0.2), burst, silence(0.6)); },
  ping: () => concat(tone(880, 0.12, { decay: 18 }), tone(1320, 0.25, { decay: 12 })),
  click: () => tone(1200, 0.05, { volume: 0.3, decay: 60 }),
  resolved: () => concat(tone(523.25, 0.15, { decay: 8 }), tone(659.25, 0.15, { decay: 8 }), tone(783.99, 0.5, { decay: 4 })),
  lost: () => concat(tone(392, 0.2, { decay: 6 }), tone(311.13, 0.25, { decay: 6 }), tone(261.63, 0.6, { decay: 3 })),
  tension: tensionBed,
};
