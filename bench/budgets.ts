/** The performance budgets (docs/performance.md says why each is what it is). */
export const BUDGETS = {
  /** Gzip JavaScript transferred before the home screen is interactive. */
  startupJsKb: 450,
  /** Time to the first clickable reply, as a multiple of the bare Phaser page's first scene. */
  firstChoiceRatio: 1.5,
  /** Two frames at 60 Hz. */
  inputLatencyP95Ms: 33,
  frameCpuP95Ms: 4,
  heapGrowthMb: 5,
  persistTurnMedianMs: 5,
  profileLoadMs: 100,
  /** Import time of a backup with 4× the profiles, as a multiple: linear is 4×, the quadratic import of before was 16×. */
  importGrowth: 5,
} as const;

export const within = (value: number, budget: number) => value <= budget;
