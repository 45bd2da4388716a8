import { describe, expect, it } from 'vitest';
import { CHANNEL_COLOURS, cssVariables, mix, MOOD_COLOURS, PALETTE } from './theme.ts';

/** WCAG 2 contrast ratio of two '#rrggbb' colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b2] = [1, 3, 5]
      .map((i) => Number.parseInt(c.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const surfaces = [PALETTE.bg, PALETTE.bgDeep, PALETTE.surface, PALETTE.raised, PALETTE.hover];

describe('palette contrast (WCAG 1.4.3, 4.5:1 for text)', () => {
  it('body and secondary text read on every surface', () => {
    for (const s of surfaces) {
      expect(contrast(PALETTE.ink, s), `ink on ${s}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(PALETTE.muted, s), `muted on ${s}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(PALETTE.ink, PALETTE.caption)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE.ink, PALETTE.you)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE.accentInk, PALETTE.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it('mood and channel colours read as text on panels, and dark text reads on them', () => {
    for (const c of [...Object.values(MOOD_COLOURS), ...Object.values(CHANNEL_COLOURS), PALETTE.accent, PALETTE.warn]) {
      expect(contrast(c, PALETTE.surface), `${c} on surface`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c, PALETTE.bgDeep), `${c} on deep`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(PALETTE.bgDeep, c), `deep on ${c}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the focus ring stands out from every surface (3:1 for non-text)', () => {
    for (const s of surfaces) expect(contrast(PALETTE.focus, s)).toBeGreaterThanOrEqual(3);
  });
});

describe('theme helpers', () => {
  it('mixes colours channel by channel', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#102030', '#102030', 0.7)).toBe('#102030');
  });

  it('gives the page every colour as a custom property', () => {
    const vars = cssVariables();
    expect(vars['--c-bg-deep']).toBe(PALETTE.bgDeep);
    expect(vars['--c-mood-furious']).toBe(MOOD_COLOURS.furious);
    expect(vars['--c-channel-in-person']).toBe(CHANNEL_COLOURS['in-person']);
  });
});
