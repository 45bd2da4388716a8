/**
 * The sounds the game can make, by name: the conversation flow and the screens
 * ask for them, the audio director plays them, the catalogue captions them.
 */
export const SOUND_CUES = ['ring', 'ping', 'send', 'click', 'typing', 'resolved', 'lost', 'warning'] as const;
export type SoundCue = (typeof SOUND_CUES)[number];
