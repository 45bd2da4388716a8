/**
 * Sound through Howler: cues (ring, message ping, click, resolution and loss
 * stings) and a tension bed that swells with anger. Sound is optional: if the
 * browser blocks audio, a file is missing or fails to decode, or there is no
 * audio at all, every call quietly does nothing and the game plays on.
 */
import { Howl, Howler } from 'howler';

export type SoundCue = 'ring' | 'ping' | 'click' | 'resolved' | 'lost';

/** Words for each sound, shown as a caption so nothing relies on hearing it. */
export const CUE_CAPTIONS: Record<SoundCue, string> = {
  ring: '(The phone rings.)',
  ping: '(Message received.)',
  click: '',
  resolved: '(A bright chime.)',
  lost: '(A low, falling tone.)',
};

const CUES: SoundCue[] = ['ring', 'ping', 'click', 'resolved', 'lost'];

export class SoundDirector {
  private readonly cues = new Map<SoundCue, Howl>();
  private bed: Howl | undefined;
  private bedId: number | undefined;

  constructor(baseUrl: string) {
    try {
      if (Howler.noAudio) return;
      for (const cue of CUES) this.cues.set(cue, new Howl({ src: [`${baseUrl}${cue}.wav`], preload: true }));
      this.bed = new Howl({ src: [`${baseUrl}tension.wav`], loop: true, volume: 0 });
    } catch (e) {
      console.info('Sound is unavailable; playing silently.', e);
      this.cues.clear();
      this.bed = undefined;
    }
  }

  play(cue: SoundCue): void {
    this.safely(() => this.cues.get(cue)?.play());
  }

  /** Starts the bed if needed and sets its level from anger; null stops it. */
  tension(anger: number | null): void {
    this.safely(() => {
      if (!this.bed) return;
      if (anger === null) {
        this.bed.stop();
        this.bedId = undefined;
        return;
      }
      if (this.bedId === undefined) this.bedId = this.bed.play();
      this.bed.volume(0.05 + (anger / 100) * 0.4, this.bedId);
      this.bed.rate(0.9 + (anger / 100) * 0.3, this.bedId);
    });
  }

  setVolume(volume: number, muted: boolean): void {
    this.safely(() => {
      Howler.volume(volume);
      Howler.mute(muted);
    });
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch {
      // Sound never stops the game.
    }
  }
}
