/** Small pieces of wording shared by the console and the projector: reply letters and the countdown's clock. */

/** A, B, C… for the replies, as a room calls them out. */
export const letter = (i: number) => String.fromCharCode(65 + i);

/** Seconds as m:ss. */
export const clockText = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.max(0, seconds) % 60).padStart(2, '0')}`;
