/**
 * Speaks the customer's lines with the browser's speech synthesis, in a voice
 * shaped by the persona (pitch, rate, language). Off by default; silently
 * absent where the browser has no speech synthesis.
 */
import type { PersonaData } from '../engine/index.ts';

export function speak(text: string, persona: PersonaData): void {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.pitch = persona.voice.pitch;
  u.rate = persona.voice.rate;
  u.lang = persona.voice.lang;
  synth.speak(u);
}

export function stopSpeaking(): void {
  globalThis.speechSynthesis?.cancel();
}
