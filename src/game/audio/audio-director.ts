/**
 * Cooldown's sound through Howler: short cues and a looping tension bed whose
 * volume and speed follow anger. Sound is optional: when the browser blocks
 * audio, a file is missing or fails to decode, or there is no audio at all,
 * every call quietly does nothing (one console.info) and the game plays on.
 */
import { Howl, Howler } from 'howler';
import { SOUND_CUES, type SoundCue } from '../../app/sound-cue.ts';
import { MAX_ANGER } from '../../engine/catalogue/mood.ts';

export interface AudioVolumes {
  master: number;
  effects: number;
  ambience: number;
}

/**
 * Bed level and playback rate for an anger: barely there when calm, pressing
 * when furious. It follows anger continuously over the whole scale (no steps
 * of its own); the captions for the cues are the catalogue's MESSAGES.cue.
 */
export function tensionMix(anger: number): { volume: number; rate: number } {
  const t = Math.min(1, Math.max(0, (Number.isFinite(anger) ? anger : 0) / MAX_ANGER));
  return { volume: 0.04 + 0.56 * t * t, rate: 0.85 + 0.35 * t };
}

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1);

export class AudioDirector {
  private readonly cues = new Map<SoundCue, Howl>();
  private bed: Howl | undefined;
  private bedId: number | undefined;
  private anger = 0;
  private volumes: AudioVolumes = { master: 1, effects: 1, ambience: 1 };
  private told = false;
  private broken = false;
  private loading = false;

  private constructor(baseUrl: string) {
    this.safely(() => {
      if (Howler.noAudio) throw new Error('no audio output');
      const onFail = (what: string) => (_id: number, err: unknown) => this.note(`${what}: ${String(err)}`);
      for (const cue of SOUND_CUES) {
        this.cues.set(
          cue,
          new Howl({
            src: [`${baseUrl}${cue}.wav`],
            preload: false,
            onloaderror: onFail(cue),
            onplayerror: onFail(cue),
          }),
        );
      }
      this.bed = new Howl({
        src: [`${baseUrl}tension.wav`],
        loop: true,
        volume: 0,
        preload: false,
        onloaderror: onFail('tension'),
        onplayerror: onFail('tension'),
      });
    });
  }

  static create(baseUrl: string): AudioDirector {
    return new AudioDirector(baseUrl.endsWith('/') || baseUrl === '' ? baseUrl : `${baseUrl}/`);
  }

  /** False when there is no way to make sound (no audio context, or set-up failed). */
  get available(): boolean {
    if (this.broken) return false;
    try {
      return !Howler.noAudio && this.cues.size > 0;
    } catch {
      return false;
    }
  }

  /**
   * Fetches and decodes every sound. Nothing loads until this is called (the
   * page calls it once the first screen is up, so sound never delays it) or
   * until a sound is first played.
   */
  load(): void {
    if (this.loading) return;
    this.loading = true;
    this.safely(() => {
      for (const howl of this.cues.values()) howl.load();
      this.bed?.load();
    });
  }

  play(cue: SoundCue): void {
    this.load();
    this.safely(() => {
      const howl = this.cues.get(cue);
      if (!howl || howl.state() === 'unloaded') return;
      const id = howl.play();
      howl.volume(this.volumes.effects, id);
    });
  }

  startTension(): void {
    this.load();
    this.safely(() => {
      if (!this.bed || this.bedId !== undefined) return;
      this.bedId = this.bed.play();
      this.applyTension();
    });
  }

  stopTension(): void {
    this.safely(() => {
      this.bed?.stop();
      this.bedId = undefined;
    });
  }

  setTension(anger: number): void {
    this.anger = anger;
    this.safely(() => this.applyTension());
  }

  setVolumes(v: AudioVolumes): void {
    this.volumes = { master: clamp01(v.master), effects: clamp01(v.effects), ambience: clamp01(v.ambience) };
    this.safely(() => {
      Howler.volume(this.volumes.master);
      this.applyTension();
    });
  }

  setMuted(muted: boolean): void {
    this.safely(() => Howler.mute(muted));
  }

  destroy(): void {
    this.safely(() => {
      for (const howl of this.cues.values()) howl.unload();
      this.bed?.unload();
    });
    this.cues.clear();
    this.bed = undefined;
    this.bedId = undefined;
  }

  private applyTension(): void {
    if (!this.bed || this.bedId === undefined) return;
    const { volume, rate } = tensionMix(this.anger);
    this.bed.volume(volume * this.volumes.ambience, this.bedId);
    this.bed.rate(rate, this.bedId);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.broken = this.cues.size === 0;
      this.note(String(e));
    }
  }

  private note(why: string): void {
    if (this.told) return;
    this.told = true;
    console.info(`Sound is unavailable (${why}); the game plays on silently.`);
  }
}
