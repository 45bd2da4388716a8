/**
 * Cooldown's one palette, for the canvas and the page alike: the page gets it
 * as CSS custom properties (`--c-bg`, `--c-mood-angry`, …) from cssVariables(),
 * so a colour is changed here and nowhere else. Text colours are chosen for at
 * least 4.5:1 contrast on every surface they are used on.
 */
import type { Channel, Mood } from '../engine/index.ts';

export const PALETTE = {
  bg: '#121d2a',
  bgDeep: '#0c1520',
  surface: '#1b2a3a',
  raised: '#243749',
  hover: '#2e4459',
  line: '#3f5972',
  ink: '#f3f6f9',
  muted: '#b9c7d5',
  accent: '#5fd4bd',
  accentInk: '#0a2420',
  focus: '#ffd866',
  warn: '#f2c14e',
  danger: '#ff8a80',
  dangerDeep: '#8e2a24',
  you: '#2c6a5e',
  caption: '#05090d',
  wood: '#8a5d3b',
  woodLight: '#a8754e',
  wall: '#2a3d4f',
  shelf: '#3a5168',
} as const;

export const MOOD_COLOURS: Record<Mood, string> = {
  calm: '#5fd4bd',
  annoyed: '#b5d86a',
  frustrated: '#f2c14e',
  angry: '#f28c4b',
  furious: '#f56e6e',
};

export const CHANNEL_COLOURS: Record<Channel, string> = {
  phone: '#7cb4ff',
  chat: '#b69cff',
  'in-person': '#ffb77c',
};

export const FONT_FAMILY = '"Atkinson Hyperlegible", system-ui, sans-serif';

/** '#rrggbb' → 0xrrggbb for Phaser. */
export const hex = (c: string): number => Number.parseInt(c.slice(1), 16);

const kebab = (s: string) => s.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

/** The palette as CSS custom properties, for the page's :root. */
export function cssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(PALETTE)) vars[`--c-${kebab(k)}`] = v;
  for (const [k, v] of Object.entries(MOOD_COLOURS)) vars[`--c-mood-${k}`] = v;
  for (const [k, v] of Object.entries(CHANNEL_COLOURS)) vars[`--c-channel-${k}`] = v;
  vars['--font'] = FONT_FAMILY;
  return vars;
}

/** The colour `t` of the way from `a` to `b` ('#rrggbb'), for flat tints that other shapes must match exactly. */
export function mix(a: string, b: string, t: number): string {
  const ca = hex(a);
  const cb = hex(b);
  const ch = (shift: number) => Math.round(((ca >> shift) & 255) * (1 - t) + ((cb >> shift) & 255) * t);
  return `#${[16, 8, 0].map((s) => ch(s).toString(16).padStart(2, '0')).join('')}`;
}
