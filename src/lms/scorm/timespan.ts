/** Durations and times in each SCORM version's own format. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (at most 9999 hours). */
export function cmiTimespan(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  return `${pad(h, 4)}:${pad(m)}:${s.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime, the time of day as HH:MM:SS. */
export function cmiTime(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** SCORM 2004 timeinterval, an ISO 8601 duration such as PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${+s.toFixed(2)}S` : ''}`;
  return `PT${parts}`;
}

/** SCORM 2004 time(second,10,0): an ISO 8601 timestamp to the hundredth of a second, in UTC. */
export function isoTimestamp(at: Date): string {
  return at.toISOString().replace(/(\.\d{2})\d(Z)$/, '$1$2');
}
