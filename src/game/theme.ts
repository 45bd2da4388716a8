/** One palette for canvas and page (mirrored as CSS custom properties in src/ui/style.css). */
export const THEME = {
  background: 0x1f2a37,
  panel: 0x2b3a4c,
  ink: 0xf4f1ea,
  muted: 0xb9c3cf,
  accent: 0x5cc8b2,
  moods: { calm: 0x5cc8b2, annoyed: 0xb8d86b, frustrated: 0xf2c14e, angry: 0xf08a4b, furious: 0xe5534b },
} as const;
