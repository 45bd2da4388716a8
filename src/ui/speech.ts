/**
 * Speaks the customer's lines with the browser's speech synthesis, in a voice
 * shaped by the persona (pitch, rate, language). Off by default; silently
 * absent where the browser has no speech synthesis.
 */
import type { PersonaData } from '../engine/index.ts';

export function speechAvailable(): boolean {
  return !!globalThis.speechSynthesis && typeof SpeechSynthesisUtterance !== 'undefined';
}

export function speak(text: string, persona: PersonaData): void {
  if (!speechAvailable()) return;
  const synth = globalThis.speechSynthesis;
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.pitch = persona.voice.pitch;
  u.rate = persona.voice.rate;
  u.lang = persona.voice.lang;
  // A voice for the persona's language when the browser has one; otherwise its default.
  const voices = synth.getVoices?.() ?? [];
  const voice =
    voices.find((v) => v.lang === persona.voice.lang) ??
    voices.find((v) => v.lang.startsWith(persona.voice.lang.slice(0, 2)));
  if (voice) u.voice = voice;
  synth.speak(u);
}

export function stopSpeaking(): void {
  if (speechAvailable()) globalThis.speechSynthesis.cancel();
}
