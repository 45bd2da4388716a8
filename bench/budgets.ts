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
  /**
   * How much faster a backup import grows (4× the profiles) than the browser's own commit of the same records in
   * one plain transaction, measured in the same run. The commit is the floor under an all-or-nothing import and
   * itself grows faster than the data here (3.9–6× for 4×); an import adding work in proportion to the file stays
   * near 1 (0.96–1.29 between runs on one machine: disk timings of two runs a size), one whose own work grew with
   * the square (as before issue 16) would be two to four.
   */
  importGrowthOverCommit: 1.5,
} as const;

export const within = (value: number, budget: number) => value <= budget;
